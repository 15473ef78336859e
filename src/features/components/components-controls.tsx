import { useId } from 'react';
import type { Catalog, IndexDef, Unit } from '@/domain/types';
import { TOTAL } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';
import { useUpdateView } from '@/state/use-view';
import { nameIn, shortIn } from '@/i18n/names';

interface ControlsProps {
  catalog: Catalog;
  index: IndexDef;
  year: number;
  years: readonly number[];
  unit: Unit;
  units: readonly Unit[];
  group: string;
  groups: readonly string[];
}

export function ComponentsControls({ catalog, index, year, years, unit, units, group, groups }: ControlsProps) {
  const t = useMessages().components;
  const lang = useLang();
  const update = useUpdateView();
  const ids = { index: useId(), year: useId(), unit: useId(), group: useId() };
  const groupName = (code: string) => {
    const item = catalog.units.get(code) ?? catalog.groups.get(code);
    return item ? nameIn(item, lang) : code;
  };
  return (
    <div className="controls" role="group" aria-label={t.controls}>
      <label htmlFor={ids.index}>{t.index}</label>
      <select id={ids.index} value={index.code} onChange={(e) => update({ index: e.target.value, year: undefined, component: TOTAL, units: [], compare: undefined })}>
        {[...catalog.indices.values()].map((i) => (
          <option key={i.code} value={i.code}>
            {shortIn(i, lang)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.year}>{t.year}</label>
      <select id={ids.year} value={year} onChange={(e) => update({ year: Number(e.target.value) })}>
        {[...years].reverse().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={ids.unit}>{t.unit}</label>
      <select id={ids.unit} value={unit.code} onChange={(e) => update({ units: [e.target.value] })}>
        {units.map((u) => (
          <option key={u.code} value={u.code}>
            {nameIn(u, lang)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.group}>{t.group}</label>
      <select id={ids.group} value={group} onChange={(e) => update({ group: e.target.value })}>
        {groups.map((code) => (
          <option key={code} value={code}>
            {groupName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
