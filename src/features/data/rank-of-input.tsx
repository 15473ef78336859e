import { useId, useRef } from 'react';
import { useMessages } from '@/state/use-i18n';

interface RankOfInputProps {
  value: number;
  /** The file's ranks disagree with the rows ranked: the number shown can be confirmed as it is. */
  confirm: boolean;
  onChange: (rankOf: number) => void;
}

/** The denominator of the imported ranks when no column gives it, or to confirm one that disagrees with the rows ranked (63 of a Mekong Delta extract). */
export function RankOfInput({ value, confirm, onChange }: RankOfInputProps) {
  const t = useMessages().data;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const typed = () => Number(input.current?.value);
  return (
    <p>
      <label htmlFor={id}>{t.rankOf}</label>{' '}
      <input ref={input} id={id} type="number" min={1} defaultValue={value} onBlur={() => typed() >= 1 && typed() !== value && onChange(typed())} />
      {confirm && (
        <>
          {' '}
          <button type="button" className="button" onClick={() => typed() >= 1 && onChange(typed())}>
            {t.confirmRankOf}
          </button>
        </>
      )}
    </p>
  );
}
