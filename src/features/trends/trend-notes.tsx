import { formatList } from '@/i18n/format';
import { shortIn } from '@/i18n/names';
import { useLang, useMessages, useNames } from '@/state/use-i18n';
import type { Measure } from '@/state/view-state';
import type { TrendsModel } from './trends-model';

/** The units drawn whose series ends the year before a merger. */
const mergedUnits = (model: TrendsModel, year: number) => model.endedUnits.filter((e) => e.lastYear === year - 1).map((e) => e.unit);

export function TrendNotes({ model, measure }: { model: TrendsModel; measure: Measure }) {
  const t = useMessages().trends;
  const lang = useLang();
  const { name } = useNames();
  const notes = [
    model.breaks.length > 0 && t.breakNote(formatList(model.breaks.map(String), lang)),
    ...model.mergers.map((year) => t.mergerNote(formatList(mergedUnits(model, year).map(name), lang), year - 1, year)),
    model.inferredRegionYears.length > 0 && t.inferredRegionNote(formatList(model.inferredRegionYears.map(String), lang)),
    t.gapNote,
    measure === 'rank' && t.rankNote,
    model.series.some((s) => s.computed) && t.computedNote,
    model.publishedMeanYears.length > 0 && t.publishedMeanNote(shortIn(model.index, lang), formatList(model.publishedMeanYears.map(String), lang)),
    ...[...new Set(model.endedUnits.map((e) => e.lastYear))].map((lastYear) =>
      t.endedNote(formatList(model.endedUnits.filter((e) => e.lastYear === lastYear).map((e) => name(e.unit)), lang), lastYear),
    ),
    model.unitsWithoutData.length > 0 && t.noDataNote(formatList(model.unitsWithoutData.map(name), lang)),
  ].filter((note): note is string => typeof note === 'string');
  return (
    <ul className="chart-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
