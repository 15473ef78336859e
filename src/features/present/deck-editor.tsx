import { useId, useState } from 'react';
import type { TextContext } from './slide-text';
import { slideLabel } from './slide-text';

interface DeckEditorProps {
  codes: readonly string[];
  /** Slides the data can fill, offered for adding. */
  candidates: readonly string[];
  current: number;
  context: TextContext;
  onChange: (codes: string[] | undefined, slide?: number) => void;
  onClose: () => void;
}

const moved = (codes: readonly string[], from: number, to: number) => {
  const next = [...codes];
  const [code] = next.splice(from, 1);
  if (code !== undefined) next.splice(to, 0, code);
  return next;
};

/** Reorder, drop and add slides; every change goes to the URL, so the deck survives a reload or a link. */
export function DeckEditor({ codes, candidates, current, context, onChange, onClose }: DeckEditorProps) {
  const { t } = context;
  const headingId = useId();
  const [adding, setAdding] = useState(candidates[0] ?? '');
  const label = (code: string) => slideLabel(code, context);
  return (
    <aside className="deck-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.deck.heading}</h2>
      <p className="deck-editor-intro">{t.deck.intro}</p>
      <ol className="deck-list">
        {codes.map((code, i) => (
          <li key={`${code}-${i}`} aria-current={i + 1 === current ? 'step' : undefined}>
            <button type="button" className="deck-go" onClick={() => onChange([...codes], i + 1)}>
              {i + 1}. {label(code)}
            </button>
            <span className="deck-actions">
              <button type="button" aria-label={t.deck.moveUp(label(code))} disabled={i === 0} onClick={() => onChange(moved(codes, i, i - 1), i)}>
                ↑
              </button>
              <button type="button" aria-label={t.deck.moveDown(label(code))} disabled={i === codes.length - 1} onClick={() => onChange(moved(codes, i, i + 1), i + 2)}>
                ↓
              </button>
              <button type="button" aria-label={t.deck.remove(label(code))} disabled={codes.length === 1} onClick={() => onChange(codes.filter((_, j) => j !== i), Math.min(current, codes.length - 1))}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="deck-add">
        <label>
          {t.deck.add}
          <select value={adding} onChange={(event) => setAdding(event.target.value)}>
            {candidates.map((code) => (
              <option key={code} value={code}>
                {label(code)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={adding === ''} onClick={() => onChange([...codes, adding], codes.length + 1)}>
          {t.deck.addButton}
        </button>
      </div>
      <p className="deck-editor-buttons">
        <button type="button" onClick={() => onChange(undefined, 1)}>
          {t.deck.reset}
        </button>
        <button type="button" onClick={onClose}>
          {t.deck.close}
        </button>
      </p>
    </aside>
  );
}
