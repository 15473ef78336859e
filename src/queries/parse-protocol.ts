import { parseCatalog } from '@/domain/catalog';
import type { CatalogFile } from '@/domain/catalog-files';
import { parseFigureFile, type FigureFileResult } from '@/domain/figures';
import type { DataIssue } from '@/domain/issues';
import { parsePlanRequest, type PlanParseRequest, type PlanParseResponse } from '@/domain/plans-files';
import { TOTAL, type Catalog, type Figure } from '@/domain/types';

/** A whole yearly file, or only its totals (all the overview needs: far less to copy between threads). */
export type FigurePart = 'all' | 'totals';

export type ParseRequest =
  | { kind: 'catalog'; texts: Record<CatalogFile, string> }
  | { kind: 'figures'; file: string; index: string; year: number; text: string; part: FigurePart }
  | { kind: 'plans'; request: PlanParseRequest };

export type ParseResponse =
  | { kind: 'catalog'; catalog?: Catalog; issues: DataIssue[] }
  | { kind: 'figures'; figures: Figure[]; issues: DataIssue[] }
  | { kind: 'plans'; response: PlanParseResponse };

/**
 * What the parser keeps between requests: the catalogue it last parsed (figures files are validated
 * against it, so it is not copied in with every file) and each figures file once validated.
 */
export interface ParserState {
  catalog?: Catalog;
  figures: Map<string, FigureFileResult>;
}

export const newParserState = (): ParserState => ({ figures: new Map() });

function figures(request: Extract<ParseRequest, { kind: 'figures' }>, state: ParserState): FigureFileResult {
  const { catalog } = state;
  if (!catalog) return { figures: [], issues: [{ file: request.file, line: 0, kind: 'missing-file', detail: 'catalogue not loaded' }] };
  const cached = state.figures.get(request.file);
  const result = cached ?? parseFigureFile(request.file, request.index, request.year, request.text, catalog);
  state.figures.set(request.file, result);
  return request.part === 'all' ? result : { figures: result.figures.filter((f) => f.component === TOTAL), issues: result.issues };
}

/** The work done off the main thread (no worker needed, so it is testable in Node). */
export function handleParseRequest(request: ParseRequest, state: ParserState): ParseResponse {
  switch (request.kind) {
    case 'catalog': {
      const result = parseCatalog(request.texts);
      state.catalog = result.catalog;
      state.figures.clear();
      return { kind: 'catalog', ...result };
    }
    case 'plans':
      return { kind: 'plans', response: parsePlanRequest(request.request) };
    case 'figures':
      return { kind: 'figures', ...figures(request, state) };
  }
}
