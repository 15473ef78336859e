import { useId } from 'react';
import { TOTAL, type Catalog } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';
import { useUpdateView, useViewValues } from '@/state/use-view';
import { LEVELS, type Level } from '@/state/view-state';
import { componentLabel } from './rankings-format';
import type { RankingsModel } from './rankings-model';
import { indicesAtLevel } from './rankings-selection';
import { selectIndex } from '@/state/selection';
import { shortIn } from '@/i18n/names';

/** Level, index, year and component: every choice is written to the URL through the view state. */
export function RankingsControls({ catalog, model }: { catalog: Catalog; model?: RankingsModel }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const view = useViewValues('level', 'index', 'year', 'component');
  // The view draws its model a moment after a change (a deferred render): the selects show the choice at once.
  const year = model && view.year !== undefined && model.years.includes(view.year) ? view.year : model?.year;
  const component = model?.components.some((choice) => choice.code === view.component) ? view.component : model?.component.code;
  const update = useUpdateView();
  const id = useId();
  const index = selectIndex(catalog, view.index, view.level);
  const changeLevel = (level: Level) =>
    update({ level, index: selectIndex(catalog, view.index, level)?.code ?? view.index, year: undefined, component: TOTAL, sort: undefined });
  return (
    <form className="card rankings-controls" aria-label={t.controls} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="level-choice">
        <legend className="label">{t.level}</legend>
        {LEVELS.map((level) => (
          <label key={level}>
            <input type="radio" name={`${id}-level`} value={level} checked={view.level === level} onChange={() => changeLevel(level)} />
            {t.levels[level]}
          </label>
        ))}
      </fieldset>
      <div className="control">
        <label className="label" htmlFor={`${id}-index`}>
          {t.index}
        </label>
        <select id={`${id}-index`} value={index?.code ?? ''} onChange={(e) => update({ index: e.target.value, component: TOTAL, sort: undefined })}>
          {indicesAtLevel(catalog, view.level).map((i) => (
            <option key={i.code} value={i.code}>
              {shortIn(i, lang)}
            </option>
          ))}
        </select>
      </div>
      {model && model.years.length > 0 && (
        <div className="control">
          <label className="label" htmlFor={`${id}-year`}>
            {t.year}
          </label>
          <select id={`${id}-year`} value={year} onChange={(e) => update({ year: Number(e.target.value) })}>
            {model.years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      )}
      {model && model.years.length > 0 && (
        <div className="control control-wide">
          <label className="label" htmlFor={`${id}-component`}>
            {t.component}
          </label>
          <select id={`${id}-component`} value={component} onChange={(e) => update({ component: e.target.value })}>
            {model.components.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {'\u00a0\u00a0'.repeat(Math.max(0, choice.depth - 1))}
                {componentLabel(choice, t, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
