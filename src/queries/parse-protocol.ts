import { parseCatalog } from '@/domain/catalog';
import type { CatalogFile } from '@/domain/catalog-files';
import { parseFigureFile } from '@/domain/figures';
import type { DataIssue } from '@/domain/issues';
import type { Catalog, Figure } from '@/domain/types';

export type ParseRequest =
  | { kind: 'catalog'; texts: Record<CatalogFile, string> }
  | { kind: 'figures'; file: string; index: string; year: number; text: string; catalog: Catalog };

export type ParseResponse =
  | { kind: 'catalog'; catalog?: Catalog; issues: DataIssue[] }
  | { kind: 'figures'; figures: Figure[]; issues: DataIssue[] };

/** The work done off the main thread (pure, so it is testable without a worker). */
export function handleParseRequest(request: ParseRequest): ParseResponse {
  if (request.kind === 'catalog') return { kind: 'catalog', ...parseCatalog(request.texts) };
  const { figures, issues } = parseFigureFile(request.file, request.index, request.year, request.text, request.catalog);
  return { kind: 'figures', figures, issues };
}
