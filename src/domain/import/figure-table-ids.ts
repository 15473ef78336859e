/** What a figure says beside its numbers: its sources (joined by ';'), derivation and note. */
export interface FigureTexts {
  sources: string;
  derivation: string;
  note: string;
}

/** Numbering of distinct (unit, component) pairs, by unit then component: no key text made for every figure. */
export function pairIds(list: { unit: string; component: string }[]) {
  const ids = new Map<string, Map<string, number>>();
  return (unit: string, component: string): number => {
    let ofUnit = ids.get(unit);
    if (!ofUnit) ids.set(unit, (ofUnit = new Map()));
    let id = ofUnit.get(component);
    if (id === undefined) {
      id = list.push({ unit, component }) - 1;
      ofUnit.set(component, id);
    }
    return id;
  };
}

/** Numbering of distinct FigureTexts, the last one remembered: rows of a file mostly repeat it. */
export function textIds(list: FigureTexts[]) {
  const ids = new Map<string, Map<string, Map<string, number>>>();
  let last = -1;
  return (sources: string, derivation: string, note: string): number => {
    const previous = list[last];
    if (previous && previous.sources === sources && previous.derivation === derivation && previous.note === note) return last;
    let bySources = ids.get(sources);
    if (!bySources) ids.set(sources, (bySources = new Map()));
    let byDerivation = bySources.get(derivation);
    if (!byDerivation) bySources.set(derivation, (byDerivation = new Map()));
    let id = byDerivation.get(note);
    if (id === undefined) {
      id = list.push({ sources, derivation, note }) - 1;
      byDerivation.set(note, id);
    }
    return (last = id);
  };
}
