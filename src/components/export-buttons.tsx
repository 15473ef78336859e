import { useId } from 'react';
import { DIALECTS, toCsv, type ExportTable } from '@/domain/export/csv-writer';
import { exportFileName } from '@/domain/export/file-name';
import { downloadText } from '@/export/download';
import { useCsvDialect, useMessages } from '@/state/use-i18n';

interface ExportButtonsProps {
  /** Exactly what the chart or table shows. */
  shown: ExportTable;
  /** The figures behind it, in the canonical schema. */
  full?: ExportTable;
  /** What is inside, for the file name: index, years, unit, view. */
  nameParts: readonly (string | number | undefined)[];
}

/** CSV of what is shown and of the data behind it, for plain CSV or a Vietnamese Excel. */
export function ExportButtons({ shown, full, nameParts }: ExportButtonsProps) {
  const t = useMessages().exporting;
  const [dialect, setDialect] = useCsvDialect();
  const id = useId();
  const save = (table: ExportTable, suffix?: string) => downloadText(exportFileName([...nameParts, suffix], new Date()), toCsv(table, DIALECTS[dialect]));
  return (
    <div className="export-buttons" role="group" aria-label={t.group}>
      <button type="button" className="button" onClick={() => save(shown)}>
        {t.shown}
      </button>
      {full && (
        <button type="button" className="button" onClick={() => save(full, t.fullSuffix)}>
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
    </div>
  );
}
