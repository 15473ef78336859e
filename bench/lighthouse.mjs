import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium-path.mjs';
import { medians } from './stats.mjs';

const PRESETS = { mobile: undefined, desktop: desktopConfig };

/** Lighthouse's performance category with its default (simulated) throttling, `runs` times per preset. */
export async function measureLighthouse(url, runs, log) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  try {
    const result = {};
    for (const [preset, config] of Object.entries(PRESETS)) {
      const scores = [];
      for (let i = 0; i < runs; i++) {
        log(`lighthouse ${preset}, run ${i + 1}/${runs}`);
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, config);
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        scores.push({
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          tbtMs: lhr.audits['total-blocking-time'].numericValue,
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
          fcpMs: lhr.audits['first-contentful-paint'].numericValue,
        });
      }
      result[preset] = medians(scores);
    }
    return result;
  } finally {
    await chrome.kill();
  }
}
