import type { Messages } from '@/i18n/vi';
import { PUBLISHED_NATIONAL } from './reference-lines';
import type { ReferenceLabeller } from './trends-model';

/**
 * Names a reference line by the measure it draws: the computed national mean is "the mean of the provinces
 * (computed)", the published one "the national mean (published by PAPI)", so two measures never share a name.
 */
export function referenceLabeller(t: Messages['trends'], indexName: string): ReferenceLabeller {
  return (line, computed, short) => {
    if (line === PUBLISHED_NATIONAL) return t.publishedNational(indexName);
    const name = computed && line === 'national' ? t.computedNational : t.reference[line];
    return computed && !short ? `${name} (${t.computed})` : name;
  };
}
