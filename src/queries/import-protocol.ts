import type { DataIssue } from '@/domain/issues';
import type { ImportAnalysis, ImportSettings } from '@/domain/import/analyze';
import type { TextEncodingName } from '@/domain/import/decode';
import type { Catalog } from '@/domain/types';

export interface ImportRequest {
  file: File;
  encoding: TextEncodingName;
  settings: ImportSettings;
  catalog: Catalog;
}

/** From the page: start one analysis, or stop it. Several analyses may run in the one worker. */
export type ImportCommand = { kind: 'analyse'; id: number; request: ImportRequest } | { kind: 'cancel'; id: number };

export type ImportMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; analysis: ImportAnalysis; invalidUtf8: boolean }
  | { kind: 'failed'; issue: DataIssue }
  | { kind: 'cancelled' };

/** To the page: what happened to analysis `id`. */
export interface ImportReply {
  id: number;
  message: ImportMessage;
}
