// Screenshots of the built app at the three sizes we design for: `npm run build && node e2e/take-screenshots.mjs`
// (options: --full for whole pages, --dist=<folder> for another build). Writes test-results/screenshots/<name>-<size>.png,
// for people to look at (not a test).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const PORT = 4180;
const SIZES = { laptop: [1366, 768], projector: [1920, 1080], phone: [390, 844] };
const PAGES = {
  overview: '/',
  'overview-en': '/',
  trends: '/?view=trends',
  'trends-rank': '/?view=trends&measure=rank&units=P59,P60,P61,P01',
  'trends-par': '/?view=trends&index=par&refs=national,region,best',
  rankings: '/?view=rankings',
};
const dist = process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length);
const OUT = 'test-results/screenshots';

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', ...(dist ? ['--outDir', dist] : [])], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 2500));
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const [size, [width, height]] of Object.entries(SIZES)) {
    for (const [name, path] of Object.entries(PAGES)) {
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      if (name.endsWith('-en')) await page.addInitScript(() => localStorage.setItem('ct-par-prefs', JSON.stringify({ state: { lang: 'en' }, version: 0 })));
      await page.goto(`http://127.0.0.1:${PORT}${path}`);
      await page.waitForSelector('.recharts-surface', { timeout: 15_000 }).catch(() => {});
      await page.screenshot({ path: `${OUT}/${name}-${size}.png`, fullPage: process.argv.includes('--full') });
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`Screenshots in ${OUT}/`);
