import { useId, useState } from 'react';
import { matchesSearch } from '@/domain/text';
import type { Unit } from '@/domain/types';
import { useMessages, useNames } from '@/state/use-i18n';

export interface QuickPick {
  label: string;
  codes: string[];
}

interface UnitPickerProps {
  units: readonly Unit[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  quickPicks?: readonly QuickPick[];
  /** Codes that keep their place at the top of the selection and cannot be removed. */
  fixed?: readonly string[];
}

const SHOWN = 12;

/** Multi-select of units with a search that ignores diacritics and case ("can tho" finds Cần Thơ). */
export function UnitPicker({ units, selected, onChange, quickPicks = [], fixed = [] }: UnitPickerProps) {
  const t = useMessages().picker;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const hintId = useId();
  const { name } = useNames();
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const matches = units.filter((u) => matchesSearch(query, u.nameVi, u.nameEn, u.shortVi, u.shortEn, u.code));
  const toggle = (code: string) => onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);

  return (
    <fieldset className="unit-picker">
      <legend>
        {t.label} <span className="muted">({t.selectedCount(selected.length)})</span>
      </legend>
      <ul className="chips" aria-label={t.selectedCount(selected.length)}>
        {selected.map((code) => {
          const unit = byCode.get(code);
          const label = unit ? name(unit) : code;
          return (
            <li key={code} className="chip">
              {label}
              {!fixed.includes(code) && (
                <button type="button" aria-label={t.remove(label)} onClick={() => toggle(code)}>
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {quickPicks.length > 0 && (
        <div className="quick-picks" role="group" aria-label={t.quickPicks}>
          <span className="muted">{t.quickPicks}:</span>
          {quickPicks.map((pick) => (
            <button key={pick.label} type="button" onClick={() => onChange([...new Set([...fixed, ...pick.codes])])}>
              {pick.label}
            </button>
          ))}
          <button type="button" onClick={() => onChange([...fixed])}>
            {t.clear}
          </button>
        </div>
      )}
      <label htmlFor={searchId}>{t.search}</label>
      <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={hintId} autoComplete="off" />
      <p id={hintId} className="hint">
        {t.searchHint}
      </p>
      {query !== '' && (
        <ul className="matches">
          {matches.slice(0, SHOWN).map((unit) => (
            <li key={unit.code}>
              <label>
                <input type="checkbox" checked={selected.includes(unit.code)} disabled={fixed.includes(unit.code)} onChange={() => toggle(unit.code)} />
                {name(unit)}
              </label>
            </li>
          ))}
          {matches.length === 0 && <li className="muted">{t.noMatch}</li>}
          {matches.length > SHOWN && <li className="muted">{t.moreMatches(matches.length - SHOWN)}</li>}
        </ul>
      )}
    </fieldset>
  );
}
