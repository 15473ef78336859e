import type { Plan } from '@/domain/plans-types';
import type { DeckData } from '@/domain/slides/deck-data';
import type { Slide } from '@/domain/slides/slide-types';
import type { SlideContext } from './slide-context';
import { slideCredits } from '@/domain/slides/slide-credits';
import { creditLine } from '@/i18n/credit-line';
import { useMessages } from '@/state/use-i18n';
import { slideTitle } from './slide-text';
import { HeadlineSlideBody } from './headline-slide';
import { FewPointsTable } from './few-points-table';
import { hasFewPoints } from '@/domain/slides/few-points';
import { StandingSlideBody } from './standing-slide';
import { TargetsSlideBody } from './targets-slide';
import { TitleSlideBody } from './title-slide';
import { ComponentsSlideBody, DriversSlideBody, RankingSlideBody, RankSlideBody, TrendSlideBody } from './slide-charts';

// A chart slide's body while the chart's code is on its way: busy, so that nothing reads the slide as drawn.
const chartLoading = <div className="slide-chart-loading" aria-busy="true" />;

function SlideBody({ slide, context, plans }: { slide: Slide; context: SlideContext; plans: ReadonlyMap<string, Plan> }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlideBody slide={slide} context={context} />;
    case 'headline':
      return <HeadlineSlideBody slide={slide} context={context} />;
    case 'trend':
      return hasFewPoints(slide) ? <FewPointsTable slide={slide} context={context} /> : <TrendSlideBody.Part fallback={chartLoading} slide={slide} context={context} />;
    case 'rank':
      return hasFewPoints(slide) ? <FewPointsTable slide={slide} context={context} /> : <RankSlideBody.Part fallback={chartLoading} slide={slide} context={context} />;
    case 'ranking':
      return <RankingSlideBody.Part fallback={chartLoading} slide={slide} context={context} />;
    case 'standing':
      return <StandingSlideBody slide={slide} context={context} />;
    case 'components':
      return <ComponentsSlideBody.Part fallback={chartLoading} slide={slide} context={context} />;
    case 'drivers':
      return <DriversSlideBody.Part fallback={chartLoading} slide={slide} context={context} />;
    case 'targets':
      return <TargetsSlideBody slide={slide} context={context} plans={plans} />;
  }
}

interface SlideViewProps {
  slide: Slide;
  context: SlideContext;
  data: DeckData;
  position: number;
  /** 0 while the default deck is still being made (the cover shows from the totals meanwhile): the counter then gives the position alone. */
  total: number;
}

/** One slide: its heading, its body, and at its foot one short source line (the publishers; the full list is on the presenter's screen) and the slide counter. */
export function SlideView({ slide, context, data, position, total }: SlideViewProps) {
  const { t, lang } = context;
  const plansText = useMessages().plans;
  return (
    <article className={`slide slide-${slide.kind}${slide.kind === 'title' ? ' slide-title-only' : ''}`} aria-roledescription="slide" aria-label={context.t.slideOf(position, total)}>
      {slide.kind !== 'title' && <h1 className="slide-title">{slideTitle(slide, context)}</h1>}
      <div className="slide-body">
        <SlideBody slide={slide} context={context} plans={data.plans} />
      </div>
      <footer className="slide-foot">
        <p className="slide-source">{creditLine(slideCredits(slide, data), t.source, lang, plansText)}</p>
        <p className="slide-counter" data-testid="slide-counter">
          {total > 0 ? `${position}/${total}` : position}
        </p>
      </footer>
    </article>
  );
}
