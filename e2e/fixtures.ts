/**
 * Shared Playwright fixtures. Every spec imports `test` and `expect` from here:
 * - a guard fails the test when the page opens a dialog (alert/confirm/prompt) or throws an
 *   uncaught error;
 * - `expectNoA11yViolations(page)` runs axe and allows zero violations;
 * - `gotoConsole(page, path)` navigates and waits until the shell has signed in.
 * Both are exported as plain functions and also offered as fixtures (same signature):
 *   test('x', async ({ page, gotoConsole }) => { await gotoConsole(page, '/demo-data'); });
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface ConsoleFixtures {
  /** Navigates to `path` (e.g. "/global-config?workspace=0") and waits for the signed-in shell. */
  gotoConsole: typeof gotoConsole;
  /** Runs axe on the page; fails with a readable list when anything is violated. */
  expectNoA11yViolations: typeof expectNoA11yViolations;
  /** Errors collected by the guard (also fail the test at teardown). */
  pageProblems: string[];
}

/**
 * Waits until the shell is ready: the persona button "Signed in as …" is visible, and the mock
 * backend's service worker is active (`window.__mock`), which `api()` and direct fetches need: the
 * console itself is answered in the page and may be ready before the worker (mocks/browser.ts).
 */
export async function waitForShell(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /^Signed in as |^当前登录：/ })).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => (window as { __mock?: unknown }).__mock !== undefined, null, { timeout: 30_000 });
}

/** A loader announced in the page: the lazy page's fallback (app-shell-layout.tsx) or a section still loading. */
const LOADING = 'main [role="status"]:has(.mantine-Loader-root)';

export async function gotoConsole(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForShell(page);
}

/** axe violations of the page, one readable string each (empty = none). */
export async function a11yViolations(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<string[]> {
  // Legacy mode runs axe.run() in the page itself. The default (runPartial, then finishRun in a
  // new blank page, for cross-origin frames the console does not have) opened a page per scan and
  // doubled the scan's cost. Only violations are collected: the passes' node lists are not read.
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  if (options.include) builder = builder.include(options.include);
  for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
  const results = await builder.analyze();
  const readable = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
        .join('\n'),
  );
  return readable;
}

/** Runs axe once nothing in the page is loading any more (a scan of a loader proves little). */
export async function expectNoA11yViolations(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<void> {
  await expect(page.locator(LOADING), 'the page is still loading; axe scans the loaded page').toHaveCount(0);
  expect(await a11yViolations(page, options), `axe violations on ${page.url()}`).toEqual([]);
}

/** Where Mantine's colour scheme manager keeps the theme (src/app/theme.ts). */
export const COLOR_SCHEME_KEY = 'ma-console.color-scheme';

/**
 * Switches the page's colour scheme as the header's toggle in another tab does: the stored
 * value changes and a `storage` event tells Mantine's colour scheme manager (src/app/theme.ts),
 * which re-renders the console in that scheme. Dialogs and drawers stay open, so a scan of the
 * same state in the other theme needs no second journey.
 */
export async function switchColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.evaluate(
    ([key, value]) => {
      const oldValue = localStorage.getItem(key);
      localStorage.setItem(key, value);
      window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: value, storageArea: localStorage }));
    },
    [COLOR_SCHEME_KEY, scheme] as const,
  );
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
  // Colours that change with a CSS transition are read by axe only once they have arrived.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'));
}

/**
 * Runs axe on the page as it is, then in the other theme, then switches back: one journey
 * checks every state it reaches in light and dark (each scan allows zero violations).
 */
export async function expectNoA11yViolationsInBothThemes(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<void> {
  const current = (await page.locator('html').getAttribute('data-mantine-color-scheme')) === 'dark' ? 'dark' : 'light';
  const other = current === 'dark' ? 'light' : 'dark';
  await expectNoA11yViolations(page, options);
  await switchColorScheme(page, other);
  await expectNoA11yViolations(page, options);
  await switchColorScheme(page, current);
}

/** Where the console remembers that the demo guide was dismissed (src/components/session/demo-guide-state.ts). */
export const DEMO_GUIDE_KEY = 'ma-console.demo-guide';

export const test = base.extend<ConsoleFixtures>({
  // The demo guide (shown above every page until dismissed) stays out of the journeys' way;
  // e2e/shell.spec.ts shows it on purpose.
  context: async ({ context }, use) => {
    await context.addInitScript((key) => {
      try {
        localStorage.setItem(key, 'hidden');
      } catch {
        /* no storage on this page */
      }
    }, DEMO_GUIDE_KEY);
    await use(context);
  },
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('dialog', (dialog) => {
        problems.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
        void dialog.dismiss().catch(() => {});
      });
      page.on('pageerror', (error) => problems.push(`uncaught page error: ${error.message}`));
      await use(problems);
      expect(problems, 'the page raised dialogs or uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern
  gotoConsole: async ({}, use) => {
    await use(gotoConsole);
  },
  // eslint-disable-next-line no-empty-pattern
  expectNoA11yViolations: async ({}, use) => {
    await use(expectNoA11yViolations);
  },
});

/** Calls the mock backend from inside the page (the MSW service worker answers), signed in as the account. */
export async function api<T = unknown>(page: Page, path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ path, init }) => {
      const sign = await fetch('/v3/auth/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } }),
      });
      const token = sign.headers.get('X-Subject-Token') ?? '';
      const res = await fetch(path, {
        method: init.method ?? 'GET',
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    { path, init },
  );
}

export { expect };
export type { Page };
