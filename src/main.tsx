import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/fonts.css';
import './app/styles.css';
import './app/print.css';
import { App, startViewCode } from './app/app';
import { keepChartLayersOutOfTabOrder } from './charts/chart-layers-focus';
import { createQueryClient, Providers } from './app/providers';
import { startLoading } from './queries/start-loading';
import { loadSavedLangMessages } from './state/use-i18n';
import { useViewStore } from './state/view-store';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
keepChartLayersOutOfTabOrder(root);
const client = createQueryClient();
// Data loading starts before the first render.
const { view: firstView, index } = useViewStore.getState().state;
// The files the first view reads need not wait for its code: the components view's index whole, the plans.
startLoading(client, { overview: firstView === 'overview', wholeIndex: firstView === 'components' ? index : undefined, plans: firstView === 'plans' });
startViewCode(firstView);
// English, when it is the saved choice, is on the first paint: no Vietnamese flash. Not a top-level
// await: a message chunk that imports from the entry chunk would wait for the entry, which waits for it.
void loadSavedLangMessages().then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>,
  ),
);
