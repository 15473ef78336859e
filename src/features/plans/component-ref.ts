import { TOTAL, type Catalog, type Component } from '@/domain/types';
import type { ViewState } from '@/state/view-state';

/** The newest definition of a component code (a code can change its name between periods). */
export function latestComponent(catalog: Catalog, index: string, code: string): Component | undefined {
  const periods = catalog.periods.filter((p) => p.index === index).sort((a, b) => b.fromYear - a.fromYear);
  for (const period of periods) {
    const found = catalog.components.find((c) => c.index === index && c.period === period.period && c.code === code);
    if (found) return found;
  }
  return undefined;
}

/**
 * Where a component's figures are: the components view drilled into it when it has sub-components,
 * or into its parent, in the last year of the newest period that defines it.
 */
export function componentView(catalog: Catalog, index: string, code: string): Partial<ViewState> {
  const component = latestComponent(catalog, index, code);
  const period = component && catalog.periods.find((p) => p.index === index && p.period === component.period);
  const hasChildren = component !== undefined && catalog.components.some((c) => c.period === component.period && c.parent === code);
  return {
    view: 'components',
    index,
    component: hasChildren ? code : (component?.parent ?? TOTAL),
    year: period?.toYear,
    sort: undefined,
    plan: undefined,
    agency: undefined,
  };
}
