// Test fixtures derived from data/papi/2024.csv (the real bundled figures): the same PAPI 2024 table
// in the shapes a Vietnamese office saves from Excel, made at test time, never bundled.
import writeExcelFile from 'write-excel-file/node';
import { readBundledCsv } from './bundled-data';

const TITLE = 'KẾT QUẢ CHỈ SỐ PAPI NĂM 2024 (tệp thử nghiệm, lấy từ data/papi/2024.csv)';

/** One row per province that took part, one column per component, the total last: the Excel shape. */
function papi2024Table() {
  const names = new Map(readBundledCsv('units.csv').map((unit) => [unit.code, unit.name_vi]));
  const published = readBundledCsv('papi/2024.csv').filter((row) => row.status === 'published');
  const components = [...new Set(published.map((row) => row.component ?? ''))].filter((code) => code !== 'total');
  const columns = [...components, 'total'];
  const units = [...new Set(published.map((row) => row.unit ?? ''))];
  const score = new Map(published.map((row) => [`${row.unit}|${row.component}`, Number(row.score)]));
  const header = ['Tỉnh, thành phố', ...components, 'Tổng điểm'];
  const rows = units.map((unit) => [names.get(unit) ?? unit, ...columns.map((code) => score.get(`${unit}|${code}`) ?? null)]);
  return { header, rows, figures: published.length };
}

/** The twins, each with the number of figures it holds. */
export async function papi2024Twins() {
  const { header, rows, figures } = papi2024Table();
  const text = (separator: string) => [[TITLE], header, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell).replace('.', ',') : (cell ?? ''))))].map((row) => row.join(separator)).join('\r\n') + '\r\n';
  const csv = Buffer.from('\uFEFF' + text(';'), 'utf8');
  const unicodeText = Buffer.from('\uFEFF' + text('\t'), 'utf16le');
  const workbook = await writeExcelFile([
    { sheet: 'Ghi chú', data: [['Tệp thử nghiệm lấy từ data/papi/2024.csv: bảng số liệu ở trang tính PAPI 2024.']] },
    { sheet: 'PAPI 2024', data: [[TITLE], [], header, ...rows] },
  ]).toBuffer();
  return { csv, unicodeText, workbook, figures };
}
