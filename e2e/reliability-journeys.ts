/**
 * Journeys of issue 12 (reliability) that both e2e/reliability.spec.ts and e2e/screenshots.spec.ts
 * walk (see e2e/journeys.ts for the pattern).
 */
import { api, expect, type Page } from './fixtures';
import { flush, useThemeAndLanguage, type JourneyOptions } from './journeys';

const noShot = async () => {};
const label = (lang: JourneyOptions['lang'], en: string, zh: string) => (lang === 'en' ? en : zh);
const personaButton = (page: Page) => page.getByRole('button', { name: /^Signed in as |^当前登录：/ });

/**
 * Settings as a non-administrator (the demo data tools hidden, with the reason), then a sign-in
 * that cannot succeed (the remembered account and persona no longer exist) recovered by the
 * start screen's demo reset: back to the seed, signed in as acme.
 */
export async function demoRecoveryJourney({ page, gotoConsole, axe, theme, lang, shot = noShot }: JourneyOptions): Promise<void> {
  await useThemeAndLanguage(page, theme, lang);
  await gotoConsole(page, '/settings');
  await expect(page.getByRole('button', { name: label(lang, 'Export snapshot', '导出快照') })).toBeVisible();
  const marker = await api(page, '/v3/groups', { method: 'POST', body: { group: { name: 'before-the-reset' } } });
  expect(marker.status).toBe(201);
  await flush(page);

  await personaButton(page).click();
  await page.getByRole('menuitem', { name: /^maya/ }).click();
  await expect(page.getByRole('button', { name: label(lang, 'Signed in as maya', '当前登录：maya') })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText(label(lang, 'Administrators only', '仅限管理员'))).toBeVisible();
  await expect(main.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('region', { name: label(lang, 'Fault injection', '故障注入') })).toHaveCount(0);
  await shot('settings-non-admin', true);
  await axe(page);

  // Neither the persona nor the account the console remembers exists.
  await page.evaluate(() => {
    localStorage.setItem('ma-console.session', JSON.stringify({ userName: 'gone-user', projectId: 'p-cn-north-4' }));
    localStorage.setItem('ma-console.account-name', 'gone-account');
  });
  await page.reload();
  const failed = page.getByRole('alert').filter({ hasText: label(lang, 'Sign-in failed', '登录失败') });
  await expect(failed).toBeVisible({ timeout: 30_000 });
  await expect(failed).toContainText('gone-account');
  await shot('sign-in-failed', false);
  await axe(page);

  await failed.getByRole('button', { name: label(lang, 'Reset demo data', '重置演示数据') }).click();
  const confirm = failed.getByRole('group', { name: label(lang, 'Reset demo data', '重置演示数据') });
  await expect(confirm).toContainText('acme');
  await shot('sign-in-reset', false);
  await axe(page);
  await confirm.getByRole('button', { name: label(lang, 'Reset', '重置'), exact: true }).click();
  await expect(page.getByRole('button', { name: label(lang, 'Signed in as acme', '当前登录：acme') })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: label(lang, 'Export snapshot', '导出快照') })).toBeVisible();
  await page.waitForFunction(() => (window as { __mock?: unknown }).__mock !== undefined, null, { timeout: 30_000 });
  const groups = await api<{ groups: Array<{ name: string }> }>(page, '/v3/groups?name=before-the-reset');
  expect(groups.body.groups).toEqual([]);
}
