export type DecimalMark = 'auto' | 'comma' | 'point';

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads a number as people type it in Vietnamese or English spreadsheets: "85,5", "85.5",
 * "1.234,5", "1,234.5", "89,13%", "−1,14". Returns undefined when it is not a number.
 * With 'auto', a single separator followed by exactly three digits is read as thousands only
 * when the other mark also appears; "1,234" alone is read as a decimal (scores have decimals).
 */
export function parseLocaleNumber(raw: string, decimal: DecimalMark = 'auto'): number | undefined {
  let text = raw.replace(SPACES, '').replace(/\u2212/g, '-').replace(/%$/, '');
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const hasComma = text.includes(',');
  const hasPoint = text.includes('.');
  let mark: ',' | '.' | undefined;
  if (decimal === 'comma') mark = ',';
  else if (decimal === 'point') mark = '.';
  else if (hasComma && hasPoint) mark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
  else mark = hasComma ? ',' : '.';
  const grouping = mark === ',' ? '.' : ',';
  const parts = text.split(mark);
  if (parts.length > 2) return undefined;
  const [whole = '', fraction] = parts;
  if (whole.includes(grouping) && !/^[+-]?\d{1,3}([.,]\d{3})+$/.test(whole)) return undefined;
  text = `${whole.split(grouping).join('')}${fraction === undefined ? '' : `.${fraction}`}`;
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** A cell as the canonical files write it ("89.13"); an unreadable cell stays as it was, to be reported. */
export function canonicalNumber(raw: string, decimal: DecimalMark = 'auto'): string {
  const trimmed = raw.trim();
  if (trimmed === '') return '';
  const value = parseLocaleNumber(trimmed, decimal);
  return value === undefined ? trimmed : String(value);
}
