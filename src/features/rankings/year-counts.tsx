import { SourceLine } from '@/components/source-line';
import { formatInteger } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import type { RankingsModel } from './rankings-model';

/** The year's published counts of units ("29 provinces above 80%"), with their sources. */
export function YearCounts({ model }: { model: RankingsModel }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const { yearCounts, year, yearCountSources } = model;
  if (year === undefined || yearCounts.length === 0) return null;
  const texts = yearCounts.flatMap((a) => {
    const label = t.countMeasures[a.measure];
    return label ? [label(formatInteger(a.value, lang))] : [];
  });
  if (texts.length === 0) return null;
  return (
    <div className="year-counts small">
      <p>
        {t.yearCounts(year)} {texts.join('; ')}.
      </p>
      <SourceLine sources={yearCountSources} />
    </div>
  );
}
