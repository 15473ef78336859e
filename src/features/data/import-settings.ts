import type { ImportSettings } from '@/domain/import/analysis-types';
import type { TextEncodingName } from '@/domain/import/decode';
import { guessIndexYear, userSourceId, webAddress } from '@/domain/import/guess';
import { isoFromTypedDate } from '@/domain/import/typed-date';
import type { Catalog, Source } from '@/domain/types';

/** What the user has chosen for one file, beyond what is guessed from it. */
export interface JobSettings extends ImportSettings {
  /** As chosen; told from the file's bytes when absent. */
  encoding?: TextEncodingName;
  /** A source typed in for this import, when none of the catalogue fits; its date as typed (dd/mm/yyyy). */
  newSource?: TypedSource;
}

export interface TypedSource {
  title: string;
  publisher: string;
  date: string;
  url: string;
}

export const EMPTY_SOURCE: TypedSource = { title: '', publisher: '', date: '', url: '' };

export function initialSettings(fileName: string, catalog: Catalog, fallbackIndex: string, latestYear: (index: string) => number | undefined): JobSettings {
  const guess = guessIndexYear(fileName, catalog);
  const index = guess.index ?? fallbackIndex;
  return { fileName, index, year: guess.year ?? latestYear(index) ?? new Date().getFullYear(), source: '' };
}

export function typedSource(settings: JobSettings): Source | undefined {
  const typed = settings.newSource;
  if (!typed || typed.title.trim() === '') return undefined;
  const url = webAddress(typed.url);
  const date = isoFromTypedDate(typed.date);
  return { id: userSourceId(typed.title, url ?? ''), title: typed.title.trim(), publisher: typed.publisher.trim(), ...(date && { date }), url, note: '' };
}

/** A typed source address that is not a web page: it is refused, and nothing is applied until it is mended or cleared. */
export function refusedSourceUrl(settings: JobSettings): boolean {
  const typed = settings.newSource?.url.trim() ?? '';
  return typed !== '' && webAddress(typed) === undefined;
}

/** A typed date that is not a day written dd/mm/yyyy: refused like a wrong address, never stored half-read. */
export function refusedSourceDate(settings: JobSettings): boolean {
  const typed = settings.newSource?.date.trim() ?? '';
  return typed !== '' && isoFromTypedDate(typed) === undefined;
}

/** The settings the analysis runs with: a typed source becomes the source of every row. */
export function effectiveSettings(settings: JobSettings): ImportSettings {
  const source = typedSource(settings);
  return { ...settings, source: source?.id ?? settings.source };
}

/** The catalogue with the typed source added, so rows citing it validate. */
export function catalogWithSource(catalog: Catalog, source: Source | undefined): Catalog {
  return source ? { ...catalog, sources: new Map([...catalog.sources, [source.id, source]]) } : catalog;
}
