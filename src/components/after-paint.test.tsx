// @vitest-environment jsdom
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { usePainted } from './after-paint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

/** A made-up part: it shows whether its first frame has been painted. */
const Painted = () => <p>{usePainted() ? 'painted' : 'first frame'}</p>;

afterEach(() => vi.unstubAllGlobals());

it('is false until the task after the next animation frame, then true', async () => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  const container = document.createElement('div');
  const root = createRoot(container);
  root.render(<Painted />);
  await expect.poll(() => frames.length).toBe(1);
  expect(container.textContent).toBe('first frame');
  frames[0]?.(0);
  // The frame has run, not yet the paint that follows it.
  expect(container.textContent).toBe('first frame');
  await expect.poll(() => container.textContent).toBe('painted');
  root.unmount();
});

it('asks for nothing once unmounted before its frame', async () => {
  const cancelled: number[] = [];
  vi.stubGlobal('requestAnimationFrame', () => 7);
  vi.stubGlobal('cancelAnimationFrame', (id: number) => cancelled.push(id));
  const root = createRoot(document.createElement('div'));
  root.render(<Painted />);
  await new Promise((resolve) => setTimeout(resolve, 0));
  root.unmount();
  expect(cancelled).toEqual([7]);
});
