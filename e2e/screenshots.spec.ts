/**
 * Every route in light/dark × en/zh → e2e/screenshots/<page>-<theme>-<lang>.png (git-ignored).
 * `node scripts/montage.mjs` then makes e2e/screenshots/montage.png for a one-picture review.
 */
import { writeFileSync } from 'node:fs';
import { INCOMPLETE_COLLECTION } from '../src/testing/collection-fixture';
import { api, expect, test, type Page } from './fixtures';

const ROUTES = [
  { name: 'global-config', path: '/global-config' },
  { name: 'workspaces', path: '/workspaces' },
  { name: 'users', path: '/iam/users' },
  { name: 'groups', path: '/iam/groups' },
  { name: 'policies', path: '/iam/policies' },
  { name: 'analyzer', path: '/analyzer' },
  { name: 'settings', path: '/settings' },
  { name: 'not-found', path: '/no-such-page' },
] as const;

/** Opens the console in this theme and language (persisted the way the console reads them). */
async function setLook(page: Page, theme: 'light' | 'dark', lang: 'en' | 'zh') {
  await page.addInitScript(
    ([t, l]) => {
      localStorage.setItem('ma-console.color-scheme', t);
      localStorage.setItem('ma-console.language', l);
    },
    [theme, lang] as const,
  );
}

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots ${theme} ${lang}`, async ({ page, gotoConsole }) => {
      test.setTimeout(120_000);
      await setLook(page, theme, lang);
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
    await setLook(page, theme, lang);
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

/** A collected snapshot with a denied call: the Import review (coverage report) and the analyzer's marks. */
for (const [theme, lang] of [
  ['light', 'en'],
  ['dark', 'zh'],
] as const) {
  test(`screenshots of a collected snapshot ${theme} ${lang}`, async ({ page, gotoConsole }, testInfo) => {
    await setLook(page, theme, lang);
    await gotoConsole(page, '/settings');
    const current = (await api<Record<string, unknown>>(page, '/__mock/snapshot')).body;
    const file = testInfo.outputPath('collected.json');
    writeFileSync(file, JSON.stringify({ ...current, collection: INCOMPLETE_COLLECTION }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Import snapshot$|^导入快照$/ }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByRole('dialog').getByRole('table').first()).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/import-coverage-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
    await page.getByRole('dialog').getByRole('button', { name: /^Import$|^导入$/ }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.evaluate(() => window.__mock?.flush());
    await gotoConsole(page, '/analyzer?tab=scenario&user=maya&scenario=training-management&ws=0');
    await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('main').locator('.mantine-Loader-root')).toHaveCount(0);
    await page.screenshot({ path: `e2e/screenshots/analyzer-incomplete-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
  });
}
