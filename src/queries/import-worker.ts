/// <reference lib="webworker" />
import { analyzeImport } from '@/domain/import/analyze';
import { decodeBytes } from '@/domain/import/decode';
import type { ImportMessage, ImportRequest } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: ImportMessage) => self.postMessage(message);

// Reads, decodes, parses and validates one file off the main thread, telling how far it has got.
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, encoding, settings, catalog } = event.data;
  try {
    const { text, invalidUtf8 } = decodeBytes(new Uint8Array(await file.arrayBuffer()), encoding);
    post({ kind: 'progress', fraction: 0.05 });
    const analysis = analyzeImport(text, settings, catalog, (fraction) => post({ kind: 'progress', fraction: 0.05 + fraction * 0.9 }));
    post({ kind: 'done', analysis, invalidUtf8 });
  } catch (error) {
    post({ kind: 'failed', issue: { file: file.name, line: 0, kind: 'missing-file', detail: error instanceof Error ? error.message : String(error) } });
  }
};
