import { evaluateTarget } from '@/domain/plans-evaluate';
import { sourcesById } from '@/domain/sources';
import type { DeckData } from './deck-data';
import { standingSlide } from './standing-slide';
import { componentsSlide, driversSlide, headlineSlide, indexContext, rankingSlide, rankTrendSlide, trendSlide } from './index-slides';
import { DEFAULT_INDEX_SLIDE_KINDS, slideCode, type SlideSpec } from './slide-code';
import type { HeadlineSlide, Slide, TargetsSlide, TitleSlide } from './slide-types';

/** The indices scored per province, in catalogue order: those a presentation of the city is about. */
export function presentedIndices(data: DeckData): string[] {
  return [...data.catalog.indices.values()].filter((index) => index.unitLevel === 'province' && data.figures.has(index.code)).map((index) => index.code);
}

function contextOf(data: DeckData, code: string) {
  const byYear = data.figures.get(code);
  return byYear && indexContext(data.catalog, data.unit, code, byYear);
}

function targetsSlide(data: DeckData, spec: SlideSpec): TargetsSlide | undefined {
  const targets = data.targets.filter((target) => data.figures.has(target.index));
  if (targets.length === 0) return undefined;
  const evaluations = targets.map((target) => evaluateTarget(data.catalog, data.figures.get(target.index) ?? new Map(), target));
  return { kind: 'targets', spec, evaluations, sources: sourcesById(data.catalog, targets.flatMap((t) => t.sources)) };
}

function titleSlide(data: DeckData, spec: SlideSpec): TitleSlide | undefined {
  const headlines = presentedIndices(data).flatMap((code) => {
    const context = contextOf(data, code);
    const slide = context && headlineSlide(context, { kind: 'headline', index: code });
    return slide ? [slide] : [];
  });
  if (headlines.length === 0) return undefined;
  const year = Math.max(...headlines.map((h: HeadlineSlide) => h.year));
  return { kind: 'title', spec, year, headlines, sources: headlines.flatMap((h) => h.sources) };
}

/** What a slide shows, from the data alone; undefined when the data cannot fill it. */
export function buildSlide(data: DeckData, spec: SlideSpec): Slide | undefined {
  if (spec.kind === 'title') return titleSlide(data, spec);
  if (spec.kind === 'targets') return targetsSlide(data, spec);
  const context = spec.index === undefined ? undefined : contextOf(data, spec.index);
  if (!context) return undefined;
  switch (spec.kind) {
    case 'headline':
      return headlineSlide(context, spec);
    case 'trend':
      return trendSlide(context, spec);
    case 'rank':
      return rankTrendSlide(context, spec);
    case 'ranking':
      return rankingSlide(context, spec);
    case 'standing':
      return standingSlide(context, spec);
    case 'components':
      return componentsSlide(context, spec);
    case 'drivers':
      return driversSlide(context, spec);
  }
}

/** "Cần Thơ, latest year": a cover, every index slide the data can fill, index by index, then the plans' targets. */
export function defaultDeck(data: DeckData): string[] {
  const candidates: SlideSpec[] = [
    { kind: 'title' },
    ...presentedIndices(data).flatMap((index) => DEFAULT_INDEX_SLIDE_KINDS.map((kind) => ({ kind, index }))),
    { kind: 'targets' },
  ];
  return candidates.filter((spec) => buildSlide(data, spec) !== undefined).map(slideCode);
}
