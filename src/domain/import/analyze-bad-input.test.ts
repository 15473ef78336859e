import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '@/domain/testing/bundled-data';
import { analyzeImport } from './analyze';
import type { ImportSettings } from './analysis-types';

// Every table here is a made-up test file written inline, not real results; the names are real units.
const catalog = loadBundledCatalog();
const settings = (change: Partial<ImportSettings>): ImportSettings => ({ fileName: 'test-not-real.csv', index: 'par', year: 2025, source: 'nq-202-2025-qh15', ...change });
const HEADER = 'Tỉnh/thành phố;Chỉ số (%);Xếp hạng';

describe('bad input in a file of results across 01/07/2025: reported once with its line, nothing applied', () => {
  it.each([
    ['a pre-merger province in a 2025 file', settings({}), `${HEADER}\nThành phố Cần Thơ;89,13%;1\nTỉnh Hậu Giang;80,00%;2`, { kind: 'unit-ended', line: 3, column: 'Tỉnh/thành phố', raw: 'Tỉnh Hậu Giang', unitChange: { date: '2025-07-01', year: 2025, instead: [{ vi: 'Cần Thơ (từ 2025)', en: 'Can Tho (from 2025)' }] } }],
    ['the pre-merger city by its catalogue code in a 2025 file', settings({}), `${HEADER}\nCần Thơ;89;1\nP59;80;2`, { kind: 'unit-ended', line: 3, raw: 'Cần Thơ', unitChange: { date: '2025-07-01', instead: [{ vi: 'Cần Thơ (từ 2025)' }] } }],
    ['the merged city by its code in a 2024 file', settings({ year: 2024 }), `${HEADER}\nN25-can-tho;89;1`, { kind: 'unit-not-yet-formed', line: 2, unitChange: { date: '2025-07-01', year: 2024, instead: [{ vi: 'Cần Thơ' }, { vi: 'Hậu Giang' }, { vi: 'Sóc Trăng' }] } }],
    ['a 2025 ward in a 2024 file of the city index', settings({ index: 'ct-par', year: 2024 }), 'Đơn vị;Điểm;Hạng\nPhường Cái Khế;80;1', { kind: 'unit-not-yet-formed', line: 2, raw: 'Phường Cái Khế', unitChange: { date: '2025-07-01', year: 2024 } }],
    ['a district in a 2025 file of the city index', settings({ index: 'ct-par', year: 2025 }), 'Đơn vị;Điểm;Hạng\nQuận Ninh Kiều;80;1', { kind: 'unit-ended', line: 2, raw: 'Quận Ninh Kiều', unitChange: { date: '2025-07-01', year: 2025, instead: [] } }],
    ['a rank larger than the rows ranked', settings({}), `${HEADER}\nCần Thơ;89;1\nHà Nội;80;35`, { kind: 'rank-above-rows', line: 3, column: 'Xếp hạng', detail: '35/2' }],
    ['a rank larger than the number the user gives', settings({ rankOf: 34 }), `${HEADER}\nCần Thơ;89;1\nHà Nội;80;35`, { kind: 'rank-above-denominator', line: 3, detail: '35/34' }],
    ['a written denominator below the rows ranked', settings({}), 'unit,component,score,rank,rank_of,status\nN25-can-tho,total,89,1,2,\nP01,total,80,2,2,\nP31,total,70,3,3,', { kind: 'denominator-disagrees', line: 2, column: 'rank_of', detail: '2/3' }],
  ] as const)('%s', (_, given, text, expected) => {
    const analysis = analyzeImport(text, given, catalog);
    expect(analysis.issues).toMatchObject([expected]);
    expect(analysis.issueCount).toBe(1);
    expect(analysis.figures.count).toBe(0);
  });

  it('reports a pre-merger name once per line, however many component columns the row fills', () => {
    const analysis = analyzeImport('Tỉnh;D1;D8;Tổng\nCần Thơ;5;4;40\nSóc Trăng;5;4;41', settings({ index: 'papi' }), catalog);
    expect(analysis.targets.filter((target) => target.kind === 'component')).toHaveLength(2);
    expect(analysis.issues).toMatchObject([{ kind: 'unit-ended', line: 3, raw: 'Sóc Trăng' }]);
  });
});
