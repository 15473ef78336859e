// Presentation that the page's CSS gives the chart (all inherited properties): a standalone SVG has no page
// style sheet, so the computed values are written on the elements.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** A rendered chart <svg> as standalone markup at its on-screen size, with its computed styles inlined. */
export function serialiseChartSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const width = Math.round(svg.getBoundingClientRect().width);
  const height = Math.round(svg.getBoundingClientRect().height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>(originals.map((element) => [element, getComputedStyle(element)]));
  originals.forEach((original, i) => {
    const copy = copies[i];
    const computed = styles.get(original);
    if (!(copy instanceof SVGElement) || !computed) return;
    // Below the root, a value equal to the parent's is inherited anyway (unless an attribute says otherwise):
    // writing it again would only bloat the file.
    const parent = i === 0 ? undefined : original.parentElement && styles.get(original.parentElement);
    for (const property of INHERITED) {
      const value = computed.getPropertyValue(property);
      if (!parent || parent.getPropertyValue(property) !== value || copy.hasAttribute(property)) copy.style.setProperty(property, value);
    }
    if (computed.opacity !== '1') copy.style.setProperty('opacity', computed.opacity);
    if (computed.display === 'none') copy.style.setProperty('display', 'none');
  });
  clone.style.removeProperty('width');
  clone.style.removeProperty('height');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('tabindex');
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}
