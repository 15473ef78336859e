import type { Source } from '@/domain/types';
import { formatDate } from '@/i18n/format';

/** "Bộ Nội vụ, 15/04/2026": who published a source and when, as far as known; empty when neither is. */
export function sourceCredit(source: Source): string {
  return [source.publisher, source.date && formatDate(source.date)].filter(Boolean).join(', ');
}
