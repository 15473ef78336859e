import { useEffect, useMemo } from 'react';
import { FileErrors } from '@/components/error-callout';
import { SourceLine } from '@/components/source-line';
import { CITY } from '@/domain/city';
import { talkingPoints } from '@/domain/slides/talking-points';
import type { Catalog } from '@/domain/types';
import { formatDuration } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { useProjectorTheme } from '@/state/use-projector-theme';
import { useToday } from '@/state/use-today';
import { useUpdateView } from '@/state/use-view';
import type { SlideContext } from './slide-context';
import { moveTo, slideAction } from './slide-keys';
import { SlideStage } from './slide-stage';
import { SLIDE_PALETTES } from './slide-theme';
import { talkingPointText } from './talking-points-text';
import { useDeckSync } from './use-deck-sync';
import { useElapsed } from './use-elapsed';
import { usePresentedDeck } from './use-presented-deck';

/** The presenter's window: the slide shown and the next, two or three talking points, a timer; in step with the projector both ways. */
export function PresenterScreen({ catalog }: { catalog: Catalog }) {
  const messages = useMessages();
  const t = messages.present;
  const lang = useLang();
  const today = useToday();
  const [theme] = useProjectorTheme();
  const update = useUpdateView();
  const { data, errors, pending, deck, total, current, slide, next } = usePresentedDeck(catalog);
  const { seconds, reset } = useElapsed();
  const context: SlideContext = useMemo(() => ({ catalog, unit: CITY, t, lang, palette: SLIDE_PALETTES[theme], today }), [catalog, t, lang, theme, today]);
  const points = useMemo(() => (slide ? talkingPoints(slide, data).map((point) => talkingPointText(point, context, messages.plans)) : []), [slide, data, context, messages.plans]);

  useDeckSync(deck, current, (codes, slideNumber) => update({ deck: codes, slide: slideNumber }), true);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : document.body;
      const action = slideAction(event.key, target, event.ctrlKey || event.altKey || event.metaKey);
      if (!action || action === 'presenter' || action === 'fullscreen') return;
      event.preventDefault();
      if (action === 'exit') window.close();
      else update({ slide: moveTo(action, current, total) });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, total, update]);

  useEffect(() => {
    document.title = `${t.presenter.title} · ${messages.appTitle}`;
  }, [t, messages]);

  return (
    <div className="present presenter" data-theme={theme}>
      <main className="presenter-grid">
        <section className="presenter-current" aria-label={t.presenter.current}>
          <h2>{t.presenter.current}</h2>
          <SlideStage slide={slide} context={context} data={data} position={current} total={total} pending={pending} className="presenter-stage" />
        </section>
        <section className="presenter-side">
          <div className="presenter-clock">
            <p className="presenter-counter" data-testid="presenter-counter">
              {t.slideOf(current, total)}
            </p>
            <p>
              <span className="presenter-label">{t.presenter.timer}</span>{' '}
              <time className="presenter-time" data-testid="presenter-timer">
                {formatDuration(seconds)}
              </time>
            </p>
            <button type="button" onClick={reset}>
              {t.presenter.reset}
            </button>
          </div>
          <section className="presenter-next" aria-label={t.presenter.next}>
            <h2>{t.presenter.next}</h2>
            {current < total ? (
              <SlideStage slide={next} context={context} data={data} position={current + 1} total={total} pending={pending} className="presenter-stage" />
            ) : (
              <p>{t.presenter.lastSlide}</p>
            )}
          </section>
        </section>
        <section className="presenter-points" aria-label={t.presenter.points}>
          <h2>{t.presenter.points}</h2>
          {points.length > 0 ? (
            <ul>
              {points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          ) : (
            <p>{t.presenter.noPoints}</p>
          )}
          {slide && slide.sources.length > 0 && (
            <details className="presenter-sources">
              <summary>{t.presenter.allSources(slide.sources.length)}</summary>
              <SourceLine sources={slide.sources} />
            </details>
          )}
        </section>
      </main>
      {errors.length > 0 && <FileErrors errors={errors} />}
      <nav className="present-toolbar" aria-label={t.presenter.title}>
        <button type="button" onClick={() => update({ slide: moveTo('previous', current, total) })} disabled={current <= 1}>
          ‹ {t.previous}
        </button>
        <span className="present-counter">{t.slideOf(current, total)}</span>
        <button type="button" onClick={() => update({ slide: moveTo('next', current, total) })} disabled={current >= total}>
          {t.next} ›
        </button>
      </nav>
    </div>
  );
}
