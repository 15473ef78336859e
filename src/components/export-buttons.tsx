import { useId, useState } from 'react';
import { DIALECTS, toCsv, withSourceRows, type ExportTable } from '@/domain/export/csv-writer';
import type { Source } from '@/domain/types';
import { formatCsvNumber, formatDate } from '@/i18n/format';
import { exportFileName } from '@/domain/export/file-name';
import { downloadBlob, downloadText } from '@/export/download';
import { xlsxFile } from '@/export/xlsx/xlsx-file';
import { xlsxSheet } from '@/export/xlsx/xlsx-sheet';
import { useCoreMessages, useCsvDialect } from '@/state/use-i18n';
import { sourceCredit } from './source-credit';

interface ExportButtonsProps {
  /** Exactly what the chart or table shows. */
  shown: ExportTable;
  /** The figures behind it, in the canonical schema. */
  full?: ExportTable;
  /** What is inside, for the file name: index, years, unit, view. */
  nameParts: readonly (string | number | undefined)[];
  /** The sources of what is shown (imported files first), written under the table as on screen. */
  sources?: readonly Source[];
}

/** CSV of what is shown and of the data behind it, for plain CSV or a Vietnamese Excel, and an Excel workbook of what is shown. */
export function ExportButtons({ shown, full, nameParts, sources = [] }: ExportButtonsProps) {
  const messages = useCoreMessages();
  const t = messages.exporting;
  const sourceText = (s: Source) => (s.imported ? messages.importedFrom(s.imported.file, formatDate(s.imported.importedAt)) : [s.title, sourceCredit(s) && `(${sourceCredit(s)})`, s.url].filter(Boolean).join(' '));
  const [dialect, setDialect] = useCsvDialect();
  const [excel, setExcel] = useState<'working' | 'failed'>();
  const id = useId();
  // The "as shown" CSV rounds as the screen does; the full export keeps every figure's precision.
  const save = (table: ExportTable, asShown: boolean, suffix?: string) =>
    downloadText(exportFileName([...nameParts, suffix], new Date()), toCsv(table, DIALECTS[dialect], asShown ? formatCsvNumber : undefined));
  const saveExcel = async () => {
    setExcel('working');
    try {
      const file = await xlsxFile(xlsxSheet(shown, messages.sources, sources.map(sourceText)), t.sheetName);
      downloadBlob(exportFileName(nameParts, new Date(), 'xlsx'), file);
      setExcel(undefined);
    } catch (error) {
      console.warn('Excel export failed', error);
      setExcel('failed');
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={t.group}>
      <button type="button" className="button" onClick={() => save(withSourceRows(shown, messages.sources, sources.map(sourceText)), true)}>
        {t.shown}
      </button>
      <button type="button" className="button" onClick={saveExcel} disabled={excel === 'working'}>
        {t.excel}
      </button>
      {full && (
        <button type="button" className="button" onClick={() => save(full, false, t.fullSuffix)}>
          {t.full}
        </button>
      )}
      <label htmlFor={id} className="visually-hidden">
        {t.dialect}
      </label>
      <select id={id} value={dialect} onChange={(e) => setDialect(e.target.value === 'standard' ? 'standard' : 'excelVi')}>
        <option value="excelVi">{t.excelVi}</option>
        <option value="standard">{t.standard}</option>
      </select>
      <p className="export-status" role="status">
        {excel && t.excelStatus[excel]}
      </p>
    </div>
  );
}
