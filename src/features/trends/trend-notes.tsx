import { formatList } from '@/i18n/format';
import { useLang, useMessages, useNames } from '@/state/use-i18n';
import type { Measure } from '@/state/view-state';
import type { TrendsModel } from './trends-model';

export function TrendNotes({ model, measure }: { model: TrendsModel; measure: Measure }) {
  const t = useMessages().trends;
  const lang = useLang();
  const { name } = useNames();
  const notes = [
    model.breaks.length > 0 && t.breakNote(formatList(model.breaks.map(String), lang)),
    t.gapNote,
    measure === 'rank' && t.rankNote,
    model.series.some((s) => s.computed) && t.computedNote,
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
