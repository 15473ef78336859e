import { belowNation } from '@/domain/component-results';
import { parseSlideCode } from '@/domain/slides/slide-code';
import type { HeadlineSlide, Slide } from '@/domain/slides/slide-types';
import type { Catalog, Component, Source } from '@/domain/types';
import { formatList, formatRank, formatScore, formatSigned, type Lang } from '@/i18n/format';
import { groupName } from '@/i18n/plan-name';
import type { Messages } from '@/i18n/vi';
import { nameIn, shortIn, shortOf } from '@/i18n/names';

export interface TextContext {
  catalog: Catalog;
  /** The unit presented. */
  unit: string;
  t: Messages['present'];
  lang: Lang;
}

export const indexName = (catalog: Catalog, code: string | undefined, lang: Lang) => {
  const index = code === undefined ? undefined : catalog.indices.get(code);
  return index ? shortIn(index, lang) : (code ?? '');
};

export const unitName = (catalog: Catalog, code: string, lang: Lang) => shortOf(catalog.units, code, lang);

export const componentName = (component: Component, lang: Lang) => shortIn(component, lang) || nameIn(component, lang);

/** The name of a slide in the deck list, from its code alone: "PAPI · Xếp hạng trong vùng · 2023". */
export function slideLabel(code: string, { catalog, t, lang }: TextContext): string {
  const spec = parseSlideCode(code);
  if (!spec) return code;
  return [spec.index && indexName(catalog, spec.index, lang), t.kindNames[spec.kind], spec.year].filter(Boolean).join(' · ');
}

/** The heading written on the slide. */
export function slideTitle(slide: Slide, { catalog, t, lang }: TextContext): string {
  if (slide.kind === 'title' || slide.kind === 'targets') return t.titles[slide.kind];
  const name = indexName(catalog, slide.index.code, lang);
  switch (slide.kind) {
    case 'headline':
      return t.titles.headline(name, slide.year);
    case 'trend':
      return t.titles.trend(name);
    case 'rank':
      return t.titles.rank(name);
    case 'ranking':
      return t.titles.ranking(name, slide.year, groupName(catalog, slide.group, lang));
    case 'components':
      return t.titles.components(name, slide.year);
    case 'drivers':
      return t.titles.drivers(name, slide.year - 1, slide.year);
  }
}

/** "Nguồn: A; B và 3 nguồn khác": at most two titles on a slide, the full list in the notes. */
export function sourceLine(sources: readonly Source[], t: Messages['present']): string {
  const titles = [...new Set(sources.map((s) => s.title))];
  const shown = titles.slice(0, 2).join('; ');
  return `${t.source}: ${shown}${titles.length > 2 ? ` ${t.moreSources(titles.length - 2)}` : ''}`;
}

/** "Trước sắp xếp, năm 2024: Cần Thơ 89,13% · 22/63; Hậu Giang không có số liệu; …" */
function mergerNote(slide: HeadlineSlide, { catalog, t, lang }: Omit<TextContext, 'unit'>): string {
  const before = (slide.merger?.before ?? []).map(({ unit, result }) => {
    const parts = [result.score !== undefined && formatScore(result.score, slide.index.scoreUnit, lang), result.rank && formatRank(result.rank.rank, result.rank.rankOf, lang)].filter(Boolean);
    return `${unitName(catalog, unit, lang)} ${parts.length > 0 ? parts.join(' · ') : t.city.noData}`;
  });
  return slide.merger ? `${t.city.beforeHeading(slide.merger.previousYear)}: ${before.join('; ')}` : '';
}

function headlineNote(slide: HeadlineSlide, { catalog, t, lang }: TextContext): string {
  const n = t.notesText;
  const score = slide.score === undefined ? '' : `${formatScore(slide.score, slide.index.scoreUnit, lang)}${slide.index.scoreUnit === 'points' ? ` ${t.points}` : ''}`;
  const rank = slide.rank ? `${formatRank(slide.rank.rank, slide.rank.rankOf, lang)}${slide.rank.kind === 'computed' ? ` (${t.computedRank})` : ''}` : '';
  const { change } = slide;
  const places = change?.places === undefined ? '' : change.places > 0 ? n.placesUp(change.places) : change.places < 0 ? n.placesDown(-change.places) : n.placesSame;
  const points = change?.points === undefined ? '' : n.pointsChange(formatSigned(change.points, lang));
  const changed = slide.merger ? mergerNote(slide, { catalog, t, lang }) : change && (places || points) ? n.changed(places, points, change.fromYear) : '';
  const mean = slide.mean ? t.nationalMean(formatScore(slide.mean.value, slide.index.scoreUnit, lang)) : '';
  return n.headline(indexName(catalog, slide.index.code, lang), slide.year, n.result(score, rank), changed, mean);
}

function extreme<T>(items: readonly T[], better: (a: T, b: T) => boolean): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || better(item, best) ? item : best), undefined);
}

/** What the presenter can say about a slide, from its numbers only. */
export function speakerNotes(slide: Slide, context: TextContext): string[] {
  const { catalog, t, lang } = context;
  const n = t.notesText;
  const sources = n.sources(formatList([...new Set(slide.sources.map((s) => s.title))], lang));
  switch (slide.kind) {
    case 'title':
      return [...slide.headlines.map((h) => headlineNote(h, context)), sources];
    case 'headline':
      return [headlineNote(slide, context), ...(slide.change?.acrossBreak ? [t.acrossBreak] : []), sources];
    case 'trend': {
      const { points } = slide;
      const best = extreme(points, (a, b) => a.value > b.value);
      const worst = extreme(points, (a, b) => a.value < b.value);
      const format = (v: number) => formatScore(v, slide.index.scoreUnit, lang);
      const said = best && worst ? [n.trend(format(best.value), best.year, format(worst.value), worst.year)] : [];
      return [...said, ...slide.breaks.map((year) => t.methodChange(year)), sources];
    }
    case 'rank': {
      const best = extreme(slide.points, (a, b) => a.rank.rank < b.rank.rank);
      const latest = slide.points.at(-1);
      const rank = (p: (typeof slide.points)[number]) => formatRank(p.rank.rank, p.rank.rankOf, lang);
      return [...(best && latest ? [n.rank(rank(best), best.year, rank(latest), latest.year)] : []), sources];
    }
    case 'ranking': {
      const leader = slide.bars[0];
      const position = slide.bars.findIndex((bar) => bar.unit === slide.unit) + 1;
      const group = groupName(catalog, slide.group, lang);
      const said = leader ? [n.ranking(position, slide.bars.length, group, unitName(catalog, leader.unit, lang), formatScore(leader.score, slide.index.scoreUnit, lang))] : [];
      return [...said, sources];
    }
    case 'components': {
      const weakest = belowNation(slide.rows).map((row) => `${componentName(row.component, lang)} (${formatSigned(row.gapToMean ?? 0, lang)})`);
      return [...(weakest.length > 0 ? [n.components(formatList(weakest, lang))] : []), sources];
    }
    case 'drivers': {
      const up = slide.rows.filter((r) => (r.change ?? 0) > 0);
      const down = slide.rows.filter((r) => (r.change ?? 0) < 0);
      const describe = (row: (typeof slide.rows)[number] | undefined) => (row ? `${componentName(row.component, lang)} (${formatSigned(row.change ?? 0, lang)})` : '');
      return [n.drivers(up.length, down.length, describe(up[0]), describe(down.at(-1))), sources];
    }
    case 'targets':
      return [n.targets(slide.evaluations.length), sources];
  }
}
