import { memo, useDeferredValue, useMemo, useState } from 'react';
import { CatalogGate } from '@/components/catalog-gate';
import { FileErrors } from '@/components/error-callout';
import type { SlideSpec } from '@/domain/slides/slide-code';
import { TOTAL, type Catalog, type IndexDef } from '@/domain/types';
import type { FiguresByYear } from '@/domain/results';
import { useIndexFigures } from '@/queries/use-index-figures';
import { useLang, useMessages } from '@/state/use-i18n';
import { useViewValues } from '@/state/use-view';
import { BumpSection } from './bump-section';
import { CityMeansSection } from './city-means-section';
import { ScorePartsSection } from './score-parts-section';
import { DataNotice } from './data-notice';
import { FocusSummary } from './focus-summary';
import { NeighbourToggle } from './neighbour-toggle';
import { RankingDotFigure } from './rankings-charts';
import { RankingTable } from './ranking-table';
import { RankingsControls } from './rankings-controls';
import { buildRankingsModel, rankingsBump, type RankingsModel } from './rankings-model';
import './rankings.css';
import { AfterPaint } from '@/components/after-paint';
import { AddSlideButtons } from '@/components/add-slide-buttons';
import { selectIndex } from '@/state/selection';
import type { BumpSet } from '@/state/view-state';
import { shortIn } from '@/i18n/names';
import { PHONE_QUERY, useMediaQuery } from '@/components/use-media-query';

export { loadRankingCharts } from './rankings-charts';

export function RankingsView() {
  return <CatalogGate>{(catalog) => <Rankings catalog={catalog} />}</CatalogGate>;
}

function Rankings({ catalog }: { catalog: Catalog }) {
  const t = useMessages().rankings;
  const view = useViewValues('level', 'index');
  const index = selectIndex(catalog, view.index, view.level);
  return (
    <div className="rankings">
      {index ? (
        <IndexRankings catalog={catalog} index={index} />
      ) : (
        <>
          <div className="page-heading">
            <h1>{t.title}</h1>
          </div>
          <RankingsControls catalog={catalog} />
          <p className="callout rankings-empty">{t.noIndex}</p>
        </>
      )}
    </div>
  );
}

/** What the view shows as a slide: the region's ranking of the component, or where the region cannot be ranked, the provinces we hold. */
const slideSpecs = (index: string, year: number, component: string): SlideSpec[] => {
  const shown = component === TOTAL ? {} : { component };
  return [
    { kind: 'ranking', index, year, ...shown },
    { kind: 'standing', index, year, ...shown },
  ];
};

function IndexRankings({ catalog, index }: { catalog: Catalog; index: IndexDef }) {
  const messages = useMessages();
  const t = messages.rankings;
  const lang = useLang();
  // A new year, component or sort paints the controls at once (~250 ms of charts re-rendered in the change
  // event held the select's own paint back); the charts and tables follow in a render that input can interrupt.
  const selection = useViewValues('level', 'year', 'component', 'bump', 'units', 'sort');
  const { level, year, component, bump, units, sort } = useDeferredValue(selection);
  // A ranking of totals needs no yearly file parsed: the build-time summary holds every total.
  const { byYear, errors, pending } = useIndexFigures(catalog, index.code, component === TOTAL ? 'totals' : 'all');
  const model = useMemo(
    () => (pending ? undefined : buildRankingsModel(catalog, index, byYear, { level, year, component, units, sort, lang })),
    [pending, catalog, index, byYear, level, year, component, units, sort, lang],
  );
  // A phone opens on the unit's position and its neighbours; the whole list is a tap away.
  const phone = useMediaQuery(PHONE_QUERY);
  const [showAll, setShowAll] = useState(false);
  const focusSummary = model?.focus && (model.availability === 'scores' || model.availability === 'ranks-only') && <FocusSummary model={model} />;
  const title = <h1>{t.heading(shortIn(index, lang), model?.year !== undefined ? String(model.year) : '')}</h1>;
  const about = (
    <>
      <p className="muted">{t.intro[level]}</p>
      {level === 'province' && model?.year !== undefined && <AddSlideButtons catalog={catalog} specs={slideSpecs(index.code, model.year, model.component.code)} />}
    </>
  );
  return (
    <>
      {phone ? (
        <>
          <div className="page-heading">{title}</div>
          {focusSummary}
          <div className="page-heading">{about}</div>
        </>
      ) : (
        <div className="page-heading">
          {title}
          {about}
        </div>
      )}
      <RankingsControls catalog={catalog} model={model} />
      <FileErrors errors={errors} />
      {!model && <p className="muted">{messages.loading}</p>}
      {model && <RankingsBody catalog={catalog} index={index} byYear={byYear} model={model} bump={bump} units={units} phone={phone} showAll={showAll} onShowAll={setShowAll} />}
    </>
  );
}

interface RankingsBodyProps {
  catalog: Catalog;
  index: IndexDef;
  byYear: FiguresByYear;
  model: RankingsModel;
  /** Whose ranks over the years are drawn: a set of units, or the units chosen. */
  bump: BumpSet;
  units: readonly string[];
  phone: boolean;
  showAll: boolean;
  onShowAll: (showAll: boolean) => void;
}

/** The charts and tables of a model: skipped while the controls paint a change that the model does not show yet. */
const RankingsBody = memo(function RankingsBody({ catalog, index, byYear, model, bump, units, phone, showAll, onShowAll }: RankingsBodyProps) {
  const only = phone && !showAll ? model.neighbours : undefined;
  return (
    <>
      <DataNotice model={model} />
      {!phone && model.focus && (model.availability === 'scores' || model.availability === 'ranks-only') && <FocusSummary model={model} />}
      {(model.availability === 'scores' || model.availability === 'ranks-only') && (
        <div className={model.availability === 'scores' ? 'rankings-main' : undefined}>
          {phone && <NeighbourToggle model={model} showAll={showAll} onShowAll={onShowAll} />}
          {model.availability === 'scores' && (
            <AfterPaint fallback={<div />}>
              <RankingDotFigure.Part model={model} only={only} fallback={<div />} />
            </AfterPaint>
          )}
          <RankingTable model={model} only={only} />
        </div>
      )}
      <AfterPaint>
        {model.year !== undefined && model.component.code === TOTAL && <ScorePartsSection catalog={catalog} index={index.code} year={model.year} />}
        <RankingsBump catalog={catalog} byYear={byYear} model={model} set={bump} selected={units} />
        {model.level === 'district' && <CityMeansSection catalog={catalog} index={index} byYear={byYear} lastYear={model.seriesEnd} />}
      </AfterPaint>
    </>
  );
});

/** The ranks over the years, computed once the table is on screen (inside AfterPaint). */
function RankingsBump({ catalog, byYear, model, set, selected }: { catalog: Catalog; byYear: FiguresByYear; model: RankingsModel; set: BumpSet; selected: readonly string[] }) {
  const bump = useMemo(() => rankingsBump(catalog, byYear, model, { set, selected }), [catalog, byYear, model, set, selected]);
  return bump ? <BumpSection model={model} bump={bump} /> : null;
}
