/** Room for the longest name ("Thạnh Lịch Hội Thượng", "Lâm Đồng (mới)") at `fontSize`: long names do not wrap in SVG. */
export const labelWidth = (labels: readonly string[], fontSize: number) =>
  Math.round(Math.min(12.5 * fontSize, Math.max(7.7 * fontSize, Math.ceil(0.58 * fontSize * Math.max(0, ...labels.map((label) => label.length))))));
