import { FiguresImport } from '@/components/figures-import';
import { formatScore } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { componentLabel, namesOf, yearRunsText } from './rankings-format';
import type { RankingsModel } from './rankings-model';
import { shortIn } from '@/i18n/names';

/** Says in words what is missing for the level, index and year, and how to import it. */
export function DataNotice({ model }: { model: RankingsModel }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const { availability, year, index, level, counts, missing, missingYears, seriesEnd } = model;
  const name = shortIn(index, lang);
  const lines: string[] = [];
  if (availability === 'no-files') lines.push(t.noFiles(name));
  if (availability === 'no-figures' && year !== undefined) lines.push(t.noFigures(name, year, componentLabel(model.component, t, lang), t.levelPlural[level]));
  if (availability === 'ranks-only' && year !== undefined) lines.push(t.ranksOnly(year, counts.ranked, counts.expected, t.levelNoun[level]));
  if (availability === 'no-figures' && model.mean?.kind === 'published') lines.push(t.onlyMean(formatScore(model.mean.value, index.scoreUnit, lang)));
  if ((availability === 'scores' || availability === 'ranks-only') && missing.length > 0) {
    // Nine districts can be named; sixty provinces are counted.
    lines.push(missing.length <= 12 ? t.missingUnits(namesOf(missing, lang)) : t.missingCount(missing.length, counts.expected, t.levelNoun[level]));
  }
  if (missingYears.length > 0) lines.push(t.missingYears(yearRunsText(missingYears)));
  if (lines.length === 0 && seriesEnd === undefined) return null;
  const blocking = availability === 'no-files' || availability === 'no-figures';
  return (
    <section className={`callout rankings-notice${blocking ? ' rankings-notice-blocking' : ''}`} aria-label={t.notice}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {lines.length > 0 && (
        <>
          <p className="muted">{t.importHow}</p>
          <FiguresImport index={index.code} />
        </>
      )}
      {seriesEnd !== undefined && <p>{t.districtEnd(seriesEnd)}</p>}
    </section>
  );
}
