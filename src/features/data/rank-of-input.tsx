import { useId } from 'react';
import { useMessages } from '@/state/use-i18n';

/** The denominator of the imported ranks when no column gives it, or to confirm one that disagrees with the rows ranked (63 of a Mekong Delta extract). */
export function RankOfInput({ value, onChange }: { value: number; onChange: (rankOf: number) => void }) {
  const t = useMessages().data;
  const id = useId();
  return (
    <p>
      <label htmlFor={id}>{t.rankOf}</label>{' '}
      <input id={id} type="number" min={1} defaultValue={value} onBlur={(e) => Number(e.target.value) >= 1 && Number(e.target.value) !== value && onChange(Number(e.target.value))} />
    </p>
  );
}
