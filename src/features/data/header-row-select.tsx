import { useId } from 'react';
import type { ImportAnalysis } from '@/domain/import/analysis-types';
import { useMessages } from '@/state/use-i18n';

/** The row that holds the column names, for tables with title rows above it. */
export function HeaderRowSelect({ analysis, onChange }: { analysis: ImportAnalysis; onChange: (row: number) => void }) {
  const t = useMessages().data;
  const id = useId();
  const candidates = [...analysis.firstRows.entries()];
  return (
    <p>
      <label htmlFor={id}>{t.headerRow}</label>{' '}
      <select id={id} value={analysis.headerRow} onChange={(e) => onChange(Number(e.target.value))}>
        {candidates.map(([i, cells]) => (
          <option key={i} value={i}>
            {t.headerRowOption(i + 1, cells.filter(Boolean).join(' | ').slice(0, 80))}
          </option>
        ))}
      </select>
    </p>
  );
}
