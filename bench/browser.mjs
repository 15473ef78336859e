import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium-path.mjs';

/** Chromium as the e2e tests drive it, with the browser's process id, to read its renderers' memory. */
export async function launchBrowser() {
  const server = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const browser = await chromium.connect(server.wsEndpoint());
  return { browser, pid: server.process().pid, close: async () => (await browser.close(), await server.close()) };
}

function readProc(pid, file) {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

/** Renderer processes under the browser: the tab, its workers included, lives in one of them. */
function rendererPids(browserPid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(entry, 'stat');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(Number(entry), ppid);
  }
  const descends = (pid) => {
    for (let p = parents.get(pid); p; p = parents.get(p)) if (p === browserPid) return true;
    return false;
  };
  return [...parents.keys()].filter((pid) => descends(pid) && readProc(pid, 'cmdline').includes('--type=renderer'));
}

const kB = (text, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);

/**
 * Samples the resident memory of the browser's renderer processes every 100 ms and keeps the peak of
 * the largest one (the tab's): RSS from /proc/<pid>/status, and its private part (Private_Clean +
 * Private_Dirty from smaps_rollup, close to Chrome's task-manager "memory footprint").
 */
export function sampleRendererMemory(browserPid) {
  let peakRss = 0;
  let peakPrivate = 0;
  const sample = () => {
    for (const pid of rendererPids(browserPid)) {
      peakRss = Math.max(peakRss, kB(readProc(pid, 'status'), 'VmRSS') * 1024);
      const rollup = readProc(pid, 'smaps_rollup');
      peakPrivate = Math.max(peakPrivate, (kB(rollup, 'Private_Clean') + kB(rollup, 'Private_Dirty')) * 1024);
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakRss, peakPrivate };
    },
  };
}
