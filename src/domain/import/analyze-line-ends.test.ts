import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { analyzeImport, createImportAnalyzer } from './analyze';
import type { ImportAnalysis, ImportSettings } from './analysis-types';
import { streamDecoder } from './decode';
import { diffFigures } from './diff';
import { tableFigures } from './figure-table';

// Every CSV here is a made-up test file written inline, not real data.
const catalog = tinyCatalog();
const settings: ImportSettings = { fileName: 'test-line-ends.csv', index: 'par', year: 2024, source: 's1', rankOf: 63 };

/** As the import worker reads a file: bytes in pieces, decoded, then analysed. */
function throughWorkerSteps(text: string, piece: number): ImportAnalysis {
  const bytes = new TextEncoder().encode(text);
  const decoder = streamDecoder();
  const analyzer = createImportAnalyzer(settings, catalog);
  for (let at = 0; at < bytes.length && !analyzer.stopped; at += piece) analyzer.push(decoder.push(bytes.subarray(at, at + piece)));
  analyzer.push(decoder.end());
  return analyzer.finish();
}

/** The same text whole, in pieces of characters, and through the worker's steps in pieces of bytes. */
function everyWay(text: string): ImportAnalysis[] {
  const inPieces = (size: number) => {
    const analyzer = createImportAnalyzer(settings, catalog);
    for (let at = 0; at < text.length; at += size) analyzer.push(text.slice(at, at + size));
    return analyzer.finish();
  };
  return [analyzeImport(text, settings, catalog), inPieces(1), inPieces(5), throughWorkerSteps(text, 1), throughWorkerSteps(text, 7), throughWorkerSteps(text, 64)];
}

const withEnds = (lines: readonly string[], ends: readonly string[]) => lines.map((line, i) => line + ends[i % ends.length]).join('');

const STYLES = [
  ['LF', ['\n']],
  ['CRLF', ['\r\n']],
  ['CR', ['\r']],
  ['a CRLF header over LF rows', ['\r\n', '\n', '\n', '\n', '\n']],
  ['LF, CR and CRLF mixed', ['\n', '\r', '\r\n', '\r', '\n']],
] as const;

const HEADER = 'unit,component,score,rank,rank_of,status,source,derivation,note';

describe('line ends', () => {
  it.each(STYLES)('%s: every row once, with its line', (_, ends) => {
    const text = withEnds([HEADER, 'P59,total,89.13,22,63,published,s1,,', 'P60,total,85.5,40,63,published,s1,,', 'P61,total,80,50,63,published,s1,,'], ends);
    for (const analysis of everyWay(text)) {
      expect(analysis.issues).toEqual([]);
      expect(tableFigures(analysis.figures).map((f) => [f.unit, f.line, f.note])).toEqual([
        ['P59', 2, ''],
        ['P60', 3, ''],
        ['P61', 4, ''],
      ]);
    }
  });

  it.each(STYLES)('%s: a quoted note spanning lines is one cell, and the lines after it keep their numbers', (_, ends) => {
    const end = ends[1 % ends.length] ?? '\n';
    const text = withEnds([HEADER, `P59,total,89.13,22,63,published,s1,,"hai${end}dòng"`, 'P60,total,85.5,40,63,published,s1,,', 'P61,total,80,50,63,published,s1,,'], ends);
    for (const analysis of everyWay(text)) {
      expect(tableFigures(analysis.figures).map((f) => [f.unit, f.line, f.note])).toEqual([
        ['P59', 2, 'hai\ndòng'],
        ['P60', 4, ''],
        ['P61', 5, ''],
      ]);
    }
  });

  it.each(STYLES)('%s: each problem is named at its own line', (_, ends) => {
    const text = withEnds(['Tỉnh;Điểm', 'Cần Thơ;8,5x', 'Hà Nội;"9', 'x"', 'Atlantis;80'], ends);
    for (const analysis of everyWay(text)) {
      expect(analysis.issues.map((issue) => [issue.kind, issue.line])).toEqual([
        ['not-a-number', 2],
        ['not-a-number', 3],
        ['unknown-unit', 5],
      ]);
    }
  });

  it.each(STYLES)('%s: the preview counts what Apply stores', (_, ends) => {
    const text = withEnds([HEADER, 'P59,total,89.13,22,63,published,s1,,', 'P60,total,85.5,40,63,published,s1,,', 'P61,total,80,50,63,published,s1,,'], ends);
    const analysis = throughWorkerSteps(text, 16);
    const diff = diffFigures([], analysis.figures);
    const stored = tableFigures(analysis.figures);
    expect(diff.added + diff.changed + diff.removed + diff.unchanged).toBe(stored.length);
    expect(diff.rows.map((row) => row.after)).toEqual(stored);
    expect(stored).toHaveLength(3);
  });
});
