import { CAN_THO_COLOR } from '@/charts/palette';
import type { RankingDot } from '@/charts/ranking-dot-chart';
import { formatInteger, formatNumber, formatRank, type Lang } from '@/i18n/format';
import { shortIn } from '@/i18n/names';
import { BAND_COLORS, OTHER_BAR_COLOR } from './band-colors';
import { rankingExcerpt, SLIDE_EXCERPT } from './ranking-excerpt';
import type { Bar, RankingsModel } from './rankings-model';

/** Scores that print alike but rank apart carry their extra decimals on the chart too. */
const scoreText = (model: RankingsModel, bar: Bar, lang: Lang) => formatNumber(bar.score, lang, model.scoreDigits.get(bar.unit.code));

function dotOf(bar: Bar, text: string, lang: Lang): RankingDot {
  const color = bar.highlight ? CAN_THO_COLOR : bar.band ? BAND_COLORS[bar.band] : OTHER_BAR_COLOR;
  return { key: bar.unit.code, label: shortIn(bar.unit, lang), value: bar.score, color, emphasis: bar.highlight, text };
}

/** Every scored unit (or `only` those), best first, its score written beside its dot. */
export function rankingDots(model: RankingsModel, lang: Lang, only?: readonly string[]): RankingDot[] {
  const bars = only ? model.bars.filter((b) => only.includes(b.unit.code)) : model.bars;
  return bars.map((bar) => dotOf(bar, scoreText(model, bar, lang), lang));
}

/**
 * The ranking as a slide can show it: the top and bottom ten and the highlighted unit with its neighbours,
 * each with score and rank ("40,44 · 59/61"), a row "… 41 tỉnh" for each run left out; `cut` when any was.
 */
export function excerptDots(model: RankingsModel, lang: Lang, gapLabel: (count: string) => string): { dots: RankingDot[]; cut: boolean } {
  const ranks = new Map(model.rows.flatMap((r) => (r.rank ? [[r.unit.code, formatRank(r.rank.rank, r.rank.rankOf, lang)] as const] : [])));
  const rows = rankingExcerpt(model.bars, model.bars.findIndex((b) => b.highlight), SLIDE_EXCERPT);
  const dots = rows.map((row, i): RankingDot => {
    if (row.kind === 'gap') return { key: `gap-${i}`, label: gapLabel(formatInteger(row.count, lang)), color: OTHER_BAR_COLOR };
    const rank = ranks.get(row.item.unit.code);
    return dotOf(row.item, [scoreText(model, row.item, lang), rank].filter(Boolean).join(' · '), lang);
  });
  return { dots, cut: rows.some((row) => row.kind === 'gap') };
}
