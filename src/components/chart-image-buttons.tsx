import { useRef, useState } from 'react';
import { exportFileName } from '@/domain/export/file-name';
import { figureImage } from '@/export/chart-image/figure-image';
import { svgToPng } from '@/export/chart-image/rasterise';
import { downloadBlob } from '@/export/download';
import { useMessages } from '@/state/use-i18n';
import './chart-image-buttons.css';

type Status = 'working' | 'saved' | 'copied' | 'copyUnavailable' | 'failed';

const canCopyImages = () => typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';

/**
 * PNG (2×, for slides), SVG and clipboard copies of the chart in the surrounding <figure>, drawn with its
 * title, legend, notes and source line. Place it inside the figure; `notes` adds those the page shows
 * outside it.
 */
export function ChartImageButtons({ nameParts, notes }: { nameParts: readonly (string | number | undefined)[]; notes?: readonly string[] }) {
  const t = useMessages().chartImage;
  const group = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>();
  const image = () => {
    const figure = group.current?.closest('figure');
    if (!figure) throw new Error('ChartImageButtons must be inside a <figure>');
    return figureImage(figure, notes);
  };
  const fileName = (extension: string) => exportFileName([...nameParts, t.fileSuffix], new Date(), extension);
  const run = async (task: () => Promise<Status>) => {
    setStatus('working');
    try {
      setStatus(await task());
    } catch (error) {
      console.warn('Chart image export failed', error);
      setStatus('failed');
    }
  };
  const png = async () => svgToPng(await image());
  const savePng = () =>
    run(async () => {
      downloadBlob(fileName('png'), await png());
      return 'saved';
    });
  const saveSvg = () =>
    run(async () => {
      downloadBlob(fileName('svg'), new Blob([(await image()).svg], { type: 'image/svg+xml;charset=utf-8' }));
      return 'saved';
    });
  const copy = () =>
    run(async () => {
      if (!canCopyImages()) return 'copyUnavailable';
      try {
        // The item takes the promise itself, so the browser still counts the write as part of the click.
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': png() })]);
        return 'copied';
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotAllowedError') return 'copyUnavailable';
        throw error;
      }
    });
  return (
    <div className="chart-image-buttons" role="group" aria-label={t.group} ref={group}>
      <button type="button" className="button" onClick={savePng} disabled={status === 'working'}>
        {t.png}
      </button>
      <button type="button" className="button" onClick={saveSvg} disabled={status === 'working'}>
        {t.svg}
      </button>
      <button type="button" className="button" onClick={copy} disabled={status === 'working'}>
        {t.copy}
      </button>
      <p className="chart-image-status" role="status">
        {status && t[status]}
      </p>
    </div>
  );
}
