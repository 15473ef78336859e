import { formatList, formatNumber, formatScore } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { DerivationText } from '@/components/derivation-text';
import { SourceLine } from '@/components/source-line';
import { namesOf } from './rankings-format';
import type { RankingsModel } from './rankings-model';
import { nameIn, shortIn } from '@/i18n/names';

/** Notes under the dot plot and table: how ranks and means were obtained, breaks, conflicts, sources. */
export function FigureNotes({ model }: { model: RankingsModel }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const { index, mean, publishedMean, cutoffs, counts, year, rows, changeBreak, previousYearLoaded, firstYearOfLevel, level, derivations } = model;
  if (year === undefined) return null;
  const computed = index.rankKind === 'computed';
  const conflicts = rows.filter((r) => r.altScores.length > 0);
  const notes = [
    computed ? t.computedRanks : t.officialRanks,
    ...(mean?.kind === 'computed' && mean.count !== undefined ? [t.computedMean(mean.count)] : []),
    ...(publishedMean?.score !== undefined ? [t.publishedMean(shortIn(index, lang), formatScore(publishedMean.score, index.scoreUnit, lang))] : []),
    ...(cutoffs ? [t.bandsNote(formatNumber(cutoffs.q1, lang), formatNumber(cutoffs.median, lang), formatNumber(cutoffs.q3, lang))] : []),
    ...(!computed && counts.scored > 0 && counts.scored < counts.expected ? [t.partialScores] : []),
    ...(changeBreak !== 'none' ? [t.acrossBreak(year)] : []),
    ...(changeBreak === 'scale' ? [t.scaleChanged] : []),
    ...(firstYearOfLevel ? [t.firstYearOfLevel(year, t.levelPlural[level])] : !previousYearLoaded ? [t.noPrevious(year - 1)] : []),
    ...(conflicts.length > 0
      ? [t.conflict(formatList(conflicts.map((r) => `${nameIn(r.unit, lang)}: ${[r.score ?? 0, ...r.altScores].map((s) => formatScore(s, index.scoreUnit, lang)).join(' / ')}`), lang))]
      : []),
  ];
  return (
    <div className="figure-notes">
      <ul className="notes">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
        {derivations.slice(0, 6).map((d) => (
          <li key={d.text}>
            {t.derived} ({d.units.length > 3 ? d.units.length : namesOf(d.units, lang)}): <DerivationText derivation={d.text} />
          </li>
        ))}
      </ul>
      <SourceLine sources={model.sources} />
    </div>
  );
}
