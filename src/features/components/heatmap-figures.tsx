import { Heatmap } from '@/charts/heatmap';
import { ChartImageButtons } from '@/components/chart-image-buttons';
import { ExportButtons } from '@/components/export-buttons';
import { SourceLine } from '@/components/source-line';
import { heatmapExportTable } from './components-export';
import { formatNumber } from '@/i18n/format';
import { useLang, useMessages, useNames } from '@/state/use-i18n';
import type { FiguresByYear } from '@/domain/results';
import type { Catalog } from '@/domain/types';
import { componentsHeatmaps, type ComponentsModel } from './components-model';

interface Props {
  catalog: Catalog;
  figures: FiguresByYear;
  model: ComponentsModel;
  unitName: string;
  groupName: string;
}

export function HeatmapFigures({ catalog, figures, model, unitName, groupName }: Props) {
  const messages = useMessages();
  const t = messages.components;
  const lang = useLang();
  const { short } = useNames();
  const format = (value: number) => formatNumber(value, lang, 0);
  const { byYear, byUnit } = componentsHeatmaps(catalog, figures, model, short);
  const yearsTitle = t.heatYears(unitName, byYear.columns[0]?.label ?? '', byYear.columns.at(-1)?.label ?? '');
  const unitsTitle = t.heatUnits(groupName, model.year);
  return (
    <div className="heatmaps">
      {byYear.columns.length > 0 && (
        <figure className="chart-figure" aria-label={yearsTitle}>
          <Heatmap caption={yearsTitle} corner={t.columns.name} columns={byYear.columns} rows={byYear.rows} formatCell={format} loadingText={messages.loading} />
          <SourceLine sources={model.sources} />
          {/* Exported only whole: no file or image of a heatmap with years still loading. */}
          {!byYear.columns.some((c) => c.loading) && (
            <>
              <ExportButtons shown={heatmapExportTable(byYear, t.columns.name)} nameParts={[model.index.code, unitName, t.heatName]} sources={model.sources} />
              <ChartImageButtons nameParts={[model.index.code, unitName, t.heatName]} notes={[t.heatNote]} />
            </>
          )}
        </figure>
      )}
      {byUnit.rows.length > 0 && (
        <figure className="chart-figure" aria-label={unitsTitle}>
          <Heatmap caption={unitsTitle} corner={t.unit} columns={byUnit.columns} rows={byUnit.rows} formatCell={format} />
          <SourceLine sources={model.sources} />
          <ExportButtons shown={heatmapExportTable(byUnit, t.unit)} nameParts={[model.index.code, model.year, groupName, t.heatName]} sources={model.sources} />
          <ChartImageButtons nameParts={[model.index.code, model.year, groupName, t.heatName]} notes={[t.heatNote]} />
        </figure>
      )}
      <p className="hint">{t.heatNote}</p>
    </div>
  );
}
