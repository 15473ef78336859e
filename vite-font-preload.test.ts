import { describe, expect, it } from 'vitest';
import { fontPreloadTags } from './vite-font-preload';

describe('the font preloads (build time)', () => {
  it('links every woff2 file of the build under the base path, at low priority, and nothing else', () => {
    const tags = fontPreloadTags(['assets/index-1.js', 'assets/be-vietnam-pro-latin-400-normal-1.woff2', 'assets/index-1.css', 'assets/be-vietnam-pro-vietnamese-700-normal-1.woff2'], '/par/');
    expect(tags.map((tag) => tag.attrs)).toEqual([
      { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, fetchpriority: 'low', href: '/par/assets/be-vietnam-pro-latin-400-normal-1.woff2' },
      { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, fetchpriority: 'low', href: '/par/assets/be-vietnam-pro-vietnamese-700-normal-1.woff2' },
    ]);
  });
});
