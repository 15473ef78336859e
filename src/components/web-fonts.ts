/**
 * Be Vietnam Pro, asked for once the first screen has shown its numbers (app.tsx; a chart image's export asks for them too), not with the page: its six files
 * (103 kB) came before the numbers and, on Lighthouse's slow mobile line, took about a second of the first screen's
 * time (LCP 2.84–3.19 s with them, 1.90–1.99 s without any web font, 3 runs each). Until they come the text is in the
 * system's sans-serif. Every weight of both subsets is loaded, not only those the first view uses, so that every
 * view has them once the network is gone (a presentation hall).
 */
const FAMILY = 'Be Vietnam Pro';
const WEIGHTS = [400, 600, 700] as const;
// Letters of both subsets (Latin and Vietnamese).
const SAMPLE = 'Aa Ăă Đđ Ơơ Ưư Ầầ Ếế 0123';

let loading: Promise<void> | undefined;

/** The fonts' rules in the page and their files loaded; once (again after a failure, e.g. offline too early). */
export function loadWebFonts(): Promise<void> {
  loading ??= import('./web-fonts.css')
    .then(() => Promise.all(WEIGHTS.map((weight) => document.fonts.load(`${weight} 16px "${FAMILY}"`, SAMPLE))))
    .then(
      () => undefined,
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
  return loading;
}
