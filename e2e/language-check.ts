import type { Page } from '@playwright/test';

/**
 * Finds words of the other language in the text a reader sees. Text inside an element whose `lang`
 * differs from the page's (a source's title, a note quoted in its own words) is the app saying "this is
 * in another language" and is left out, as are <code> identifiers (column names, file names).
 */

/** English words that no Vietnamese sentence of the app contains (no "to", "in", "no", "so": Vietnamese words too). */
const ENGLISH_WORDS = [
  'the', 'of', 'and', 'with', 'was', 'were', 'is', 'are', 'rank', 'ranks', 'ranked', 'sum', 'reported', 'score', 'scores',
  'points', 'mean', 'published', 'computed', 'source', 'sources', 'province', 'provinces', 'district', 'districts', 'year', 'years',
  'not', 'from', 'for', 'by', 'above', 'below', 'between', 'lowest', 'last', 'top', 'bottom', 'data', 'dataset', 'blank', 'this',
  'that', 'which', 'rounded', 'decimals', 'note', 'show', 'hide', 'export', 'download', 'loading', 'error', 'all', 'none', 'place',
  'places', 'change', 'total', 'average', 'national', 'target', 'plan', 'plans', 'index', 'trend', 'trends', 'component',
  'components', 'dimension', 'dimensions', 'unit', 'units', 'city', 'file', 'files', 'import', 'table', 'chart', 'slide', 'slides',
  'up', 'down', 'as', 'after', 'before', 'when', 'has', 'have',
];
const ENGLISH = new RegExp(`(?<![\\p{L}\\p{N}])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** Letters that only Vietnamese writes (an English page names units without diacritics: "Can Tho"). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèẻẽẹêềếểễệìíỉĩịòỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]+/giu;

/** Proper names that contain a listed word or letter: the index's own name, a publisher's English name. */
const PROPER_NAMES = { vi: [/PAR Index/g, /PAR INDEX/g], en: [/Cần Thơ City Portal/g] };

/** Paths, file names, addresses and e-mail: identifiers, not language. */
const IDENTIFIERS = /\S*[/@_]\S*|\S+\.(csv|md|xlsx|json|png|svg|txt)\b|https?:\S+/gi;

export interface Leak {
  words: string[];
  text: string;
  where: string;
}

export function findLeaks(texts: readonly { text: string; where: string }[], lang: 'vi' | 'en'): Leak[] {
  const pattern = lang === 'vi' ? ENGLISH : VIETNAMESE;
  return texts.flatMap(({ text, where }) => {
    const cleaned = PROPER_NAMES[lang].reduce((t, name) => t.replace(name, ' '), text.replace(IDENTIFIERS, ' '));
    const words = [...new Set([...cleaned.matchAll(pattern)].map((match) => match[0]))];
    return words.length > 0 ? [{ words, text: text.slice(0, 160), where }] : [];
  });
}

/** Every text the page shows (rendered, or read out by a screen reader), with where it sits. */
export async function visibleTexts(page: Page): Promise<{ text: string; where: string }[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const out: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      if (parent.closest('script, style, code, kbd, samp, template')) continue;
      const marked = parent.closest('[lang]');
      if (marked && marked.getAttribute('lang') !== pageLang) continue;
      const option = parent.closest('option');
      const shown = option ? (option.closest('select')?.checkVisibility() ?? false) : parent.checkVisibility({ visibilityProperty: true });
      if (!shown) continue;
      const holder = parent.closest('[class]');
      out.push({ text, where: `${parent.tagName.toLowerCase()}${holder ? ` in .${holder.className.toString().split(' ')[0]}` : ''}` });
    }
    return out;
  });
}
