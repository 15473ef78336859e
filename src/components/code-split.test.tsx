// @vitest-environment jsdom
import { Component, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { codeSplit } from './code-split';

/** A made-up part, not one of the app's: only what it shows matters. */
const Greeting = ({ name }: { name: string }) => <p>hello {name}</p>;

class Caught extends Component<{ children: ReactNode }, { error?: unknown }> {
  state: { error?: unknown } = {};
  static getDerivedStateFromError = (error: unknown) => ({ error });
  render = () => (this.state.error ? <p>failed: {String(this.state.error)}</p> : this.props.children);
}

function show(node: ReactNode) {
  const container = document.createElement('div');
  // An error the boundary caught is shown by it; React need not log it too.
  const root = createRoot(container, { onCaughtError: () => undefined });
  root.render(node);
  return { container, unmount: () => root.unmount() };
}
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

it('shows the fallback until the code has come, then the part with its props', async () => {
  let arrive: (component: typeof Greeting) => void = () => undefined;
  const split = codeSplit(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
  const { container, unmount } = show(<split.Part name="Cần Thơ" fallback={<p>loading</p>} />);
  await expect.poll(() => container.textContent).toBe('loading');
  arrive(Greeting);
  await expect.poll(() => container.textContent).toBe('hello Cần Thơ');
  unmount();
});

it('shows the part on its first render, with no fallback, once its code is loaded (started before the render)', async () => {
  const split = codeSplit(() => Promise.resolve(Greeting));
  await split.load();
  const rendered: string[] = [];
  const { container, unmount } = show(<split.Part name="Hậu Giang" fallback={<Spy seen={rendered} />} />);
  await expect.poll(() => container.textContent).toBe('hello Hậu Giang');
  expect(rendered).toEqual([]);
  unmount();
});

function Spy({ seen }: { seen: string[] }) {
  seen.push('fallback');
  return null;
}

it('throws a failed load to the error boundary, and tries again when the part is shown again', async () => {
  let attempts = 0;
  const split = codeSplit(() => (++attempts === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve(Greeting)));
  const first = show(
    <Caught>
      <split.Part name="Sóc Trăng" />
    </Caught>,
  );
  await expect.poll(() => first.container.textContent).toBe('failed: Error: chunk missing');
  first.unmount();
  const second = show(<split.Part name="Sóc Trăng" />);
  await expect.poll(() => second.container.textContent).toBe('hello Sóc Trăng');
  expect(attempts).toBe(2);
  second.unmount();
});
