import figureUrls from 'virtual:figure-files';
import { figureFileName, type FigureFileName } from '@/domain/figure-files';
import { compareCodes } from '@/domain/text';

/** A yearly figures file, discovered at build time: adding data/<index>/<year>.csv needs no code. `url` is its parse (JSON). */
export interface FigureFile extends FigureFileName {
  url: string;
}

export function figureFilesFromPaths(urls: Record<string, string>): FigureFile[] {
  return Object.entries(urls)
    .flatMap(([path, url]) => {
      const file = figureFileName(path);
      return file ? [{ ...file, url }] : [];
    })
    .sort((a, b) => compareCodes(a.index, b.index) || a.year - b.year);
}

export const FIGURE_FILES: readonly FigureFile[] = figureFilesFromPaths(figureUrls);

/** Newest years first: the latest results, which views show first, are the first downloaded and parsed. */
export const FIGURE_FILES_NEWEST_FIRST: readonly FigureFile[] = [...FIGURE_FILES].sort((a, b) => b.year - a.year || compareCodes(a.index, b.index));
