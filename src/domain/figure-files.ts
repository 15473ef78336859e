/** A yearly figures file's place in data/: "<index>/<year>.csv" (every such file is bundled, no code names them). */
const FIGURE_PATH = /^([a-z0-9-]+)\/(\d{4})\.csv$/;

export interface FigureFileName {
  index: string;
  year: number;
  /** The path relative to data/: "sipas/2024.csv". */
  name: string;
}

/** The index and year of a path relative to data/, or undefined when it is not a yearly figures file. */
export function figureFileName(path: string): FigureFileName | undefined {
  const match = FIGURE_PATH.exec(path);
  if (!match) return undefined;
  const [, index = '', year = ''] = match;
  return { index, year: Number(year), name: path };
}
