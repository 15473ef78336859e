// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import { preloadMessages } from '@/state/use-i18n';
import { prefetchViewsAfter, startViewCode, view } from './app';

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

it("fetches the other views' code only once the code of the view shown has come", async () => {
  await preloadMessages();
  const idle = vi.fn(() => 1);
  vi.stubGlobal('requestIdleCallback', idle);
  vi.stubGlobal('cancelIdleCallback', vi.fn());
  let arrive: (module: { Shown: typeof Shown }) => void = () => undefined;
  const code = new Promise<{ Shown: typeof Shown }>((resolve) => (arrive = resolve));
  view('profile', () => code, (module) => module.Shown);
  const cancel = prefetchViewsAfter('profile', new QueryClient());
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(idle).not.toHaveBeenCalled();
  arrive({ Shown });
  await expect.poll(() => idle.mock.calls.length, { timeout: 2000 }).toBe(1);
  cancel();
  vi.unstubAllGlobals();
});
