import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/fonts.css';
import './app/styles.css';
import './app/print.css';
import { App, startViewCode } from './app/app';
import { keepChartLayersOutOfTabOrder } from './charts/chart-layers-focus';
import { createQueryClient, Providers } from './app/providers';
import { readsPlansFirst, wholeIndexOf } from './domain/first-reads';
import { FIGURE_FILES } from './queries/data-files';
import { startLoading } from './queries/start-loading';
import { loadSavedLangMessages } from './state/use-i18n';
import { useViewStore } from './state/view-store';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
keepChartLayersOutOfTabOrder(root);
const client = createQueryClient();
// Data loading starts before the first render.
const { view: firstView, index } = useViewStore.getState().state;
// The files the first view reads need not wait for its code: the components view's index whole, the plans of the views
// that draw them.
const firstData = startLoading(client, { wholeIndex: wholeIndexOf(firstView, index, FIGURE_FILES), plans: readsPlansFirst(firstView) });
startViewCode(firstView);
// The first render waits a moment for the first screen's data: when it is at hand (the files came with the entry),
// the page renders once with its numbers instead of a loading line, its layout and paint, then the numbers.
const FIRST_DATA_WAIT_MS = 100;
const firstDataOrTimeout = Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]);
// English, when it is the saved choice, is on the first paint: no Vietnamese flash. Not a top-level
// await: a message chunk that imports from the entry chunk would wait for the entry, which waits for it.
void Promise.all([loadSavedLangMessages(), firstDataOrTimeout]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>,
  ),
);
