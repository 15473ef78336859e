import { parseFigureFile, type FigureFileResult } from '@/domain/figures';
import type { DataIssue } from '@/domain/issues';
import { parsePlanRequest, type PlanParseRequest, type PlanParseResponse } from '@/domain/plans-files';
import type { Catalog, Figure } from '@/domain/types';

export type ParseRequest =
  | { kind: 'catalog'; catalog: Catalog }
  | { kind: 'figures'; file: string; index: string; year: number; text: string }
  | { kind: 'plans'; request: PlanParseRequest };

export type ParseResponse =
  | { kind: 'catalog' }
  | { kind: 'figures'; figures: Figure[]; issues: DataIssue[] }
  | { kind: 'plans'; response: PlanParseResponse };

/**
 * What the parser keeps between requests: the catalogue it was last sent (figures files are validated
 * against it, so it is not copied in with every file).
 */
export interface ParserState {
  catalog?: Catalog;
}

export const newParserState = (): ParserState => ({});

function figures(request: Extract<ParseRequest, { kind: 'figures' }>, { catalog }: ParserState): FigureFileResult {
  if (!catalog) return { figures: [], issues: [{ file: request.file, line: 0, kind: 'missing-file', detail: 'catalogue not loaded' }] };
  return parseFigureFile(request.file, request.index, request.year, request.text, catalog);
}

/** The work done off the main thread (no worker needed, so it is testable in Node). */
export function handleParseRequest(request: ParseRequest, state: ParserState): ParseResponse {
  switch (request.kind) {
    case 'catalog':
      state.catalog = request.catalog;
      return { kind: 'catalog' };
    case 'plans':
      return { kind: 'plans', response: parsePlanRequest(request.request) };
    case 'figures':
      return { kind: 'figures', ...figures(request, state) };
  }
}
