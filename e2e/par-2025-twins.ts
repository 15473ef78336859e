// The made-up PAR 2025 test table of the 34 provinces (e2e/fixtures/import/TEST-NOT-REAL-…, not real
// results) in the other shapes an office saves from Excel, made at test time, never bundled.
import { readFileSync } from 'node:fs';
import writeExcelFile from 'write-excel-file/node';
import { importFixture } from './import-helpers';

export const PAR_2025_FIXTURE = 'TEST-NOT-REAL-par-2025-34-provinces';

/** The fixture's rows as cells: the title row, the header, one row per province ("84,41%" as typed). */
function fixtureRows(): string[][] {
  const text = readFileSync(importFixture(`${PAR_2025_FIXTURE}.csv`), 'utf8').replace(/^\uFEFF/, '');
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(';'));
}

/** "84,41%" → 84.41: the number Excel keeps for a score typed in a column headed "(%)". */
const scoreNumber = (cell: string) => Number(cell.replace('%', '').replace(',', '.'));

/** The workbook (title row, header, scores and ranks as numbers) and the "Unicode Text" save (UTF-16 LE, tabs). */
export async function par2025Twins() {
  const [title = [], header = [], ...rows] = fixtureRows();
  const workbook = await writeExcelFile([[title[0] ?? ''], header, ...rows.map(([name = '', score = '', rank = '']) => [name, scoreNumber(score), Number(rank)])]).toBuffer();
  const unicodeText = Buffer.from('\uFEFF' + [title, header, ...rows].map((row) => row.join('\t')).join('\r\n') + '\r\n', 'utf16le');
  return { workbook, unicodeText };
}
