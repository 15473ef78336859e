import type { DataIssue } from '@/domain/issues';
import type { ImportAnalysis, ImportSettings } from '@/domain/import/analysis-types';
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

/** From the page: start one analysis, or stop it. Several analyses may run in the one worker. */
export type ImportCommand = { kind: 'analyse'; id: number; request: ImportRequest } | { kind: 'cancel'; id: number };

export type ImportMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; analysis: ImportAnalysis; invalidUtf8: boolean; format: ReadFormat }
  | { kind: 'failed'; issue: DataIssue }
  | { kind: 'cancelled' };

/** To the page: what happened to analysis `id`. */
export interface ImportReply {
  id: number;
  message: ImportMessage;
}
