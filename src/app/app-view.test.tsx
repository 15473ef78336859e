// @vitest-environment jsdom
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { preloadMessages } from '@/state/use-i18n';
import { startViewCode, view } from './app';

/** A made-up view, not one of the app's: only whether it shows matters. */
const Shown = () => <p>the view</p>;

it("shows a view whose code arrived between the render of its loading line and that render's effect", async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  await preloadMessages();
  let arrive: (module: { Shown: typeof Shown }) => void = () => undefined;
  const code = new Promise<{ Shown: typeof Shown }>((resolve) => (arrive = resolve));
  const Loader = view('data', () => code, (module) => module.Shown);
  // As main.tsx does: the view's code is asked for before the first render.
  startViewCode('data');
  // The code arrives during the commit that shows the loading line: before the effects of that render run.
  function ArriveOnCommit() {
    useLayoutEffect(() => arrive({ Shown }), []);
    return null;
  }
  const container = document.createElement('div');
  const root = createRoot(container);
  root.render(
    <>
      <Loader />
      <ArriveOnCommit />
    </>,
  );
  await expect.poll(() => container.textContent, { timeout: 2000 }).toBe('the view');
  root.unmount();
});
