import { useId, type ReactNode } from 'react';
import type { Catalog } from '@/domain/types';
import { TOTAL } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';
import type { FigureFilter } from './figures-filter';
import { shortIn } from '@/i18n/names';
import { textLang } from '@/i18n/text-lang';

interface FilterFormProps {
  catalog: Catalog;
  index: string;
  years: readonly number[];
  year?: number;
  filter: FigureFilter;
  onIndex: (index: string) => void;
  onYear: (year: number | undefined) => void;
  onChange: (filter: FigureFilter) => void;
}

const ALL = '';

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

export function FiguresFilterForm({ catalog, index, years, year, filter, onIndex, onYear, onChange }: FilterFormProps) {
  const t = useMessages().data;
  const lang = useLang();
  const id = useId();
  const set = (change: Partial<FigureFilter>) => onChange({ ...filter, ...change });
  const components = [...new Set(catalog.components.filter((c) => c.index === index).map((c) => c.code))];
  return (
    <div className="filters" role="group" aria-label={t.filters}>
      <Field id={`${id}-index`} label={t.index}>
        <select id={`${id}-index`} value={index} onChange={(e) => onIndex(e.target.value)}>
          {[...catalog.indices.values()].map((i) => (
            <option key={i.code} value={i.code}>
              {shortIn(i, lang)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-year`} label={t.year}>
        <select id={`${id}-year`} value={year ?? ALL} onChange={(e) => onYear(e.target.value ? Number(e.target.value) : undefined)}>
          <option value={ALL}>{t.allYears}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-unit`} label={t.unitSearch}>
        <input id={`${id}-unit`} type="search" value={filter.unitQuery} onChange={(e) => set({ unitQuery: e.target.value })} />
      </Field>
      <Field id={`${id}-component`} label={t.columns.component}>
        <select id={`${id}-component`} value={filter.component ?? ALL} onChange={(e) => set({ component: e.target.value || undefined })}>
          <option value={ALL}>{t.allComponents}</option>
          <option value={TOTAL}>{t.totalOnly}</option>
          {components.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-source`} label={t.columns.sources}>
        <select id={`${id}-source`} value={filter.source ?? ALL} onChange={(e) => set({ source: e.target.value || undefined })}>
          <option value={ALL}>{t.allSources}</option>
          {[...catalog.sources.values()].map((s) => (
            <option key={s.id} value={s.id} lang={textLang(s.title)}>
              {s.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-origin`} label={t.origin}>
        <select id={`${id}-origin`} value={filter.origin} onChange={(e) => set({ origin: e.target.value as FigureFilter['origin'] })}>
          <option value="all">{t.originAll}</option>
          <option value="bundled">{t.originBundled}</option>
          <option value="imported">{t.originImported}</option>
        </select>
      </Field>
    </div>
  );
}
