import { useRef } from 'react';
import type { Slide } from '@/domain/slides/slide-types';
import type { DeckData } from '@/domain/slides/deck-data';
import { useMessages } from '@/state/use-i18n';
import type { SlideContext } from './slide-context';
import { SlideView } from './slide-view';
import { useCanvas } from './use-canvas';

interface SlideStageProps {
  slide: Slide | undefined;
  context: SlideContext;
  data: DeckData;
  position: number;
  total: number;
  pending: boolean;
  className?: string;
}

/** A slide scaled to the box it is given: the projector's whole screen, or a panel of the presenter's window. */
export function SlideStage({ slide, context, data, position, total, pending, className = 'present-stage' }: SlideStageProps) {
  const messages = useMessages();
  const stage = useRef<HTMLDivElement>(null);
  const canvas = useCanvas(stage);
  return (
    <div ref={stage} className={className}>
      {canvas && (
        <div className="slide-canvas" style={{ width: canvas.width, height: canvas.height, transform: `scale(${canvas.scale})` }} data-testid="slide-canvas">
          {slide ? (
            <SlideView slide={slide} context={context} data={data} position={position} total={total} />
          ) : pending ? (
            <p className="slide-message">{messages.loading}</p>
          ) : total === 0 ? (
            <p className="slide-message">{context.t.emptyDeck}</p>
          ) : (
            <p className="slide-message">{context.t.slideUnavailable}</p>
          )}
        </div>
      )}
    </div>
  );
}
