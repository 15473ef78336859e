import { formatList } from '@/i18n/format';
import type { SlideContext } from './slide-context';

/** The legend line of a slide's dashed break markers: "Đổi phương pháp: 2018, 2024"; nothing without breaks. */
export function BreaksLegendItem({ breaks, context }: { breaks: readonly number[]; context: SlideContext }) {
  const { t, lang, palette } = context;
  if (breaks.length === 0) return null;
  return (
    <li>
      <span className="slide-swatch slide-swatch-break" style={{ borderColor: palette.muted }} /> {t.methodChanges(formatList(breaks.map(String), lang))}
    </li>
  );
}
