import { DivergingBarChart } from '@/charts/diverging-bar-chart';
import { NearScreen } from '@/components/near-screen';
import { PHONE_QUERY, useMediaQuery } from '@/components/use-media-query';
import { ChartImageButtons } from '@/components/chart-image-buttons';
import { SourceLine } from '@/components/source-line';
import { formatSigned } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import type { ComponentsModel } from './components-model';
import { COMPONENTS_TABLE_ID } from './components-table';
import { shortIn } from '@/i18n/names';

/** What drove the change: each component's contribution, with the up/down count staff report. */
export function DriversFigure({ model, parentName, noun }: { model: ComponentsModel; parentName: string; noun: string }) {
  const t = useMessages().components;
  const lang = useLang();
  const phone = useMediaQuery(PHONE_QUERY);
  const { count, parentResult, year, previousYear } = model;
  const moved = model.rows.filter((r) => r.change !== undefined);
  if (moved.length === 0) return <p className="note">{t.noPrevious(previousYear)}</p>;
  const title = t.driversTitle(parentName, previousYear, year, formatSigned(parentResult.change ?? count.total, lang));
  const data = moved.map((r) => ({ key: r.component.code, label: `${r.component.code} · ${shortIn(r.component, lang)}`, value: r.change ?? 0 }));
  return (
    <figure className="chart-figure" aria-label={title} aria-details={COMPONENTS_TABLE_ID}>
      <figcaption>
        <h2>{title}</h2>
        <p className="strong" data-testid="up-down">
          {t.summaryCount(count.up, count.up + count.down + count.same, count.down, noun)}
        </p>
      </figcaption>
      {/* Below the table, a few screens down: drawn when scrolled to. */}
      <DivergingBarChart data={data} formatValue={(v) => formatSigned(v, lang)} xLabel={t.driversAxis} narrow={phone} place={NearScreen} />
      <SourceLine sources={model.sources} />
      <ChartImageButtons nameParts={[model.index.code, `${previousYear}-${year}`, parentName, t.driversAxis]} />
    </figure>
  );
}
