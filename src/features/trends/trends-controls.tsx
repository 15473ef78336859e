import { useId } from 'react';
import type { IndexDef } from '@/domain/types';
import { TOTAL } from '@/domain/types';
import { useLang, useMessages, useNames } from '@/state/use-i18n';
import { useUpdateView } from '@/state/use-view';
import { MEASURES, REFERENCES, type Measure, type Reference } from '@/state/view-state';
import type { ComponentOption } from './component-options';
import { YearRange } from './year-range';
import { shortIn } from '@/i18n/names';

interface TrendsControlsProps {
  indices: readonly IndexDef[];
  index: IndexDef;
  measure: Measure;
  component: string;
  components: readonly ComponentOption[];
  refs: readonly Reference[];
  bounds?: { min: number; max: number };
  range?: { from: number; to: number };
}

export function TrendsControls({ indices, index, measure, component, components, refs, bounds, range }: TrendsControlsProps) {
  const t = useMessages().trends;
  const lang = useLang();
  const update = useUpdateView();
  const indexId = useId();
  const componentId = useId();
  const { name } = useNames();
  return (
    <div className="controls" role="group" aria-label={t.controls}>
      <label htmlFor={indexId}>{t.index}</label>
      <select id={indexId} value={index.code} onChange={(e) => update({ index: e.target.value, component: TOTAL, from: undefined, to: undefined })}>
        {indices.map((i) => (
          <option key={i.code} value={i.code}>
            {shortIn(i, lang)}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>{t.measure}</legend>
        {MEASURES.map((m) => (
          <label key={m} className="inline">
            <input type="radio" name="measure" value={m} checked={measure === m} onChange={() => update({ measure: m })} />
            {m === 'score' ? t.measureScore : t.measureRank}
          </label>
        ))}
      </fieldset>

      <label htmlFor={componentId}>{t.component}</label>
      <select id={componentId} value={component} onChange={(e) => update({ component: e.target.value })}>
        <option value={TOTAL}>{t.total}</option>
        {components.map((c) => (
          <option key={c.code} value={c.code}>
            {`${c.depth > 0 ? '\u00a0\u00a0\u00a0' : ''}${c.code} · ${name(c)}`}
          </option>
        ))}
      </select>

      {bounds && range && <YearRange bounds={bounds} range={range} onChange={(from, to) => update({ from, to })} />}

      <fieldset>
        <legend>{t.references}</legend>
        {measure === 'rank' && <p className="hint">{t.referencesRankOnly}</p>}
        {REFERENCES.map((r) => (
          <label key={r} className="inline">
            <input
              type="checkbox"
              checked={refs.includes(r)}
              disabled={measure === 'rank'}
              onChange={() => update({ refs: refs.includes(r) ? refs.filter((x) => x !== r) : [...refs, r] })}
            />
            {t.reference[r]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
