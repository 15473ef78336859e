import { useCallback, useEffect, useRef, useState } from 'react';
import { FileErrors } from '@/components/error-callout';
import { OfflineStatus } from '@/components/offline-status';
import { CITY } from '@/domain/city';
import { type Catalog } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';
import { useProjectorTheme } from '@/state/use-projector-theme';
import { useToday } from '@/state/use-today';
import { useUpdateView, useViewHref } from '@/state/use-view';
import { DeckEditor } from './deck-editor';
import type { DeckState } from './deck-edit';
import type { SlideContext } from './slide-context';
import { moveTo, slideAction, type SlideAction } from './slide-keys';
import { SLIDE_PALETTES } from './slide-theme';
import { SlideStage } from './slide-stage';
import { useDeckSync } from './use-deck-sync';
import { usePresentedDeck } from './use-presented-deck';

/** The projector's window: the slide alone, never the presenter's notes (they open in a second window). */
export function Presentation({ catalog }: { catalog: Catalog }) {
  const messages = useMessages();
  const t = messages.present;
  const lang = useLang();
  const today = useToday();
  const [theme, setTheme] = useProjectorTheme();
  const update = useUpdateView();
  const presented = usePresentedDeck(catalog);
  const { data, errors, pending, available, deck, codes, total, current, slide } = presented;
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState<{ deck: string[] | undefined; slide: number }[]>([]);
  const [blocked, setBlocked] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const presenterHref = useViewHref({ presenter: true, deck, slide: current });

  const edit = useCallback(
    (next: DeckState | undefined) => {
      setHistory((past) => [...past, { deck, slide: current }]);
      update(next ? { deck: next.codes, slide: next.current } : { deck: undefined, slide: 1 });
    },
    [deck, current, update],
  );
  const undo = useCallback(() => {
    const last = history.at(-1);
    if (!last) return;
    setHistory(history.slice(0, -1));
    update(last);
  }, [history, update]);
  const openPresenter = useCallback(() => setBlocked(!window.open(presenterHref, 'cantho-cchc-presenter', 'popup,width=1280,height=800')), [presenterHref]);

  const act = useCallback(
    (action: SlideAction) => {
      if (action === 'presenter') openPresenter();
      else if (action === 'fullscreen') void toggleFullScreen(root.current);
      else if (action === 'exit') {
        if (editing) setEditing(false);
        else update({ view: 'overview', slide: undefined });
      } else update({ slide: moveTo(action, current, total) });
    },
    [current, total, editing, update, openPresenter],
  );

  useDeckSync(deck, current, (next, slideNumber) => update({ deck: next, slide: slideNumber }), false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && editing) {
        event.preventDefault();
        undo();
        return;
      }
      const target = event.target instanceof HTMLElement ? event.target : document.body;
      const action = slideAction(event.key, target, event.ctrlKey || event.altKey || event.metaKey);
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, editing, undo]);

  useEffect(() => {
    document.title = `${t.label} · ${messages.appTitle}`;
  }, [t, messages]);

  const context: SlideContext = { catalog, unit: CITY, t, lang, palette: SLIDE_PALETTES[theme], today };

  return (
    <div ref={root} className="present" data-theme={theme}>
      <main className="present-main">
        <SlideStage slide={slide} context={context} data={data} position={current} total={total} pending={pending} />
        {editing && (
          <DeckEditor
            deck={{ codes, current }}
            data={data}
            candidates={available}
            context={context}
            canUndo={history.length > 0}
            onEdit={edit}
            onGo={(slideNumber) => update({ slide: slideNumber })}
            onUndo={undo}
            onClose={() => setEditing(false)}
          />
        )}
      </main>
      {errors.length > 0 && <FileErrors errors={errors} />}
      {blocked && (
        <p className="present-blocked" role="alert">
          {t.presenter.blocked}
        </p>
      )}
      <nav className="present-toolbar" aria-label={t.label}>
        <button type="button" onClick={() => act('previous')} disabled={current <= 1}>
          ‹ {t.previous}
        </button>
        <span className="present-counter" aria-live="polite">
          {t.slideOf(current, total)}
        </span>
        {/* The first slide can show from the totals while the rest of the deck is still being made. */}
        {pending && <span>{messages.loading}</span>}
        <button type="button" onClick={() => act('next')} disabled={current >= total}>
          {t.next} ›
        </button>
        <button type="button" onClick={() => act('presenter')}>
          {t.presenterView}
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
        <OfflineStatus />
        <span className="present-help">{t.keysHelp}</span>
      </nav>
    </div>
  );
}

async function toggleFullScreen(element: HTMLElement | null): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen();
  else await element?.requestFullscreen().catch(() => undefined);
}
