import type { Page, Route } from '@playwright/test';

/**
 * Holds the page's requests matching `url` until the returned function is called (a slow line, a loaded machine), then
 * answers them with `answer`: sent on to the server unless told otherwise.
 */
export async function holdRequests(page: Page, url: string | RegExp, answer: (route: Route) => Promise<void> = (route) => route.continue()): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await answer(route);
  });
  return release;
}
