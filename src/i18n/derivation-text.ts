import { formatNumber, type Lang } from './format';
import { textLang } from './text-lang';

/**
 * A piece of a figure's derivation as the interface shows it: text in the interface's language; words
 * of another language that the text quotes ('giảm 11 bậc'); or the data file's free text, which is
 * never translated but shown as written, labelled as such. The last two carry their language.
 */
export type DerivationPiece = { kind: 'text'; text: string } | { kind: 'quoted' | 'original'; text: string; lang: Lang };

/** The data files name the figure a derivation is for ("rank: 22 + 20 = 42"); the reference files write them in English. */
const FIELDS: Record<string, string> = { score: 'điểm', rank: 'hạng', rank_of: 'mẫu số của hạng' };

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const ARITHMETIC = new RegExp(String.raw`^(${NUMBER}) ([-+]) (${NUMBER}) = (${NUMBER})(?:\s+(.*))?$`, 's');

const text = (value: string): DerivationPiece => ({ kind: 'text', text: value });

/** "90.09" → "90,09": as many decimals as the file wrote. */
const numberVi = (raw: string) => formatNumber(Number(raw), 'vi', raw.split('.')[1]?.length ?? 0).replace('-', '−');

/** The patterns the reference files use, in Vietnamese; undefined for free text. */
function knownPatternVi(body: string): { text: string; rest?: string } | undefined {
  const sum = /^sum of (.+?)(?:, rounded to (\d+) decimals)?$/.exec(body);
  if (sum?.[1]) return { text: `tổng ${sum[1]}${sum[2] ? `, làm tròn đến ${sum[2]} chữ số thập phân` : ''}` };
  const allRanked = /^all (\d+) provinces ranked\b/.exec(body);
  if (allRanked) return { text: `cả ${allRanked[1]} tỉnh được xếp hạng` };
  const districts = /^(\d+) district-level units\b/.exec(body);
  if (districts) return { text: `${districts[1]} đơn vị cấp huyện` };
  const arithmetic = ARITHMETIC.exec(body);
  if (!arithmetic) return undefined;
  const [, a = '', op, b = '', result = '', rest] = arithmetic;
  // A rest that is one parenthesis is shown inside the note's own parenthesis.
  return { text: `${numberVi(a)} ${op === '-' ? '−' : '+'} ${numberVi(b)} = ${numberVi(result)}`, rest: rest?.replace(/^\(([^()]*)\)\.?$/, '$1') };
}

function segmentVi(segment: string): DerivationPiece[] {
  const field = /^(score|rank|rank_of): (.*)$/s.exec(segment);
  const label = field?.[1] ? FIELDS[field[1]] : undefined;
  const body = field?.[2] ?? segment;
  const known = knownPatternVi(body);
  const shown = known ? (label ? `${label}: ${known.text}` : known.text) : (label ?? '');
  const original = known ? known.rest : body;
  return [...(shown ? [text(shown)] : []), ...(original ? [{ kind: 'original', text: original, lang: 'en' } as const] : [])];
}

/** Text already in the interface's language, with any quoted words of the other language marked. */
function withQuotes(derivation: string, lang: Lang): DerivationPiece[] {
  return derivation
    .split(/('[^']+')/)
    .filter(Boolean)
    .map((part) => (part.startsWith("'") && textLang(part) !== lang ? { kind: 'quoted', text: part, lang: textLang(part) } : text(part)));
}

/**
 * A derivation from a data file ("rank: 22 + 20 = 42 (2024 rank 22 was reported as up 20 places).")
 * in the interface's language: known patterns rendered, the arithmetic kept, and free text never
 * translated but shown as the file's own words. Parts of one derivation are separated by " | ".
 */
export function derivationIn(derivation: string, lang: Lang): DerivationPiece[] {
  if (textLang(derivation) === lang) return withQuotes(derivation, lang);
  if (lang === 'en') return [{ kind: 'original', text: derivation, lang: 'vi' }];
  return derivation.split(' | ').flatMap((segment, i) => [...(i > 0 ? [text('; ')] : []), ...segmentVi(segment)]);
}
