import { en } from './en';
import type { Lang } from './format';
import { vi, type Messages } from './vi';

const catalogues: Record<Lang, Messages> = { vi, en };

export function messagesFor(lang: Lang): Messages {
  return catalogues[lang];
}
