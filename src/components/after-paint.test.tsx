// @vitest-environment jsdom
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { usePainted } from './after-paint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

/** A made-up part: it shows whether its first frame has been painted. */
const Painted = () => <p>{usePainted() ? 'painted' : 'first frame'}</p>;

afterEach(() => vi.unstubAllGlobals());

it('is false until the animation frame after the next one, once the first frame is shown, then true', async () => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  const container = document.createElement('div');
  const root = createRoot(container);
  root.render(<Painted />);
  await expect.poll(() => frames.length).toBe(1);
  expect(container.textContent).toBe('first frame');
  frames[0]?.(0);
  // The first frame has run, and may not be on the screen yet.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(container.textContent).toBe('first frame');
  expect(frames).toHaveLength(2);
  frames[1]?.(16);
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
