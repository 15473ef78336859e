import { FiguresImport } from '@/components/figures-import';
import { CatalogGate } from '@/components/catalog-gate';
import { FileErrors } from '@/components/error-callout';
import { SourceLine } from '@/components/source-line';
import { componentsOf, periodFor } from '@/domain/methodology';
import { componentNouns } from '@/i18n/components-vi';
import { CITY, cityCodeIn, isCityCode } from '@/domain/city';
import { CENTRAL_CITIES, MEKONG_DELTA } from '@/domain/codes';
import { TOTAL, type Catalog } from '@/domain/types';
import { useIndexFigures } from '@/queries/use-index-figures';
import { useLang, useMessages, useNames } from '@/state/use-i18n';
import { useUpdateView, useViewValues } from '@/state/use-view';
import { selectGroup, selectIndex, selectUnit, selectYear } from '@/state/selection';
import { ComparisonPanel } from './comparison-panel';
import { ComponentsControls } from './components-controls';
import { buildComponentsModel, driversYears } from './components-model';
import { ComponentCodes } from './component-codes';
import { ComponentTasksPanel } from './component-tasks-panel';
import { ComponentsTable } from './components-table';
import { HeatmapFigures } from './heatmap-figures';
import { StatementNotes } from './statement-notes';
import { SummaryBox } from './summary-box';
import { summarySentences } from './summary';
import { AddSlideButtons, AddSlideRoom } from '@/components/add-slide-buttons';
import { AfterPaint } from '@/components/after-paint';
import { codeSplit } from '@/components/code-split';
import { byNameIn, shortIn } from '@/i18n/names';
import { groupName } from '@/i18n/plan-name';

const GROUPS = [MEKONG_DELTA, CENTRAL_CITIES];

// The chart loads apart from the view: a link to the view shows its table without waiting for Recharts' code to come
// and run. Loaded with the view when the page is idle, so a later visit draws it with the table.
const DriversFigure = codeSplit(() => import('./drivers-figure').then((module) => module.DriversFigure));
export const loadComponentCharts = DriversFigure.load;

export function ComponentsView() {
  return <CatalogGate>{(catalog) => <Components catalog={catalog} />}</CatalogGate>;
}

