import { useId, useState } from 'react';
import { useMessages } from '@/state/use-i18n';

interface YearRangeProps {
  bounds: { min: number; max: number };
  range: { from: number; to: number };
  onChange: (from: number, to: number) => void;
}

/** Two years, each typed or dragged; a typed year applies once it is a whole year within bounds. */
export function YearRange({ bounds, range, onChange }: YearRangeProps) {
  const t = useMessages().trends;
  // What is being typed in one of the boxes, until it leaves the box: "20" is not a year yet.
  const [draft, setDraft] = useState<{ end: 'from' | 'to'; text: string }>();
  const ids = { from: useId(), to: useId() };

  const apply = (from: number, to: number) => onChange(Math.min(from, to), Math.max(from, to));
  const onType = (end: 'from' | 'to', text: string) => {
    setDraft({ end, text });
    const year = Number(text);
    if (/^\d{4}$/.test(text) && year >= bounds.min && year <= bounds.max) apply(end === 'from' ? year : range.from, end === 'to' ? year : range.to);
  };

  return (
    <fieldset className="year-range">
      <legend>{t.years}</legend>
      {(['from', 'to'] as const).map((end) => (
        <div key={end} className="year-end">
          <label htmlFor={ids[end]}>{end === 'from' ? t.from : t.to}</label>
          <input
            id={ids[end]}
            type="number"
            inputMode="numeric"
            min={bounds.min}
            max={bounds.max}
            value={draft?.end === end ? draft.text : String(range[end])}
            onChange={(e) => onType(end, e.target.value)}
            onBlur={() => setDraft(undefined)}
          />
          <input
            type="range"
            aria-label={end === 'from' ? t.dragFrom : t.dragTo}
            min={bounds.min}
            max={bounds.max}
            step={1}
            value={range[end]}
            onChange={(e) => {
              const year = Number(e.target.value);
              apply(end === 'from' ? year : range.from, end === 'to' ? year : range.to);
            }}
          />
        </div>
      ))}
    </fieldset>
  );
}
