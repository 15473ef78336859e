import { parseSlideCode } from '@/domain/slides/slide-code';
import type { DriversSlide, Slide } from '@/domain/slides/slide-types';
import type { Catalog, Component } from '@/domain/types';
import { formatSigned, type Lang } from '@/i18n/format';
import { groupName } from '@/i18n/plan-name';
import type { Messages } from '@/i18n/vi';
import { nameIn, shortIn, shortOf } from '@/i18n/names';

export interface TextContext {
  catalog: Catalog;
  /** The unit presented. */
  unit: string;
  t: Messages['present'];
  lang: Lang;
}

export const indexName = (catalog: Catalog, code: string | undefined, lang: Lang) => {
  const index = code === undefined ? undefined : catalog.indices.get(code);
  return index ? shortIn(index, lang) : (code ?? '');
};

export const unitName = (catalog: Catalog, code: string, lang: Lang) => shortOf(catalog.units, code, lang);

export const componentName = (component: Component, lang: Lang) => shortIn(component, lang) || nameIn(component, lang);

/** The name of a slide in the deck list, from its code alone: "PAPI · Xếp hạng trong vùng · 2023". */
export function slideLabel(code: string, { catalog, t, lang }: TextContext): string {
  const spec = parseSlideCode(code);
  if (!spec) return code;
  // A drivers slide comparing two years names both: "2021→2024", as its title does.
  const years = spec.from !== undefined && spec.year !== undefined ? `${spec.from}→${spec.year}` : spec.year;
  return [spec.index && indexName(catalog, spec.index, lang), spec.component, t.kindNames[spec.kind], years].filter(Boolean).join(' · ');
}

const withComponent = (index: string, component: Component | undefined, lang: Lang) => (component ? `${index} – ${componentName(component, lang)}` : index);

/** The heading written on the slide. */
export function slideTitle(slide: Slide, { catalog, t, lang }: TextContext): string {
  if (slide.kind === 'title' || slide.kind === 'targets') return t.titles[slide.kind];
  const name = indexName(catalog, slide.index.code, lang);
  switch (slide.kind) {
    case 'headline':
      return t.titles.headline(name, slide.year);
    case 'trend':
      return t.titles.trend(name);
    case 'rank':
      return t.titles.rank(name);
    case 'ranking':
      return t.titles.ranking(withComponent(name, slide.component, lang), slide.year, groupName(catalog, slide.group, lang));
    case 'standing':
      return t.titles.standing(withComponent(name, slide.component, lang), slide.year);
    case 'components':
      return t.titles.components(withComponent(name, slide.parent, lang), slide.year);
    case 'drivers':
      return t.titles.drivers(withComponent(name, slide.parent, lang), slide.from, slide.year);
  }
}

/** The line over a drivers chart: how many parts rose and fell, and how much what they add up to (the total, or the component shown) changed. */
export function driversLine(slide: DriversSlide, up: number, down: number, { t, lang }: Pick<TextContext, 't' | 'lang'>): string {
  const count = t.driversCount(up, down);
  if (slide.totalChange === undefined) return count;
  return `${count} · ${t.driversTotal(formatSigned(slide.totalChange, lang), slide.parent && componentName(slide.parent, lang))}`;
}