function Components({ catalog }: { catalog: Catalog }) {
  const messages = useMessages();
  const t = messages.components;
  const lang = useLang();
  const { name } = useNames();
  const state = useViewValues('index', 'units', 'year', 'component', 'group', 'compare');
  const update = useUpdateView();
  const index = selectIndex(catalog, state.index);
  const { byYear, errors, pending, loading, years } = useIndexFigures(catalog, index?.code ?? '');
  if (!index) return <p className="note">{t.noFigures}</p>;
  const units = [...catalog.units.values()].filter((u) => u.level === index.unitLevel).sort(byNameIn('vi'));
  // The city's code means the city of the year shown: the former city to 2024, the merged city from 2025.
  const shownYear = selectYear([...byYear.keys(), ...loading], state.year, 'latest');
  const unit = selectUnit(units, state.units.map((code) => cityCodeIn(catalog, index.code, shownYear, code)), cityCodeIn(catalog, index.code, shownYear, CITY));
  const group = selectGroup(GROUPS, state.group);
  // The table shows once its years are in, the imports read (they know every year and may change any): the parts
  // that read other years fill in as their files arrive (buildComponentsModel).
  const started = !pending || years !== undefined;
  const selection = unit && { unit, year: state.year, parent: state.component, group, compare: state.compare };
  const model = started && selection ? buildComponentsModel(catalog, index, byYear, selection, loading) : undefined;
  const indexName = shortIn(index, lang);
  const period = model && periodFor(catalog, index.code, model.year);
  const all = period ? componentsOf(catalog, period) : [];
  const nouns = componentNouns(t, index.code);
  const groupItem = catalog.units.get(group) ?? catalog.groups.get(group);

  return (
    <div className="components-view">
      <div className="page-heading">
        <h1>{model && unit ? t.heading(indexName, model.year, name(unit)) : t.title}</h1>
        <p className="muted">{t.intro}</p>
        {model && !model.comparison && unit && isCityCode(catalog, unit.code) && <AddSlideRoom />}
        {model?.comparison && unit && isCityCode(catalog, unit.code) && (
          <AddSlideButtons
            catalog={catalog}
            specs={[
              // The group compared with travels only when it is not the city's region, the slide's default: older codes keep their meaning.
              { kind: 'components', index: model.index.code, year: model.year, ...(model.parent ? { component: model.parent.code } : {}), ...(group !== unit.region ? { group } : {}) },
              { kind: 'drivers', index: model.index.code, ...driversYears(model.comparison, model.year), ...(model.parent ? { component: model.parent.code } : {}) },
            ]}
          />
        )}
      </div>
      <FileErrors errors={errors} />
      {pending && !model && <p className="muted">{messages.loading}</p>}
      {!pending && !model && (
        <>
          <p className="note">{t.noFigures}</p>
          <FiguresImport index={index.code} />
        </>
      )}
      {model && unit && (
        <div className="view-grid">
          <aside className="panel">
            <ComponentsControls catalog={catalog} index={index} year={model.year} years={model.years} unit={unit} units={units} group={group} groups={GROUPS} />
          </aside>
          <div className="stack">
            {!model.periodHasComponents && <p className="note">{t.noComponentsPeriod(indexName, model.year)}</p>}
            {model.periodHasComponents && !model.unitHasScores && (
              <>
                <p className="note">{t.noScores(indexName, name(unit), model.year)}</p>
                <ComponentCodes components={all} />
                <ComponentTasksPanel index={index.code} shown={model.rows.map((r) => r.component)} all={all} />
              </>
            )}
            {model.unitHasScores && (
              <>
                <SummaryBox sentences={summarySentences(model, t, lang, name)} />
                <section className="panel" aria-label={t.tableCaption(model.parent ? name(model.parent) : t.total)}>
                  {model.parent && (
                    <nav className="breadcrumb" aria-label={t.total}>
                      <button type="button" className="link-button" onClick={() => update({ component: TOTAL, sort: undefined })}>
                        ← {t.back}
                      </button>
                    </nav>
                  )}
                  <ComponentsTable
                    rows={model.rows}
                    figures={model.figures}
                    sources={model.sources}
                    nameParts={[index.code, model.year, name(unit), model.parent?.code]}
                    caption={t.tableCaption(model.parent ? `${model.parent.code} · ${name(model.parent)}` : `${indexName} ${model.year}`)}
                    previousYear={model.previousYear}
                    percent={index.scoreUnit === 'percent'}
                    childCount={(code) => all.filter((c) => c.parent === code).length}
                    childNoun={nouns[1]}
                    groupName={groupName(catalog, group, lang)}
                  />
                  {model.rows.some((r) => (r.min ?? 0) > 0) && <p className="hint">{t.rangeNote}</p>}
                  {model.rows.some((r) => r.mean?.kind === 'computed' || r.groupMean?.kind === 'computed') && <p className="hint">{t.meanComputed}</p>}
                  <SourceLine sources={model.sources} />
                </section>
                <AfterPaint>
                  {model.comparison ? (
                    <ComparisonPanel
                      choice={model.comparison}
                      indexName={indexName}
                      unitName={name(unit)}
                      parentName={model.parent ? `${model.parent.code} · ${name(model.parent)}` : indexName}
                      noun={model.parent ? nouns[1] : nouns[0]}
                      percent={index.scoreUnit === 'percent'}
                      nameParts={[index.code, name(unit), model.parent?.code]}
                    />
                  ) : (
                    <section className="panel comparison">
                      <p className="muted">{messages.loading}</p>
                    </section>
                  )}
                  <ComponentTasksPanel index={index.code} shown={model.rows.map((r) => r.component)} all={all} />
                  <section className="panel">
                    <DriversFigure.Part model={model} parentName={model.parent ? name(model.parent) : t.totalInSentence} noun={model.parent ? nouns[1] : nouns[0]} />
                    <StatementNotes checks={model.statements} catalog={catalog} up={model.count.up} down={model.count.down} />
                  </section>
                  <section className="panel">
                    <HeatmapFigures catalog={catalog} figures={byYear} model={model} unitName={name(unit)} groupName={groupItem ? name(groupItem) : group} />
                  </section>
                </AfterPaint>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
