import { memo, useDeferredValue, useMemo } from 'react';
import { CatalogGate } from '@/components/catalog-gate';
import { FileErrors } from '@/components/error-callout';
import type { Catalog, IndexDef } from '@/domain/types';
import { useIndexFigures } from '@/queries/use-index-figures';
import { useLang, useMessages } from '@/state/use-i18n';
import { useViewValues } from '@/state/use-view';
import { BumpSection } from './bump-section';
import { DataNotice } from './data-notice';
import { FocusSummary } from './focus-summary';
import { RankingBarFigure } from './ranking-bar-figure';
import { RankingTable } from './ranking-table';
import { RankingsControls } from './rankings-controls';
import { buildRankingsModel, type RankingsModel } from './rankings-model';
import './rankings.css';
import { AddSlideButtons } from '@/components/add-slide-buttons';
import { selectIndex } from '@/state/selection';
import { shortIn } from '@/i18n/names';

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

function IndexRankings({ catalog, index }: { catalog: Catalog; index: IndexDef }) {
  const messages = useMessages();
  const t = messages.rankings;
  const lang = useLang();
  const { byYear, errors, pending } = useIndexFigures(catalog, index.code);
  // A new year, component or sort paints the controls at once (~250 ms of charts re-rendered in the change
  // event held the select's own paint back); the charts and tables follow in a render that input can interrupt.
  const selection = useViewValues('level', 'year', 'component', 'bump', 'units', 'sort');
  const { level, year, component, bump, units, sort } = useDeferredValue(selection);
  const model = useMemo(
    () => (pending ? undefined : buildRankingsModel(catalog, index, byYear, { level, year, component, bump, units, sort, lang })),
    [pending, catalog, index, byYear, level, year, component, bump, units, sort, lang],
  );
  return (
    <>
      <div className="page-heading">
        <h1>{t.heading(shortIn(index, lang), model?.year !== undefined ? String(model.year) : '')}</h1>
        <p className="muted">{t.intro[level]}</p>
        {level === 'province' && model?.year !== undefined && <AddSlideButtons catalog={catalog} specs={[{ kind: 'ranking', index: index.code, year: model.year }]} />}
      </div>
      <RankingsControls catalog={catalog} model={model} />
      <FileErrors errors={errors} />
      {!model && <p className="muted">{messages.loading}</p>}
      {model && <RankingsBody model={model} />}
    </>
  );
}

/** The charts and tables of a model: skipped while the controls paint a change that the model does not show yet. */
const RankingsBody = memo(function RankingsBody({ model }: { model: RankingsModel }) {
  return (
    <>
      <DataNotice model={model} />
      {model.focus && (model.availability === 'scores' || model.availability === 'ranks-only') && <FocusSummary model={model} />}
      {(model.availability === 'scores' || model.availability === 'ranks-only') && (
        <div className={model.availability === 'scores' ? 'rankings-main' : undefined}>
          {model.availability === 'scores' && <RankingBarFigure model={model} />}
          <RankingTable model={model} />
        </div>
      )}
      {model.bump && <BumpSection model={model} bump={model.bump} />}
    </>
  );
});
