/// <reference lib="webworker" />
import { createImportAnalyzer, type ImportAnalysis, type ImportAnalyzer } from '@/domain/import/analyze';
import { streamDecoder } from '@/domain/import/decode';
import { tableBuffers } from '@/domain/import/figure-table';
import { SNIFF_BYTES, sniffBytes, UNREADABLE_KINDS } from '@/domain/import/sniff';
import type { ImportMessage, ImportRequest, ReadFormat } from './import-protocol';
import { readWorkbook } from './read-workbook';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: ImportMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);
const done = (analysis: ImportAnalysis, invalidUtf8: boolean, format: ReadFormat) => post({ kind: 'done', analysis, invalidUtf8, format }, tableBuffers(analysis.figures));

/** Decodes the file piece by piece as File.stream() gives it, telling how far it has got. */
async function analyzeText(file: File, format: Extract<ReadFormat, { kind: 'text' }>, analyzer: ImportAnalyzer) {
  const decoder = streamDecoder(format.encoding);
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
  done(analyzer.finish(), decoder.invalidUtf8, format);
}

async function analyzeWorkbook(file: File, sheet: string | undefined, analyzer: ImportAnalyzer) {
  const workbook = await readWorkbook(file, sheet).catch((error: unknown) => {
    post({ kind: 'failed', issue: { file: file.name, line: 0, kind: 'unreadable-workbook', detail: error instanceof Error ? error.message : String(error) } });
  });
  if (!workbook) return;
  analyzer.pushRows(workbook.rows);
  done(analyzer.finish(), false, { kind: 'workbook', sheets: workbook.sheets, sheet: workbook.sheet });
}

/**
 * Reads, decodes, parses and validates one file off the main thread. What the file is comes from its
 * first bytes, not its name: a workbook renamed .csv is still read as a workbook. The figures go back
 * as typed arrays, handed over, not copied.
 */
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, encoding, settings, catalog } = event.data;
  try {
    const sniffed = sniffBytes(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
    const analyzer = createImportAnalyzer(settings, catalog);
    if (sniffed.kind === 'xlsx') return await analyzeWorkbook(file, settings.sheet, analyzer);
    // Zero bytes and no known signature ('binary') are read as text all the same: the binary file is reported, or read as the UTF-16 chosen.
    if (sniffed.kind === 'text' || sniffed.kind === 'binary') {
      const detected = (sniffed.kind === 'text' && sniffed.encoding) || 'utf-8';
      return await analyzeText(file, { kind: 'text', encoding: encoding ?? detected, detected }, analyzer);
    }
    post({ kind: 'failed', issue: { file: file.name, line: 0, kind: UNREADABLE_KINDS[sniffed.kind] } });
  } catch (error) {
    post({ kind: 'failed', issue: { file: file.name, line: 0, kind: 'missing-file', detail: error instanceof Error ? error.message : String(error) } });
  }
};
