import { test as base, expect, type BrowserContext } from '@playwright/test';

export { expect };

/** A message a test expects on purpose (a file it broke, the network it cut), with why. */
export interface AllowedProblem {
  message: RegExp;
  reason: string;
}

/**
 * Collects, on every page of a context: uncaught page errors, console errors (Chromium also logs each
 * blocked request of the Content-Security-Policy there) and `securitypolicyviolation` events.
 */
export async function watchProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  await context.exposeFunction('reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => Promise<void> }).reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return problems;
}

/**
 * Every spec imports `test` from here: a test fails on any page error, console error or CSP violation
 * that it did not name in `allowedProblems` (set with `test.use`, each with its reason).
 */
export const test = base.extend<{ allowedProblems: AllowedProblem[]; pageProblems: string[] }>({
  allowedProblems: [[], { option: true }],
  pageProblems: [
    async ({ context, allowedProblems }, use) => {
      const problems = await watchProblems(context);
      await use(problems);
      const unexpected = problems.filter((problem) => !allowedProblems.some(({ message }) => message.test(problem)));
      expect(unexpected, 'page errors, console errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});
