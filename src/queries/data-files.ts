/** A yearly figures file, discovered at build time: adding data/<index>/<year>.csv needs no code. */
export interface FigureFile {
  index: string;
  year: number;
  /** Name shown to people, relative to data/: "sipas/2024.csv". */
  name: string;
  url: string;
}

const figureUrls = import.meta.glob('/data/*/[0-9][0-9][0-9][0-9].csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const FIGURE_PATH = /^\/data\/([a-z0-9-]+)\/(\d{4})\.csv$/;

export function figureFilesFromPaths(urls: Record<string, string>): FigureFile[] {
  return Object.entries(urls)
    .flatMap(([path, url]) => {
      const match = FIGURE_PATH.exec(path);
      if (!match) return [];
      const [, index = '', year = ''] = match;
      return [{ index, year: Number(year), name: `${index}/${year}.csv`, url }];
    })
    .sort((a, b) => a.index.localeCompare(b.index) || a.year - b.year);
}

export const FIGURE_FILES: readonly FigureFile[] = figureFilesFromPaths(figureUrls);
