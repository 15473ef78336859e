// Makes sure the browser tests have a Chromium, getting one when none is installed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path.mjs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};
const playwrightChromiumInstalled = () => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
};

function installWithApt() {
  const sudo = process.getuid?.() === 0 ? '' : has('sudo') ? 'sudo ' : undefined;
  if (!has('apt-get') || sudo === undefined) return false;
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get.');
  try {
    run(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`);
  } catch {
    console.log('apt-get could not install chromium.');
  }
  return Boolean(chromiumPath());
}

function installWithPlaywright() {
  console.log("Trying Playwright's own Chromium download.");
  try {
    run('npx playwright install chromium');
    return playwrightChromiumInstalled();
  } catch {
    return false;
  }
}

if (chromiumPath() || playwrightChromiumInstalled()) process.exit(0);
if (installWithApt()) {
  console.log(`Installed Chromium at ${chromiumPath()}.`);
  process.exit(0);
}
if (installWithPlaywright()) {
  console.log("Installed Playwright's Chromium.");
  process.exit(0);
}
console.error(
  [
    'Could not get a Chromium for the browser tests.',
    'Install one and run the tests again, for example:',
    '  Debian/Ubuntu: sudo apt-get install -y chromium',
    '  elsewhere:     npx playwright install chromium',
    'or set CHROMIUM_PATH to an installed Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
