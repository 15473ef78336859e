import { FiguresImport } from '@/components/figures-import';
import { CatalogGate } from '@/components/catalog-gate';
import { FileErrors } from '@/components/error-callout';
import { UnitPicker } from '@/components/unit-picker';
import { groupMembers } from '@/domain/groups';
import { predecessorsOf } from '@/domain/lineage';
import { TOTAL, type Catalog, type IndexDef } from '@/domain/types';
import { memo, useDeferredValue, useMemo } from 'react';
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
import { buildTrendsModel, yearRange } from './trends-model';
import { referenceLabeller } from './reference-label';
import { AddSlideButtons } from '@/components/add-slide-buttons';
import { nameIn, shortIn } from '@/i18n/names';
import { cityChain } from '@/domain/city';
import { CENTRAL_CITIES, MEKONG_DELTA } from '@/domain/codes';

/** Skipped while the controls paint a change that the chart does not show yet. */
const ChartFigure = memo(TrendFigure);
/** The units of the index's level, those a trend can chart. */
const unitsAt = (catalog: Catalog, index: IndexDef) => [...catalog.units.values()].filter((u) => u.level === index.unitLevel);

export function TrendsView() {
  return <CatalogGate>{(catalog) => <Trends catalog={catalog} />}</CatalogGate>;
}

function Trends({ catalog }: { catalog: Catalog }) {
  const messages = useMessages();
  const t = messages.trends;
  const lang = useLang();
  const { short: shortName } = useNames();
  const live = useViewValues('index', 'units', 'measure', 'component', 'from', 'to', 'refs');
  // The controls show a change at once; the chart follows from the deferred selection in a render that input
  // can interrupt (the model and the Recharts chart rebuilt inside the change event held its paint back).
  const state = useDeferredValue(live);
  const update = useUpdateView();
  const indices = [...catalog.indices.values()];
  const index = selectIndex(catalog, state.index);
  const charted = index ? selectComponent(componentOptions(catalog, index.code), state.component) : TOTAL;
  // A trend of totals needs no yearly file parsed: the build-time summary holds every total.
  const { byYear, errors, pending } = useIndexFigures(catalog, index?.code ?? '', charted === TOTAL ? 'totals' : 'all');
  const plans = usePlanData();
  const { model, overlay, chartLabel } = useMemo(() => {
    if (!index || pending) return {};
    const units = selectUnits(unitsAt(catalog, index), state.units);
    const label = referenceLabeller(t, shortIn(index, lang));
    const built = buildTrendsModel(catalog, index, byYear, { units, measure: state.measure, component: charted, from: state.from, to: state.to, refs: state.refs }, shortName, label);
    // Plans adopted and targets set for the charted units, drawn on the chart.
    const planOverlay =
      built && plans.data
        ? buildPlanOverlay({
            catalog,
            data: plans.data,
            index: index.code,
            component: charted,
            measure: state.measure,
            units,
            rows: built.rows,
            range: built.range,
            bounds: built.bounds,
            yDomain: built.yDomain,
            bandLabel: (target) => goalText(target, { catalog, index, t: messages.plans, lang }),
            dateLabel: (iso) => formatDate(iso),
          })
        : undefined;
    const chosen = componentOptions(catalog, index.code).find((c) => c.code === charted);
    return { model: built, overlay: planOverlay, chartLabel: chosen ? `${chosen.code} · ${nameIn(chosen, lang)}` : t.total };
  }, [index, pending, catalog, state, charted, byYear, shortName, t, plans.data, messages.plans, lang]);
  const liveIndex = selectIndex(catalog, live.index);
  if (!index || !liveIndex) return <p>{t.noFigures}</p>;

  const components = componentOptions(catalog, liveIndex.code);
  const component = selectComponent(components, live.component);
  const pickable = unitsAt(catalog, liveIndex);
  const units = selectUnits(pickable, live.units);
  const lastYear = model?.bounds.max ?? new Date().getFullYear();
  // The year range as chosen, not as last drawn: a dragged slider does not jump back while the chart follows.
  const range = model && yearRange(model.bounds, live.from, live.to);
  const mekong = groupMembers(catalog, MEKONG_DELTA, lastYear);
  const cities = groupMembers(catalog, CENTRAL_CITIES, lastYear);
  const groups = [
    { codes: mekong, reference: 'region' as const },
    { codes: cities, reference: 'peers' as const },
  ];

  return (
    <div className="trends">
      <div className="page-heading">
        <h1>{t.heading(shortIn(liveIndex, lang))}</h1>
        <p className="muted">{t.intro}</p>
        <AddSlideButtons catalog={catalog} specs={[{ kind: live.measure === 'rank' ? 'rank' : 'trend', index: liveIndex.code }]} />
      </div>
      <div className="view-grid">
        <aside className="panel">
          <TrendsControls indices={indices} index={liveIndex} measure={live.measure} component={component} components={components} refs={live.refs} bounds={model?.bounds} range={range} />
          <UnitPicker
            units={pickable}
            selected={units}
            onChange={(codes) => update({ units: codes, refs: refsForUnits(codes, live.refs, groups) })}
            quickPicks={[
              { label: t.quickMekong, codes: mekong },
              { label: t.quickCities, codes: cities },
              { label: t.quickMerger, codes: predecessorsOf(catalog, cityChain(catalog).at(-1)?.code ?? '').map((u) => u.code) },
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
          {model && units.length > 0 && <ChartFigure model={model} measure={state.measure} componentLabel={chartLabel ?? t.total} catalog={catalog} overlay={overlay} />}
        </section>
      </div>
    </div>
  );
}
