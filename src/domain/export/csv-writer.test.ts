import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '@/domain/csv-table';
import { parseFigureFile } from '@/domain/figures';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { canonicalTable, longTable } from './canonical';
import { DIALECTS, neutraliseFormula, toCsv, withSourceRows } from './csv-writer';
import { exportFileName } from './file-name';

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1:A9)', '+84', '-1', '@cmd', '\tx', '\rx', '\nx'])('makes %j text', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Cần Thơ')).toBe('Cần Thơ');
  });
});

describe('toCsv', () => {
  const table = { header: ['Đơn vị', 'Điểm', 'Ghi chú'], rows: [['Cần Thơ', 40.443, '=HYPERLINK("x")'], ['Hậu Giang', -0.26, 'hai\ndòng; "trích"'], ['Sóc Trăng', null, undefined]] };

  it('writes a BOM, CRLF, numbers as numbers and neutralised, quoted text', () => {
    expect(toCsv(table)).toBe(
      '\uFEFFĐơn vị,Điểm,Ghi chú\r\nCần Thơ,40.443,"\'=HYPERLINK(""x"")"\r\nHậu Giang,-0.26,"hai\ndòng; ""trích"""\r\nSóc Trăng,,\r\n',
    );
  });

  it('writes semicolons and decimal commas for a Vietnamese Excel', () => {
    const text = toCsv({ header: ['a', 'b'], rows: [['x;y', 89.13]] }, DIALECTS.excelVi);
    expect(text).toBe('\uFEFFa;b\r\n"x;y";89,13\r\n');
  });
});

describe('the canonical export', () => {
  it('re-imports with no change at all', () => {
    const catalog = tinyCatalog();
    const original = 'unit,component,score,rank,rank_of,status,source,derivation,note\nP59,total,89.13,22,63,published,s1;s2,,"Plan 101, section I"\nP01,total,,,,not_published,s1,,\nP60,total,91.87,,,conflict,s1,,CONFLICT\nP60,total,91.81,,,conflict,s2,,CONFLICT\n';
    const first = parseFigureFile('par/2024.csv', 'par', 2024, original, catalog);
    const exported = toCsv(canonicalTable(first.figures));
    const second = parseFigureFile('par/2024.csv', 'par', 2024, exported, catalog);
    expect(second.issues).toEqual([]);
    const strip = (figures: typeof first.figures) => figures.map((figure) => ({ ...figure, line: 0 }));
    expect(strip(second.figures)).toEqual(strip(first.figures));
    expect(parseCsvTable('x', exported, []).table?.header).toEqual(parseCsvTable('x', original, []).table?.header);
  });
});

describe('exportFileName', () => {
  it('says what is inside: index, unit, years and the date', () => {
    expect(exportFileName(['PAPI', 2024, 'Cần Thơ', 'xếp hạng'], new Date('2026-11-25T08:00:00Z'))).toBe('papi-2024-can-tho-xep-hang-2026-11-25.csv');
  });

  it('names a chart image with its own extension', () => {
    expect(exportFileName(['PAR Index', '2012-2024', 'Điểm'], new Date('2026-11-25T08:00:00Z'), 'png')).toBe('par-index-2012-2024-diem-2026-11-25.png');
  });
});

describe('longTable', () => {
  const figure = { index: 'par', year: 2024, unit: 'P60', component: 'total', score: 85.5, status: 'published' as const, sources: ['s1'], derivation: '', note: '', line: 2 };

  it('puts index and year first and says which imported file a figure comes from', () => {
    const table = longTable([figure, { ...figure, imported: { file: 'par.csv', importedAt: '2026-11-25T09:00:00.000Z' } }]);
    expect(table.header).toEqual(['index', 'year', 'unit', 'component', 'score', 'rank', 'rank_of', 'status', 'source', 'derivation', 'note', 'computed', 'imported_from']);
    expect(table.rows.map((row) => row.at(-1))).toEqual([undefined, 'par.csv (2026-11-25)']);
  });

  it('says which figures are computed, though the schema files them under published', () => {
    const summed = { ...figure, index: 'papi', unit: 'P59', score: 40.442661, derivation: 'sum of D1–D8' };
    const table = longTable([figure, summed]);
    const column = table.header.indexOf('computed');
    expect(table.rows.map((row) => [row[table.header.indexOf('status')], row[column]])).toEqual([
      ['published', 'no'],
      ['published', 'yes'],
    ]);
    expect(table.rows[1]?.[table.header.indexOf('score')]).toBe(40.442661);
  });
});

describe('withSourceRows', () => {
  it('ends an export with its sources, imported files included', () => {
    const table = withSourceRows({ header: ['Năm', 'Điểm'], rows: [[2024, 40.44]] }, 'Nguồn', ['Nhập từ tệp par.csv (25/11/2026)', 'PAPI provincial panel']);
    expect(toCsv(table)).toBe('\uFEFFNăm,Điểm\r\n2024,40.44\r\n\r\nNguồn,Nhập từ tệp par.csv (25/11/2026)\r\nNguồn,PAPI provincial panel\r\n');
  });
});
