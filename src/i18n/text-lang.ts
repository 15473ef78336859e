import type { Lang } from './format';

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/**
 * The language of a text the app shows as it was written (a source's title, a note in a data file), so
 * the page can mark it with `lang`. Vietnamese writes diacritics on most words; an English title that
 * names a place ("Cần Thơ City Portal") has them on a few.
 */
export function textLang(text: string): Lang {
  const words = text.split(/[\s,;:()–—-]+/u).filter((word) => /\p{L}/u.test(word));
  const marked = words.filter((word) => VIETNAMESE_LETTER.test(word)).length;
  return words.length > 0 && marked / words.length >= 0.4 ? 'vi' : 'en';
}
