const LAYER = 'g[class^="recharts-zIndex-layer_"]';

/**
 * Recharts 3.11 draws each z-index layer of a chart as a bare <g> and renders into it through a React
 * portal; the portal's focus listeners make Chromium treat every layer as a Tab stop: up to 13 invisible
 * stops per chart (recharts issues #6687, #7799). This takes the layers out of the Tab order as they appear
 * anywhere under `root`, and returns the function that stops watching.
 */
export function keepChartLayersOutOfTabOrder(root: Element): () => void {
  const untab = (node: Element) => {
    if (node.matches(LAYER)) node.setAttribute('tabindex', '-1');
    node.querySelectorAll(LAYER).forEach((layer) => layer.setAttribute('tabindex', '-1'));
  };
  untab(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && untab(node));
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
