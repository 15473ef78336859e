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

export type ImportMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; analysis: ImportAnalysis; invalidUtf8: boolean }
  | { kind: 'failed'; issue: DataIssue };
