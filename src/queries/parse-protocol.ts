import { parseCatalog } from '@/domain/catalog';
import type { CatalogFile } from '@/domain/catalog-files';
import { parseFigureFile } from '@/domain/figures';
import type { DataIssue } from '@/domain/issues';
import { parsePlanRequest, type PlanParseRequest, type PlanParseResponse } from '@/domain/plans-files';
import type { Catalog, Figure } from '@/domain/types';

export type ParseRequest =
  | { kind: 'catalog'; texts: Record<CatalogFile, string> }
  | { kind: 'figures'; file: string; index: string; year: number; text: string; catalog: Catalog }
  | { kind: 'plans'; request: PlanParseRequest };

export type ParseResponse =
  | { kind: 'catalog'; catalog?: Catalog; issues: DataIssue[] }
  | { kind: 'figures'; figures: Figure[]; issues: DataIssue[] }
  | { kind: 'plans'; response: PlanParseResponse };

/** The work done off the main thread (pure, so it is testable without a worker). */
export function handleParseRequest(request: ParseRequest): ParseResponse {
  if (request.kind === 'catalog') return { kind: 'catalog', ...parseCatalog(request.texts) };
  if (request.kind === 'plans') return { kind: 'plans', response: parsePlanRequest(request.request) };
  const { figures, issues } = parseFigureFile(request.file, request.index, request.year, request.text, request.catalog);
  return { kind: 'figures', figures, issues };
}
