import { useMemo } from 'react';
import type { DeckData } from '@/domain/slides/deck-data';
import { buildSlide } from '@/domain/slides/build-slide';
import { parseSlideCode } from '@/domain/slides/slide-code';
import type { SlideContext } from './slide-context';
import { SlideView } from './slide-view';

const CANVAS = { width: 1600, height: 900 };
const SCALE = 0.1;

/** A slide drawn small, for the deck editor: a picture only (hidden from assistive technology, which reads the label beside it). */
export function SlideThumbnail({ code, data, context, position, total }: { code: string; data: DeckData; context: SlideContext; position: number; total: number }) {
  const slide = useMemo(() => {
    const spec = parseSlideCode(code);
    return spec && buildSlide(data, spec);
  }, [code, data]);
  return (
    <div className="deck-thumb" aria-hidden="true" inert style={{ width: CANVAS.width * SCALE, height: CANVAS.height * SCALE }}>
      <div className="deck-thumb-canvas" style={{ ...CANVAS, transform: `scale(${SCALE})` }}>
        {slide && <SlideView slide={slide} context={context} data={data} position={position} total={total} />}
      </div>
    </div>
  );
}
