export interface HeatmapProps {
  caption: string;
  corner: string;
  /** A column still `loading` shows the loading state in each of its cells, whatever they hold. */
  columns: readonly { key: string; label: string; loading?: boolean }[];
  rows: readonly { key: string; label: string; emphasis: boolean; cells: readonly (number | null)[] }[];
  formatCell: (value: number) => string;
  /** What a loading cell says to a screen reader (it shows an ellipsis). */
  loadingText?: string;
}

// Light to dark blue by share of the maximum.
const STOPS: [number, number, number][] = [
  [238, 244, 251],
  [8, 66, 125],
];

/** Relative luminance of an sRGB colour (WCAG 2.1). */
function luminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function heatColor(pct: number): { background: string; color: string } {
  const t = Math.min(Math.max(pct / 100, 0), 1);
  const [from, to] = STOPS as [[number, number, number], [number, number, number]];
  const mix = from.map((c, i) => Math.round(c + (to[i]! - c) * t));
  // White or black text, whichever contrasts more: on mid blues only black reaches 4.5:1 (a grey ink does not).
  const l = luminance(mix);
  return { background: `rgb(${mix.join(' ')})`, color: 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000' };
}

/** A heatmap as a table: every value readable in its cell, and the table is its own text alternative. */
export function Heatmap({ caption, corner, columns, rows, formatCell, loadingText }: HeatmapProps) {
  const loading = columns.some((c) => c.loading);
  return (
    <div className="table-scroll">
      <table className="heatmap" aria-busy={loading || undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.emphasis ? 'emphasis' : undefined}>
              <th scope="row">{row.label}</th>
              {row.cells.map((value, i) =>
                columns[i]?.loading ? (
                  <td key={columns[i].key} className="loading">
                    <span aria-hidden="true">…</span>
                    {loadingText && <span className="visually-hidden">{loadingText}</span>}
                  </td>
                ) : (
                  <td key={columns[i]?.key ?? i} style={value === null ? undefined : heatColor(value)}>
                    {value === null ? '—' : formatCell(value)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
