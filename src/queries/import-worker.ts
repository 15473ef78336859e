/// <reference lib="webworker" />
import { createImportAnalyzer } from '@/domain/import/analyze';
import type { ImportAnalysis, ImportAnalyzer } from '@/domain/import/analysis-types';
import { streamDecoder } from '@/domain/import/decode';
import { tableBuffers } from '@/domain/import/figure-table';
import { SNIFF_BYTES, sniffBytes, UNREADABLE_KINDS } from '@/domain/import/sniff';
import { errorText, missingFileIssue } from '@/domain/issues';
import type { ImportCommand, ImportMessage, ImportReply, ImportRequest, ReadFormat } from './import-protocol';
import { filePieces } from './file-pieces';
import { preloadWorkbookReader, readWorkbook } from './read-workbook';

declare const self: DedicatedWorkerGlobalScope;
const post = (id: number, message: ImportMessage, transfer: Transferable[] = []) => self.postMessage({ id, message } satisfies ImportReply, transfer);
const done = (id: number, analysis: ImportAnalysis, invalidUtf8: boolean, format: ReadFormat) => post(id, { kind: 'done', analysis, invalidUtf8, format }, tableBuffers(analysis.figures));

/** Progress is told at most this often: each message renders the import's form again on the page, beside the reading. */
const PROGRESS_EVERY_MS = 100;

const running = new Set<number>();
/** Analyses asked to stop; each checks between two pieces of its file. */
const cancelled = new Set<number>();

/** Decodes the file piece by piece (filePieces), telling how far it has got. */
async function analyseText(id: number, file: File, format: Extract<ReadFormat, { kind: 'text' }>, analyzer: ImportAnalyzer) {
  const decoder = streamDecoder(format.encoding);
  let read = 0;
  let reportedAt = performance.now();
  for await (const piece of filePieces(file)) {
    if (analyzer.stopped) break;
    if (cancelled.has(id)) return post(id, { kind: 'cancelled' });
    read += piece.length;
    analyzer.push(decoder.push(piece), read / file.size);
    if (performance.now() - reportedAt >= PROGRESS_EVERY_MS) {
      reportedAt = performance.now();
      post(id, { kind: 'progress', fraction: read / file.size });
    }
  }
  analyzer.push(decoder.end());
  done(id, analyzer.finish(), decoder.invalidUtf8, format);
}

async function analyseWorkbook(id: number, file: File, sheet: string | undefined, analyzer: ImportAnalyzer) {
  const workbook = await readWorkbook(file, sheet).catch((error: unknown) => {
    post(id, { kind: 'failed', issue: { file: file.name, line: 0, kind: 'unreadable-workbook', detail: errorText(error) } });
  });
  if (!workbook) return;
  if (cancelled.has(id)) return post(id, { kind: 'cancelled' });
  analyzer.pushRows(workbook.rows);
  done(id, analyzer.finish(), false, { kind: 'workbook', sheets: workbook.sheets, sheet: workbook.sheet });
}

/**
 * Reads, decodes, parses and validates one file. What the file is comes from its first bytes, not its
 * name: a workbook renamed .csv is still read as a workbook. The figures go back as typed arrays,
 * handed over, not copied.
 */
async function analyse(id: number, { file, encoding, settings, catalog }: ImportRequest) {
  const sniffed = sniffBytes(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  const analyzer = createImportAnalyzer(settings, catalog);
  if (sniffed.kind === 'xlsx') return analyseWorkbook(id, file, settings.sheet, analyzer);
  // Zero bytes and no known signature ('binary') are read as text all the same: the binary file is reported, or read as the UTF-16 chosen.
  if (sniffed.kind === 'text' || sniffed.kind === 'binary') {
    const detected = (sniffed.kind === 'text' && sniffed.encoding) || 'utf-8';
    return analyseText(id, file, { kind: 'text', encoding: encoding ?? detected, detected }, analyzer);
  }
  post(id, { kind: 'failed', issue: { file: file.name, line: 0, kind: UNREADABLE_KINDS[sniffed.kind] } });
}

// The worker lives as long as the page, so an import started offline needs no script from the network.
preloadWorkbookReader();
self.onmessage = (event: MessageEvent<ImportCommand>) => {
  const command = event.data;
  if (command.kind === 'cancel') {
    if (running.has(command.id)) cancelled.add(command.id);
    else post(command.id, { kind: 'cancelled' });
    return;
  }
  running.add(command.id);
  analyse(command.id, command.request)
    .catch((error: unknown) => post(command.id, { kind: 'failed', issue: missingFileIssue(command.request.file.name, errorText(error)) }))
    .finally(() => {
      running.delete(command.id);
      cancelled.delete(command.id);
    });
};
