import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FileErrors } from '@/components/error-callout';
import { buildSlide, defaultDeck } from '@/domain/slides/build-slide';
import { parseSlideCode } from '@/domain/slides/slide-code';
import { CITY } from '@/domain/city';
import { type Catalog } from '@/domain/types';
import { useDeckData } from '@/queries/use-deck-data';
import { useLang, useMessages } from '@/state/use-i18n';
import { useProjectorTheme } from '@/state/use-projector-theme';
import { useToday } from '@/state/use-today';
import { useUpdateView, useViewValues } from '@/state/use-view';
import { DeckEditor } from './deck-editor';
import type { SlideContext } from './slide-context';
import { moveTo, slideAction, type SlideAction } from './slide-keys';
import { speakerNotes } from './slide-text';
import { SLIDE_PALETTES } from './slide-theme';
import { SlideView } from './slide-view';
import { useCanvas } from './use-canvas';

export function Presentation({ catalog }: { catalog: Catalog }) {
  const messages = useMessages();
  const t = messages.present;
  const lang = useLang();
  const today = useToday();
  const [theme, setTheme] = useProjectorTheme();
  const { deck, slide: requested } = useViewValues('deck', 'slide');
  const update = useUpdateView();
  const { data, errors, pending } = useDeckData(catalog, CITY);
  const [notesOpen, setNotesOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const canvas = useCanvas(stage);

  const available = useMemo(() => (pending ? [] : defaultDeck(data)), [data, pending]);
  const codes = deck ?? available;
  const total = codes.length;
  const current = Math.min(Math.max(requested ?? 1, 1), Math.max(total, 1));
  const code = codes[current - 1];
  const spec = code === undefined ? undefined : parseSlideCode(code);
  const slide = spec && !pending ? buildSlide(data, spec) : undefined;

  const act = useCallback(
    (action: SlideAction) => {
      if (action === 'notes') setNotesOpen((open) => !open);
      else if (action === 'fullscreen') void toggleFullScreen(root.current);
      else if (action === 'exit') {
        if (editing) setEditing(false);
        else update({ view: 'overview', slide: undefined });
      } else update({ slide: moveTo(action, current, total) });
    },
    [current, total, editing, update],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : document.body;
      const action = slideAction(event.key, target, event.ctrlKey || event.altKey || event.metaKey);
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);

  useEffect(() => {
    document.title = `${t.label} · ${messages.appTitle}`;
  }, [t, messages]);

  const palette = SLIDE_PALETTES[theme];
  const context: SlideContext | undefined = canvas && { catalog, unit: CITY, t, lang, palette, today };
  const textContext = { catalog, unit: CITY, t, lang };

  return (
    <div ref={root} className="present" data-theme={theme}>
      <main className="present-main">
        <div ref={stage} className="present-stage">
          {canvas && (
            <div className="slide-canvas" style={{ width: canvas.width, height: canvas.height, transform: `scale(${canvas.scale})` }} data-testid="slide-canvas">
              {pending ? (
                <p className="slide-message">{messages.loading}</p>
              ) : total === 0 ? (
                <p className="slide-message">{t.emptyDeck}</p>
              ) : slide && context ? (
                <SlideView slide={slide} context={context} plans={data.plans} position={current} total={total} />
              ) : (
                <p className="slide-message">{t.slideUnavailable}</p>
              )}
            </div>
          )}
        </div>
        {editing && (
          <DeckEditor
            codes={codes}
            candidates={available}
            current={current}
            context={textContext}
            onChange={(next, slideNumber) => update({ deck: next, slide: slideNumber })}
            onClose={() => setEditing(false)}
          />
        )}
      </main>
      {errors.length > 0 && <FileErrors errors={errors} />}
      {notesOpen && slide && (
        <section className="present-notes" aria-label={t.notes}>
          {speakerNotes(slide, textContext).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </section>
      )}
      <nav className="present-toolbar" aria-label={t.label}>
        <button type="button" onClick={() => act('previous')} disabled={current <= 1}>
          ‹ {t.previous}
        </button>
        <span className="present-counter" aria-live="polite">
          {t.slideOf(current, total)}
        </span>
        <button type="button" onClick={() => act('next')} disabled={current >= total}>
          {t.next} ›
        </button>
        <button type="button" aria-pressed={notesOpen} onClick={() => act('notes')}>
          {t.notes}
        </button>
        <button type="button" aria-pressed={editing} onClick={() => setEditing((open) => !open)}>
          {t.editDeck}
        </button>
        <button type="button" aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {t.themeDark}
        </button>
        <button type="button" onClick={() => act('fullscreen')}>
          {t.fullScreen}
        </button>
        <button type="button" onClick={() => act('exit')}>
          {t.exit}
        </button>
        <span className="present-help">{t.keysHelp}</span>
      </nav>
    </div>
  );
}

async function toggleFullScreen(element: HTMLElement | null): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen();
  else await element?.requestFullscreen().catch(() => undefined);
}
