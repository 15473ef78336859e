import type { ComparisonRow } from '@/domain/component-comparison';
import { componentResults, belowNation, type ComponentResult } from '@/domain/component-results';
import { evaluateTarget } from '@/domain/plans-evaluate';
import { targetGap } from '@/domain/plans-gap';
import { nationalMean, yearResult, type Change, type MeanValue } from '@/domain/results';
import { TOTAL, type IndexDef } from '@/domain/types';
import type { DeckData } from './deck-data';
import type { HeadlineSlide, Slide } from './slide-types';
import type { TalkingPoint } from './talking-point-types';
import { rankChange, trendChange } from './talking-points-trend';

const MAX_POINTS = 3;
const yearFigures = (data: DeckData, index: IndexDef, year: number) => data.figures.get(index.code)?.get(year) ?? [];
const round = (value: number) => Math.round(value * 1e6) / 1e6;

function meanPoint(index: IndexDef, year: number, score: number | undefined, mean: MeanValue | undefined): TalkingPoint[] {
  return score === undefined || !mean ? [] : [{ kind: 'mean', index, year, score, mean, gap: round(score - mean.value) }];
}

/** The first target on the index's total that the data can measure, with how far the result falls short (0: met). */
function targetPoint(data: DeckData, index: IndexDef, want: 'rank' | 'score' | 'any'): TalkingPoint[] {
  for (const target of data.targets) {
    if (target.index !== index.code || target.component !== TOTAL) continue;
    const { goal } = target;
    if ((want === 'rank' && goal.kind !== 'rank-at-most') || (want === 'score' && goal.kind !== 'score-at-least')) continue;
    if (goal.kind !== 'rank-at-most' && goal.kind !== 'score-at-least') continue;
    const evaluation = evaluateTarget(data.catalog, data.figures.get(index.code) ?? new Map(), target);
    const measured = evaluation.atTarget ?? evaluation.latest;
    if (!measured || (goal.kind === 'rank-at-most' ? !measured.rank : measured.score === undefined)) continue;
    const short = targetGap(goal, measured)?.by ?? 0;
    return [{ kind: 'target', index, target, year: measured.year, rank: measured.rank, score: measured.score, short: round(short) }];
  }
  return [];
}

/** The component that moved most on the previous year, where the two years are comparable. */
function moverPoint(data: DeckData, index: IndexDef, year: number): TalkingPoint[] {
  const rows = componentResults(data.catalog, index.code, data.figures.get(index.code) ?? new Map(), data.unit, year).filter((r) => r.change !== undefined);
  const biggest = rows.reduce<ComponentResult | undefined>((best, row) => (!best || Math.abs(row.change ?? 0) > Math.abs(best.change ?? 0) ? row : best), undefined);
  return biggest?.change ? [{ kind: 'mover', index, fromYear: year - 1, year, component: biggest.component, change: biggest.change }] : [];
}

/** A change on the previous year, only when the method and the number of units ranked are the same. */
function changePoint(slide: HeadlineSlide, change: Change | undefined, previousRankOf: number | undefined): TalkingPoint[] {
  if (change?.acrossBreak) return [{ kind: 'break', index: slide.index, year: slide.year }];
  if (!change) return [];
  const places = previousRankOf === slide.rank?.rankOf ? change.places : undefined;
  if (places === undefined && change.points === undefined) return [];
  return [{ kind: 'change', index: slide.index, fromYear: change.fromYear, toYear: slide.year, places, points: change.points }];
}

function headlinePoints(slide: HeadlineSlide, data: DeckData): TalkingPoint[] {
  const previous = yearResult(yearFigures(data, slide.index, slide.year - 1), data.catalog, slide.index.code, slide.year - 1, data.unit, TOTAL);
  return [
    ...meanPoint(slide.index, slide.year, slide.score, slide.mean),
    ...targetPoint(data, slide.index, 'any'),
    ...changePoint(slide, slide.change, previous.rank?.rankOf),
    ...moverPoint(data, slide.index, slide.year),
  ];
}

function slidePoints(slide: Slide, data: DeckData): TalkingPoint[] {
  switch (slide.kind) {
    case 'title':
      return slide.headlines.flatMap((h) => meanPoint(h.index, h.year, h.score, h.mean));
    case 'headline':
      return headlinePoints(slide, data);
    case 'trend': {
      const last = slide.points.at(-1);
      return [
        ...(last ? meanPoint(slide.index, last.year, last.value, nationalMean(yearFigures(data, slide.index, last.year), data.catalog, slide.index.code, TOTAL)) : []),
        ...targetPoint(data, slide.index, 'score'),
        ...trendChange(slide),
      ];
    }
    case 'rank':
      return [...rankChange(slide), ...targetPoint(data, slide.index, 'rank')];
    case 'ranking': {
      const position = slide.bars.findIndex((bar) => bar.unit === data.unit);
      const own = slide.bars[position];
      const leader = slide.bars[0];
      if (!own || !leader) return [];
      const region: TalkingPoint = { kind: 'region', index: slide.index, year: slide.year, group: slide.group, position: position + 1, of: slide.bars.length, leader: leader.unit, gapToLeader: round(own.score - leader.score) };
      return [region, ...targetPoint(data, slide.index, 'any')];
    }
    case 'standing': {
      const own = slide.rows.find((row) => row.unit === data.unit);
      return [
        ...(own?.rank ? [{ kind: 'rank' as const, index: slide.index, year: slide.year, rank: own.rank }] : []),
        ...(slide.component ? [] : meanPoint(slide.index, slide.year, own?.score, slide.mean)),
        ...(slide.component ? [] : targetPoint(data, slide.index, 'any')),
      ];
    }
    case 'components':
      return belowNation(slide.rows, 2).flatMap((row) => (row.gapToMean === undefined ? [] : [{ kind: 'component-gap' as const, index: slide.index, year: slide.year, component: row.component, gap: row.gapToMean, computed: row.mean?.kind === 'computed' }]));
    case 'drivers': {
      const up = slide.rows[0];
      const down = slide.rows.at(-1);
      const mover = (row: ComparisonRow | undefined, sign: number): TalkingPoint[] =>
        row?.change !== undefined && Math.sign(row.change) === sign ? [{ kind: 'mover', index: slide.index, fromYear: slide.from, year: slide.year, component: row.component, change: row.change }] : [];
      return [...mover(up, 1), ...mover(down, -1)];
    }
    case 'targets':
      return [...new Map(slide.evaluations.map((e) => [e.target.index, e.target.index])).values()].flatMap((code) => {
        const index = data.catalog.indices.get(code);
        return index ? targetPoint(data, index, 'any') : [];
      });
  }
}

/** Two or three points for the presenter's screen, the most telling first. */
export function talkingPoints(slide: Slide, data: DeckData): TalkingPoint[] {
  return slidePoints(slide, data).slice(0, MAX_POINTS);
}
