import type { DataIssue } from '@/domain/issues';
import type { ImportAnalysis, ImportSettings } from '@/domain/import/analyze';
import type { TextEncodingName } from '@/domain/import/decode';
import type { Catalog } from '@/domain/types';

export interface ImportRequest {
  file: File;
  /** As chosen; when absent, told from the bytes (a byte order mark, UTF-16's zero bytes) or else UTF-8. */
  encoding?: TextEncodingName;
  settings: ImportSettings;
  catalog: Catalog;
}

/** How the file was read: as text in an encoding (and the one its bytes tell, used unless another is chosen), or one sheet of a workbook. */
export type ReadFormat = { kind: 'text'; encoding: TextEncodingName; detected: TextEncodingName } | { kind: 'workbook'; sheets: string[]; sheet: string };

export type ImportMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; analysis: ImportAnalysis; invalidUtf8: boolean; format: ReadFormat }
  | { kind: 'failed'; issue: DataIssue };
