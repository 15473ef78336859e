import { useId } from 'react';
import { DELIMITERS, type Delimiter } from '@/domain/import/delimiter';
import { TEXT_ENCODINGS } from '@/domain/import/decode';
import type { DecimalMark, NumberConvention } from '@/domain/import/locale-number';
import type { Catalog } from '@/domain/types';
import type { ReadFormat } from '@/queries/import-protocol';
import { useLang, useMessages } from '@/state/use-i18n';
import { EMPTY_SOURCE, type JobSettings } from './import-settings';
import { NewSourceFields } from './new-source-fields';
import { shortIn } from '@/i18n/names';
import { textLang } from '@/i18n/text-lang';
import { compareText } from '@/domain/collate';

interface FormProps {
  catalog: Catalog;
  settings: JobSettings;
  detectedDelimiter?: Delimiter;
  /** The decimal mark the last analysis read numbers with, and why. */
  numbers?: NumberConvention;
  /** How the last analysis read the file: the encoding it detected, or the sheets of a workbook. */
  format?: ReadFormat;
  onChange: (settings: JobSettings) => void;
}

const NEW_SOURCE = '__new__';

/** Index, year, source, encoding and separator (or a workbook's sheet) and decimal mark of one file. */
export function JobSettingsForm({ catalog, settings, detectedDelimiter, numbers, format, onChange }: FormProps) {
  const t = useMessages().data;
  const lang = useLang();
  const id = useId();
  const set = (change: Partial<JobSettings>) => onChange({ ...settings, ...change });
  const byTitle = compareText('vi');
  const sources = [...catalog.sources.values()].sort((a, b) => byTitle(a.title, b.title));
  return (
    <div className="job-settings">
      <label htmlFor={`${id}-index`}>{t.index}</label>
      <select id={`${id}-index`} value={settings.index} onChange={(e) => set({ index: e.target.value, targets: undefined })}>
        {[...catalog.indices.values()].map((i) => (
          <option key={i.code} value={i.code}>
            {shortIn(i, lang)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-year`}>{t.year}</label>
      <input id={`${id}-year`} type="number" value={settings.year} onChange={(e) => /^\d{4}$/.test(e.target.value) && set({ year: Number(e.target.value) })} />
      <label htmlFor={`${id}-source`}>{t.source}</label>
      <select id={`${id}-source`} value={settings.newSource ? NEW_SOURCE : settings.source} onChange={(e) => set(e.target.value === NEW_SOURCE ? { newSource: EMPTY_SOURCE } : { source: e.target.value, newSource: undefined })}>
        <option value="">—</option>
        {sources.map((s) => (
          <option key={s.id} value={s.id} lang={textLang(s.title)}>
            {s.title}
          </option>
        ))}
        <option value={NEW_SOURCE}>{t.newSource}</option>
      </select>
      {settings.newSource && <NewSourceFields id={id} settings={{ ...settings, newSource: settings.newSource }} onChange={(newSource) => set({ newSource })} />}
      {format?.kind === 'workbook' ? (
        <>
          <label htmlFor={`${id}-sheet`}>{t.sheet}</label>
          <select id={`${id}-sheet`} value={settings.sheet ?? format.sheet} onChange={(e) => set({ sheet: e.target.value, headerRow: undefined, targets: undefined })}>
            {format.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </>
      ) : (
        <>
          <label htmlFor={`${id}-encoding`}>{t.encoding}</label>
          <select id={`${id}-encoding`} value={settings.encoding ?? ''} onChange={(e) => set({ encoding: TEXT_ENCODINGS.find((name) => name === e.target.value) })}>
            <option value="">{format ? t.encodingDetected(t.encodingNames[format.detected]) : t.encodingAuto}</option>
            {TEXT_ENCODINGS.map((name) => (
              <option key={name} value={name}>
                {t.encodingNames[name]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-delimiter`}>{t.delimiter}</label>
          <select id={`${id}-delimiter`} value={settings.delimiter ?? ''} onChange={(e) => set({ delimiter: (e.target.value || undefined) as Delimiter | undefined, targets: undefined, headerRow: undefined })}>
            <option value="">{detectedDelimiter ? t.delimiterDetected(t.delimiterNames[detectedDelimiter]) : '—'}</option>
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {t.delimiterNames[d]}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-decimal`}>{t.decimal}</label>
      <select id={`${id}-decimal`} value={settings.decimal ?? 'auto'} onChange={(e) => set({ decimal: e.target.value as DecimalMark })}>
        <option value="auto">{numbers && numbers.basis !== 'chosen' ? t.decimalFound(numbers) : t.decimalAuto}</option>
        <option value="comma">{t.decimalComma}</option>
        <option value="point">{t.decimalPoint}</option>
      </select>
      {numbers && (
        <p className="field-note" data-testid="number-convention">
          {t.decimalRead(numbers)}
        </p>
      )}
    </div>
  );
}
