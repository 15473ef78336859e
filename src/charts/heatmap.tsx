export interface HeatmapProps {
  caption: string;
  corner: string;
  columns: readonly { key: string; label: string }[];
  rows: readonly { key: string; label: string; emphasis: boolean; cells: readonly (number | null)[] }[];
  formatCell: (value: number) => string;
}

// Light to dark blue by share of the maximum; dark cells get white text (contrast ≥ 4.5:1 both ways).
const STOPS: [number, number, number][] = [
  [238, 244, 251],
  [8, 66, 125],
];

export function heatColor(pct: number): { background: string; color: string } {
  const t = Math.min(Math.max(pct / 100, 0), 1);
  const [from, to] = STOPS as [[number, number, number], [number, number, number]];
  const mix = from.map((c, i) => Math.round(c + (to[i]! - c) * t));
  return { background: `rgb(${mix.join(' ')})`, color: t > 0.55 ? '#ffffff' : '#1d2939' };
}

/** A heatmap as a table: every value readable in its cell, and the table is its own text alternative. */
export function Heatmap({ caption, corner, columns, rows, formatCell }: HeatmapProps) {
  return (
    <div className="table-scroll">
      <table className="heatmap">
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
              {row.cells.map((value, i) => (
                <td key={columns[i]?.key ?? i} style={value === null ? undefined : heatColor(value)}>
                  {value === null ? '—' : formatCell(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
