/// <reference lib="webworker" />
import { createImportAnalyzer } from '@/domain/import/analyze';
import { streamDecoder } from '@/domain/import/decode';
import { tableBuffers } from '@/domain/import/figure-table';
import type { ImportMessage, ImportRequest } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: ImportMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

/**
 * Reads, decodes, parses and validates one file off the main thread, piece by piece as File.stream()
 * gives it, telling how far it has got. The figures go back as typed arrays, handed over, not copied.
 */
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, encoding, settings, catalog } = event.data;
  try {
    const decoder = streamDecoder(encoding);
    const analyzer = createImportAnalyzer(settings, catalog);
    const reader = file.stream().getReader();
    let read = 0;
    let reported = 0;
    for (let chunk = await reader.read(); !chunk.done && !analyzer.stopped; chunk = await reader.read()) {
      analyzer.push(decoder.push(chunk.value));
      read += chunk.value.length;
      if (read - reported > file.size / 100) post({ kind: 'progress', fraction: (reported = read) / file.size });
    }
    await reader.cancel();
    analyzer.push(decoder.end());
    const analysis = analyzer.finish();
    post({ kind: 'done', analysis, invalidUtf8: decoder.invalidUtf8 }, tableBuffers(analysis.figures));
  } catch (error) {
    post({ kind: 'failed', issue: { file: file.name, line: 0, kind: 'missing-file', detail: error instanceof Error ? error.message : String(error) } });
  }
};
