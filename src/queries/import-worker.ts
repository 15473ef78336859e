/// <reference lib="webworker" />
import { createImportAnalyzer } from '@/domain/import/analyze';
import { streamDecoder } from '@/domain/import/decode';
import { tableBuffers } from '@/domain/import/figure-table';
import type { ImportCommand, ImportMessage, ImportReply, ImportRequest } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;
const post = (id: number, message: ImportMessage, transfer: Transferable[] = []) => self.postMessage({ id, message } satisfies ImportReply, transfer);

const running = new Set<number>();
/** Analyses asked to stop; each checks between two pieces of its file. */
const cancelled = new Set<number>();

/**
 * Reads, decodes, parses and validates one file piece by piece as File.stream() gives it, telling
 * how far it has got. The figures go back as typed arrays, handed over, not copied.
 */
async function analyse(id: number, { file, encoding, settings, catalog }: ImportRequest) {
  const decoder = streamDecoder(encoding);
  const analyzer = createImportAnalyzer(settings, catalog);
  const reader = file.stream().getReader();
  let read = 0;
  let reported = 0;
  for (let chunk = await reader.read(); !chunk.done && !analyzer.stopped; chunk = await reader.read()) {
    if (cancelled.has(id)) {
      await reader.cancel();
      return post(id, { kind: 'cancelled' });
    }
    analyzer.push(decoder.push(chunk.value));
    read += chunk.value.length;
    if (read - reported > file.size / 100) post(id, { kind: 'progress', fraction: (reported = read) / file.size });
  }
  await reader.cancel();
  analyzer.push(decoder.end());
  const analysis = analyzer.finish();
  post(id, { kind: 'done', analysis, invalidUtf8: decoder.invalidUtf8 }, tableBuffers(analysis.figures));
}

// The worker lives as long as the page, so an import started offline needs no script from the network.
self.onmessage = (event: MessageEvent<ImportCommand>) => {
  const command = event.data;
  if (command.kind === 'cancel') {
    if (running.has(command.id)) cancelled.add(command.id);
    else post(command.id, { kind: 'cancelled' });
    return;
  }
  running.add(command.id);
  analyse(command.id, command.request)
    .catch((error: unknown) => post(command.id, { kind: 'failed', issue: { file: command.request.file.name, line: 0, kind: 'missing-file', detail: error instanceof Error ? error.message : String(error) } }))
    .finally(() => {
      running.delete(command.id);
      cancelled.delete(command.id);
    });
};
