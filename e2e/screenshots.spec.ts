/**
 * Every route in light/dark × en/zh → e2e/screenshots/<page>-<theme>-<lang>.png (git-ignored).
 * `node scripts/montage.mjs` then makes e2e/screenshots/montage.png for a one-picture review.
 */
import { expect, test } from './fixtures';

const ROUTES = [
  { name: 'global-config', path: '/global-config' },
  { name: 'workspaces', path: '/workspaces' },
  { name: 'users', path: '/iam/users' },
  { name: 'groups', path: '/iam/groups' },
  { name: 'agencies', path: '/iam/agencies' },
  { name: 'agency', path: '/iam/agencies/ag-maya' },
  { name: 'policies', path: '/iam/policies' },
  { name: 'analyzer', path: '/analyzer' },
  { name: 'settings', path: '/settings' },
  { name: 'not-found', path: '/no-such-page' },
] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots ${theme} ${lang}`, async ({ page, gotoConsole }) => {
      test.setTimeout(120_000);
      await page.addInitScript(
        ([t, l]) => {
          localStorage.setItem('ma-console.color-scheme', t);
          localStorage.setItem('ma-console.language', l);
        },
        [theme, lang] as const,
      );
      for (const route of ROUTES) {
        await gotoConsole(page, route.path);
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('main').locator('[aria-busy="true"], .mantine-Skeleton-root, .mantine-Loader-root')).toHaveCount(0);
        await page.screenshot({ path: `e2e/screenshots/${route.name}-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
      }
    });
  }
}

for (const [theme, lang] of [
  ['light', 'en'],
  ['dark', 'zh'],
] as const) {
  test(`screenshots of the shell menus ${theme} ${lang}`, async ({ page, gotoConsole }) => {
    await page.addInitScript(
      ([t, l]) => {
        localStorage.setItem('ma-console.color-scheme', t);
        localStorage.setItem('ma-console.language', l);
      },
      [theme, lang] as const,
    );
    await gotoConsole(page, '/settings');
    await page.getByRole('button', { name: /^Signed in as |^当前登录：/ }).click();
    await expect(page.getByRole('menuitem').nth(3)).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/menu-persona-${theme}-${lang}.png`, animations: 'disabled' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Workspace: |^工作空间：/ }).click();
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/menu-workspace-${theme}-${lang}.png`, animations: 'disabled' });
  });
}
