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
 * Demo data as a non-administrator (the demo data tools hidden, with the reason), then a sign-in
 * that cannot succeed (the remembered account and persona no longer exist) recovered by the
 * start screen's demo reset: back to the seed, signed in as acme.
 */
export async function demoRecoveryJourney({ page, gotoConsole, axe, theme, lang, shot = noShot }: JourneyOptions): Promise<void> {
  await useThemeAndLanguage(page, theme, lang);
  await gotoConsole(page, '/demo-data');
  await expect(page.getByRole('button', { name: label(lang, 'Export snapshot', '导出快照') })).toBeVisible();
  const marker = await api(page, '/v3/groups', { method: 'POST', body: { group: { name: 'before-the-reset' } } });
  expect(marker.status).toBe(201);
  await flush(page);

  await personaButton(page).click();
  await page.getByRole('menuitem', { name: /^maya/ }).click();
  await expect(page.getByRole('button', { name: label(lang, 'Signed in as maya', '当前登录：maya') })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText(label(lang, 'Administrators only', '仅限管理员'))).toBeVisible();
  // No tool of the demo data: the only button left shows the demo guide again.
  await expect(main.getByRole('button')).toHaveText([label(lang, 'Show the demo guide', '显示演示指南')]);
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

/**
 * Two tabs modify maya's authorization: the tab that saves second gets 409, sees both agencies,
 * reapplies its choice on the latest version and saves; nothing was overwritten silently.
 */
export async function modifyConflictJourney({ page, gotoConsole, axe, theme, lang, shot = noShot }: JourneyOptions): Promise<void> {
  await useThemeAndLanguage(page, theme, lang);
  const other = await page.context().newPage();
  const table = (p: Page) => p.getByRole('table', { name: /^(Authorizations|授权列表)$/ });
  const rowOf = (p: Page, name: string) => table(p).getByRole('row').filter({ has: p.getByRole('cell', { name, exact: true }) });
  const modify = async (p: Page) => {
    await rowOf(p, 'maya').getByRole('button', { name: label(lang, 'Modify', '修改') }).click();
    const dialog = p.getByRole('dialog', { name: label(lang, 'Modify Authorization', '修改授权') });
    await expect(dialog.getByRole('radio', { name: 'ma_agency_develop_user', exact: true })).toBeVisible();
    return dialog;
  };
  for (const p of [page, other]) {
    await gotoConsole(p, '/global-config?size=50');
    await expect(rowOf(p, 'maya')).toBeVisible();
  }

  // This tab opens Modify on version 1 and chooses an agency.
  const mine = await modify(page);
  await mine.getByRole('radio', { name: 'ma_agency_develop_user', exact: true }).check();

  // The other tab saves first.
  const theirs = await modify(other);
  await theirs.getByRole('radio', { name: 'modelarts_agency_omar_7c21', exact: true }).check();
  await theirs.getByRole('button', { name: label(lang, 'Save', '保存') }).click();
  await expect(theirs).toBeHidden();
  await expect(rowOf(other, 'maya')).toContainText('modelarts_agency_omar_7c21');
  await other.close();

  await mine.getByRole('button', { name: label(lang, 'Save', '保存') }).click();
  const conflict = page.getByRole('dialog', { name: label(lang, 'Someone else changed this authorization', '其他人修改了此授权') });
  await expect(conflict).toBeVisible();
  const agencyRow = conflict.getByRole('row', { name: new RegExp(`^${label(lang, 'Agency', '委托')}`) });
  await expect(agencyRow.getByRole('cell').nth(0)).toContainText('ma_agency_develop_user');
  await expect(agencyRow.getByRole('cell').nth(1)).toContainText('modelarts_agency_omar_7c21');
  await shot('modify-conflict', false);
  await axe(page);

  await conflict.getByRole('button', { name: label(lang, 'Reapply my changes', '重新应用我的修改') }).click();
  const again = page.getByRole('dialog', { name: label(lang, 'Modify Authorization', '修改授权') });
  await expect(again.getByRole('status').filter({ hasText: /2/ })).toBeVisible();
  await expect(again.getByText('modelarts_agency_omar_7c21').first()).toBeVisible();
  await expect(again.getByRole('radio', { name: 'ma_agency_develop_user', exact: true })).toBeChecked();
  await again.getByRole('button', { name: label(lang, 'Save', '保存') }).click();
  await expect(again).toBeHidden();
  await expect(rowOf(page, 'maya')).toContainText('ma_agency_develop_user');
  const rows = await api<{ auth: Array<{ user_name: string; content: string; version: number }> }>(page, '/v2/p-cn-north-4/authorizations?search=maya');
  expect(rows.body.auth.map((a) => [a.user_name, a.content, a.version])).toEqual([['maya', 'ma_agency_develop_user', 3]]);
}
