import { belowNation, type ComponentResult } from '@/domain/component-results';
import { componentNouns } from '@/i18n/components-vi';
import { formatNumber, formatScore, formatSigned, type Lang } from '@/i18n/format';
import type { Messages } from '@/i18n/vi';
import type { ComponentsModel } from './components-model';
import { shortIn } from '@/i18n/names';

type Name = (item: { nameVi: string; nameEn: string }) => string;

/** Maximum points as short as they are exact: 10, 14,5, 3,33 (10/3). */
export const formatMax = (max: number, lang: Lang) => formatNumber(max, lang, Number.isInteger(max) ? 0 : Number.isInteger(max * 2) ? 1 : 2);

function extreme(rows: readonly ComponentResult[], sign: 1 | -1): ComponentResult | undefined {
  const moved = rows.filter((r) => r.change !== undefined && Math.sign(r.change) === sign);
  return moved.sort((a, b) => sign * ((b.change ?? 0) - (a.change ?? 0)))[0];
}

/** A plain-language summary built only from the numbers the view shows. */
export function summarySentences(model: ComponentsModel, t: Messages['components'], lang: Lang, name: Name): string[] {
  const { index, unit, year, parent, parentResult, rows, count } = model;
  const score = parentResult.score;
  const scoreText = score === undefined ? undefined : formatScore(score, parent ? 'points' : index.scoreUnit, lang) + (parentResult.max && index.scoreUnit === 'points' ? `/${formatMax(parentResult.max, lang)}` : '');
  const change = parentResult.change === undefined ? undefined : formatSigned(parentResult.change, lang);
  const sentences: string[] = [];
  if (scoreText) {
    sentences.push(
      parent
        ? t.summaryParent(name(parent), year, scoreText)
        : t.summaryTotal(shortIn(index, lang), name(unit), year, scoreText, change, year - 1),
    );
  }
  const compared = count.up + count.down + count.same;
  if (compared > 0) {
    const nouns = componentNouns(t, index.code);
    sentences.push(t.summaryCount(count.up, compared, count.down, parent ? nouns[1] : nouns[0]));
    const describe = (r?: ComponentResult) => r && `${name(r.component)} (${formatSigned(r.change ?? 0, lang)})`;
    sentences.push(t.summaryMoves(describe(extreme(rows, 1)), describe(extreme(rows, -1))));
  }
  const weak = belowNation(rows);
  if (weak.length > 0) {
    const items = weak.map((r) => t.gapOf(name(r.component), formatSigned(r.gapToMean ?? 0, lang)));
    sentences.push(t.summaryWeakest(items.join(', '), weak.some((r) => r.mean?.kind === 'computed')));
  }
  return sentences;
}
