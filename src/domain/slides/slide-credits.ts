import { creditsOf, type Credit, type IndexYear } from '@/domain/source-credits';
import { yearSourcesIn } from '@/domain/sources';
import type { DeckData } from './deck-data';
import type { Slide } from './slide-types';

const at = (index: string, ...years: number[]): IndexYear[] => years.map((year) => ({ index, year }));

/** The index years a slide shows. */
function usedBy(slide: Slide): IndexYear[] {
  switch (slide.kind) {
    case 'title':
      return slide.headlines.flatMap(usedBy);
    case 'headline':
      return at(slide.index.code, ...(slide.change ? [slide.change.fromYear] : []), ...(slide.merger ? [slide.merger.previousYear] : []), slide.year);
    case 'trend':
    case 'rank':
      return at(slide.index.code, ...slide.points.map((p) => p.year));
    case 'ranking':
    case 'standing':
    case 'components':
      return at(slide.index.code, slide.year);
    case 'drivers':
      return at(slide.index.code, slide.from, slide.year);
    case 'targets':
      return slide.evaluations.flatMap((e) => {
        const measured = e.atTarget ?? e.latest;
        return measured ? at(e.target.index, measured.year) : [];
      });
  }
}

/** The publishers behind a slide, for its short source line (an imported year: the source its import named). */
export function slideCredits(slide: Slide, data: DeckData): Credit[] {
  const cited = slide.kind === 'targets' ? slide.evaluations.flatMap((e) => data.plans.get(e.target.plan) ?? []) : [];
  return creditsOf(data.catalog, usedBy(slide), cited, yearSourcesIn(data.catalog, data.figures));
}
