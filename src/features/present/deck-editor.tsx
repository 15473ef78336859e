import { useId, useState } from 'react';
import type { DeckData } from '@/domain/slides/deck-data';
import { addSlide, moveSlide, removeSlide, type DeckState } from './deck-edit';
import type { SlideContext } from './slide-context';
import { slideLabel } from './slide-text';
import { SlideThumbnail } from './slide-thumbnail';

interface DeckEditorProps {
  deck: DeckState;
  data: DeckData;
  /** Slides the data can fill, offered for adding. */
  candidates: readonly string[];
  context: SlideContext;
  canUndo: boolean;
  /** A new deck, or undefined for the default one. */
  onEdit: (next: DeckState | undefined) => void;
  onGo: (slide: number) => void;
  onUndo: () => void;
  onClose: () => void;
}

/**
 * Reorder (drag a thumbnail, or ↑ ↓ from the keyboard), drop and add slides, with undo; the slide shown
 * stays shown. Every change goes to the URL, so the deck survives a reload or a link.
 */
export function DeckEditor({ deck, data, candidates, context, canUndo, onEdit, onGo, onUndo, onClose }: DeckEditorProps) {
  const { t } = context;
  const headingId = useId();
  const [adding, setAdding] = useState(candidates[0] ?? '');
  const [dragged, setDragged] = useState<number>();
  const [over, setOver] = useState<number>();
  const { codes, current } = deck;
  const label = (code: string) => slideLabel(code, context);
  const drop = (to: number) => {
    if (dragged !== undefined && dragged !== to) onEdit(moveSlide(deck, dragged, to));
    setDragged(undefined);
    setOver(undefined);
  };
  return (
    <aside className="deck-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.deck.heading}</h2>
      <p className="deck-editor-intro">
        {t.deck.intro} {t.deck.dragHint}
      </p>
      <p className="deck-editor-buttons">
        <button type="button" disabled={!canUndo} onClick={onUndo}>
          ↶ {t.deck.undo}
        </button>
        <button type="button" onClick={() => onEdit(undefined)}>
          {t.deck.reset}
        </button>
        <button type="button" onClick={onClose}>
          {t.deck.close}
        </button>
      </p>
      <ol className="deck-list">
        {codes.map((code, i) => (
          <li
            key={`${code}-${i}`}
            draggable
            data-testid="deck-item"
            aria-current={i + 1 === current ? 'step' : undefined}
            className={over === i && dragged !== i ? 'deck-drop-target' : undefined}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', code);
              setDragged(i);
            }}
            onDragOver={(event) => {
              event.preventDefault();
              setOver(i);
            }}
            onDragEnd={() => {
              setDragged(undefined);
              setOver(undefined);
            }}
            onDrop={(event) => {
              event.preventDefault();
              drop(i);
            }}
          >
            <button type="button" className="deck-go" aria-label={t.deck.thumbnail(i + 1, label(code))} onClick={() => onGo(i + 1)}>
              <SlideThumbnail code={code} data={data} context={context} position={i + 1} total={codes.length} />
              <span className="deck-go-label">
                {i + 1}. {label(code)}
              </span>
            </button>
            <span className="deck-actions">
              <button type="button" aria-label={t.deck.moveUp(label(code))} disabled={i === 0} onClick={() => onEdit(moveSlide(deck, i, i - 1))}>
                ↑
              </button>
              <button type="button" aria-label={t.deck.moveDown(label(code))} disabled={i === codes.length - 1} onClick={() => onEdit(moveSlide(deck, i, i + 1))}>
                ↓
              </button>
              <button type="button" aria-label={t.deck.remove(label(code))} disabled={codes.length === 1} onClick={() => onEdit(removeSlide(deck, i))}>
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
        <button type="button" disabled={adding === ''} onClick={() => onEdit(addSlide(deck, adding))}>
          {t.deck.addButton}
        </button>
      </div>
    </aside>
  );
}
