import type { Catalog } from '@/domain/types';
import { compareCodes } from '@/domain/text';

export interface ComponentOption {
  code: string;
  nameVi: string;
  nameEn: string;
  depth: number;
}

/** Every component the index has had in any period, newest labels first, children after parents. */
export function componentOptions(catalog: Catalog, index: string): ComponentOption[] {
  const periods = catalog.periods.filter((p) => p.index === index).sort((a, b) => b.fromYear - a.fromYear);
  const seen = new Map<string, ComponentOption & { parent?: string; order: number }>();
  for (const period of periods) {
    for (const c of catalog.components.filter((x) => x.index === index && x.period === period.period)) {
      if (!seen.has(c.code)) seen.set(c.code, { code: c.code, nameVi: c.nameVi, nameEn: c.nameEn, depth: c.parent ? 1 : 0, parent: c.parent, order: c.order });
    }
  }
  const all = [...seen.values()];
  const tops = all.filter((c) => !c.parent).sort((a, b) => a.order - b.order || compareCodes(a.code, b.code));
  return tops.flatMap((top) => [top, ...all.filter((c) => c.parent === top.code).sort((a, b) => compareCodes(a.code, b.code))]).map(({ code, nameVi, nameEn, depth }) => ({ code, nameVi, nameEn, depth }));
}
