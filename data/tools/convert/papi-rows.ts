import { dec, fmtDec, roundDec } from './decimal';
import type { ValueRow } from './schema';

const row = (unit: string, component: string, fields: Partial<ValueRow>): ValueRow => ({
  unit, component, score: '', rank: '', rank_of: '', status: 'published', source: 'papi-ml-mcdm', derivation: '', note: '', ...fields,
});

/** "SC11–SC14" for a run of codes, "SC51, SC53, SC54" otherwise. */
export function rangeLabel(codes: readonly string[]): string {
  const nums = codes.map((c) => Number(c.slice(2)));
  const contiguous = nums.every((n, i) => i === 0 || n === (nums[i - 1] ?? 0) + 1);
  if (codes.length === 1) return codes[0] ?? '';
  return contiguous ? `${codes[0]}–${codes[codes.length - 1]}` : codes.join(', ');
}

/**
 * The total, dimension and sub-dimension rows of one province with data in one year. A dimension
 * is the exact sum of its sub-dimensions rounded to 6 decimals, the total the sum of those rounded
 * dimensions; a blank sub-dimension makes its dimension and the total not computable.
 */
export function papiProvinceRows(unit: string, cells: Readonly<Record<string, string>>, structure: ReadonlyMap<string, readonly string[]>, where: string): ValueRow[] {
  const dims = [...structure.keys()];
  const dimRows: ValueRow[] = [];
  const dimValues: bigint[] = [];
  const missingDims: string[] = [];
  for (const [dim, subs] of structure) {
    const subMissing = subs.filter((c) => !cells[c]);
    if (subMissing.length > 0) {
      missingDims.push(dim);
      dimRows.push(row(unit, dim, { status: 'not_published', note: `not computable: ${rangeLabel(subMissing)} blank in the PAPI dataset` }));
    } else {
      const rounded = roundDec(subs.reduce((acc, c) => acc + dec(cells[c] ?? '', `${where} ${unit} ${c}`), 0n), 6);
      dimValues.push(rounded);
      dimRows.push(row(unit, dim, { score: fmtDec(rounded, 6), derivation: `sum of ${rangeLabel(subs)}, rounded to 6 decimals` }));
    }
    for (const c of subs) {
      const value = cells[c] ?? '';
      dimRows.push(value === '' ? row(unit, c, { status: 'not_published', note: 'blank in the PAPI dataset for this province and year' }) : row(unit, c, { score: value }));
    }
  }
  const missing = [...structure.values()].flat().filter((c) => !cells[c]);
  const total =
    missingDims.length > 0
      ? row(unit, 'total', { status: 'not_published', note: `not computable: blank in the PAPI dataset: ${missing.join(', ')} (dimensions ${missingDims.join(', ')})` })
      : row(unit, 'total', { score: fmtDec(dimValues.reduce((a, b) => a + b, 0n), 6), derivation: `sum of D1–D${dims.length}` });
  return [total, ...dimRows];
}
