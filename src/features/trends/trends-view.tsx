import { FiguresImport } from '@/components/figures-import';
import { CatalogGate } from '@/components/catalog-gate';
import { FileErrors } from '@/components/error-callout';
import { UnitPicker } from '@/components/unit-picker';
import { groupMembers } from '@/domain/groups';
import { predecessorsOf } from '@/domain/lineage';
import type { Catalog } from '@/domain/types';
import { goalText } from '@/i18n/plan-name';
import { formatDate } from '@/i18n/format';
import { useIndexFigures } from '@/queries/use-index-figures';
import { usePlanData } from '@/queries/use-plan-data';
import { useLang, useMessages, useNames } from '@/state/use-i18n';
import { useUpdateView, useViewValues } from '@/state/use-view';
import { selectComponent, selectIndex, selectUnits } from '@/state/selection';
import { componentOptions } from './component-options';
import { refsForUnits } from './group-refs';
import { buildPlanOverlay } from './plan-overlay';
import { TrendFigure } from './trend-figure';
import { TrendsControls } from './trends-controls';
import { buildTrendsModel } from './trends-model';
import { AddSlideButtons } from '@/components/add-slide-buttons';
import { nameIn, shortIn } from '@/i18n/names';
import { CAN_THO_MERGED, CENTRAL_CITIES, MEKONG_DELTA } from '@/domain/codes';

export function TrendsView() {
  return <CatalogGate>{(catalog) => <Trends catalog={catalog} />}</CatalogGate>;
}

function Trends({ catalog }: { catalog: Catalog }) {
  const messages = useMessages();
  const t = messages.trends;
  const lang = useLang();
  const { short: shortName } = useNames();
  const state = useViewValues('index', 'units', 'measure', 'component', 'from', 'to', 'refs');
  const update = useUpdateView();
  const indices = [...catalog.indices.values()];
  const index = selectIndex(catalog, state.index);
  const { byYear, errors, pending } = useIndexFigures(catalog, index?.code ?? '');
  const plans = usePlanData(catalog);
  if (!index) return <p>{t.noFigures}</p>;

  const components = componentOptions(catalog, index.code);
  const component = selectComponent(components, state.component);
  const pickable = [...catalog.units.values()].filter((u) => u.level === index.unitLevel);
  const units = selectUnits(pickable, state.units);
  const model = pending
    ? undefined
    : buildTrendsModel(catalog, index, byYear, { units, measure: state.measure, component, from: state.from, to: state.to, refs: state.refs }, shortName, (r, computed) => (computed ? `${t.reference[r]} (${t.computed})` : t.reference[r]));
  // Plans adopted and targets set for the charted units, drawn on the chart.
  const overlay =
    model && plans.data
      ? buildPlanOverlay({
          catalog,
          data: plans.data,
          index: index.code,
          component,
          measure: state.measure,
          units,
          rows: model.rows,
          range: model.range,
          bounds: model.bounds,
          yDomain: model.yDomain,
          bandLabel: (target) => goalText(target, { catalog, index, t: messages.plans, lang }),
          dateLabel: (iso) => formatDate(iso),
        })
      : undefined;
  const chosen = components.find((c) => c.code === component);
  const componentLabel = chosen ? `${chosen.code} · ${nameIn(chosen, lang)}` : t.total;
  const lastYear = model?.bounds.max ?? new Date().getFullYear();
  const mekong = groupMembers(catalog, MEKONG_DELTA, lastYear);
  const cities = groupMembers(catalog, CENTRAL_CITIES, lastYear);
  const groups = [
    { codes: mekong, reference: 'region' as const },
    { codes: cities, reference: 'peers' as const },
  ];

  return (
    <div className="trends">
      <div className="page-heading">
        <h1>{t.heading(shortIn(index, lang))}</h1>
        <p className="muted">{t.intro}</p>
        <AddSlideButtons catalog={catalog} specs={[{ kind: state.measure === 'rank' ? 'rank' : 'trend', index: index.code }]} />
      </div>
      <div className="view-grid">
        <aside className="panel">
          <TrendsControls indices={indices} index={index} measure={state.measure} component={component} components={components} refs={state.refs} bounds={model?.bounds} range={model?.range} />
          <UnitPicker
            units={pickable}
            selected={units}
            onChange={(codes) => update({ units: codes, refs: refsForUnits(codes, state.refs, groups) })}
            quickPicks={[
              { label: t.quickMekong, codes: mekong },
              { label: t.quickCities, codes: cities },
              { label: t.quickMerger, codes: predecessorsOf(catalog, CAN_THO_MERGED).map((u) => u.code) },
            ]}
          />
        </aside>
        <section className="panel chart-panel">
          <FileErrors errors={[...errors, ...plans.errors.filter((error) => !error.file.endsWith('tasks.csv'))]} />
          {pending && <p className="muted">{messages.loading}</p>}
          {!pending && units.length === 0 && <p className="note">{t.noUnits}</p>}
          {!pending && !model && (
            <>
              <p className="note">{t.noFigures}</p>
              <FiguresImport index={index.code} />
            </>
          )}
          {model && units.length > 0 && <TrendFigure model={model} measure={state.measure} componentLabel={componentLabel} catalog={catalog} overlay={overlay} />}
        </section>
      </div>
    </div>
  );
}
