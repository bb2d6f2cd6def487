/**
 * Set-ups and journeys shared by trust.spec.ts and screenshots.spec.ts (issue 13): a 403 whose
 * answer depends on context the request lacks; the consequence previews of a policy edit, Add
 * Authorization and Modify.
 */
import type { Locator } from '@playwright/test';
import { api, expect, type gotoConsole, type Page } from './fixtures';

/**
 * analysts (liam's group) may list user groups only from 10.0.0.0/8, and the console's requests
 * carry no g:SourceIp; then signs in as liam (the page must show the shell, as the account).
 */
export async function conditionalGroupReadersAsLiam(page: Page): Promise<void> {
  const role = await api<{ role: { id: string } }>(page, '/v3.0/OS-ROLE/roles', {
    method: 'POST',
    body: {
      role: {
        display_name: 'Office Network Group Readers',
        type: 'AX',
        policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['iam:groups:listGroups'], Condition: { IpAddress: { 'g:SourceIp': ['10.0.0.0/8'] } } }] },
      },
    },
  });
  expect(role.status).toBe(201);
  const grant = await api(page, `/v3/OS-INHERIT/domains/d-acme/groups/g-analysts/roles/${role.body.role.id}/inherited_to_projects`, { method: 'PUT' });
  expect(grant.status).toBeLessThan(300);
  await page.getByRole('button', { name: /^(Signed in as|当前登录：) ?acme$/ }).click();
  await page.getByRole('menuitem', { name: /^liam/ }).click();
  await expect(page.getByRole('button', { name: /^(Signed in as|当前登录：) ?liam$/ })).toBeVisible();
}

type Lang = 'en' | 'zh';
const say = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);
const previewRegion = (scope: Locator, lang: Lang) => scope.getByRole('region', { name: say(lang, 'Who gains or loses access', '获得或失去权限的用户') });
const gains = (scope: Locator, lang: Lang, count: number) =>
  scope.getByRole('group', { name: lang === 'en' ? `Gains access: ${count} user${count === 1 ? '' : 's'}` : `获得权限：${count} 个用户` });

export interface PreviewJourneyOptions {
  page: Page;
  gotoConsole: typeof gotoConsole;
  lang: Lang;
  /** Photographs the page as `name` (screenshots.spec.ts); without it, nothing is photographed. */
  shot?: (name: string) => Promise<void>;
}

/**
 * Save of a custom policy's new document (Deny Training Jobs, held by contractors, no longer
 * denies training jobs) asks first and names who gains: dana and felix. Saved on Confirm.
 */
export async function policyEditPreviewJourney({ page, gotoConsole, lang, shot }: PreviewJourneyOptions): Promise<Locator> {
  await gotoConsole(page, '/iam/policies/pol-deny-training');
  await page.getByRole('tab', { name: say(lang, 'JSON', 'JSON视图'), exact: true }).click();
  const json = page.getByRole('textbox', { name: /^(Policy JSON|策略JSON)$/ });
  await json.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('{"Version":"1.1","Statement":[{"Effect":"Deny","Action":["modelarts:notebook:delete"]}]}');
  await page.getByRole('button', { name: say(lang, 'Save', '保存'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: say(lang, 'Save policy Deny Training Jobs?', '保存策略Deny Training Jobs？') });
  const impact = previewRegion(dialog, lang);
  const working = say(lang, 'Working out who gains or loses access…', '正在计算谁会获得或失去权限…');
  await expect(dialog.getByText(working).or(impact)).toBeVisible({ timeout: 30_000 });
  // While it is worked out, Save waits (read in one DOM snapshot: it may finish between two checks).
  const state = await dialog.evaluate((el, text) => ({
    working: (el.textContent ?? '').includes(text),
    disabled: [...el.querySelectorAll('button')].filter((b) => /^(Save|保存)$/.test(b.textContent?.trim() ?? '')).map((b) => b.disabled),
  }), working);
  if (state.working) expect(state.disabled).toEqual([true]);
  await expect(impact).toBeVisible({ timeout: 30_000 });
  await expect(gains(impact, lang, 2).getByText('dana, felix', { exact: true }).first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: say(lang, 'Save', '保存'), exact: true })).toBeEnabled();
  await shot?.('trust-policy-edit-preview');
  return dialog;
}

/** Add Authorization for nora with a new agency (Common User): the drawer names nora among those who gain before Create. */
export async function addAuthorizationPreviewJourney({ page, gotoConsole, lang, shot }: PreviewJourneyOptions): Promise<Locator> {
  await gotoConsole(page, '/global-config');
  await page.getByRole('button', { name: say(lang, 'Add Authorization', '添加授权') }).first().click();
  const drawer = page.getByRole('dialog', { name: say(lang, 'Add Authorization', '添加授权') });
  const input = drawer.getByRole('textbox', { name: say(lang, 'Authorized To', '授权对象') });
  await input.click();
  await input.fill('nora');
  await page.getByRole('option', { name: /^nora\b/ }).first().click();
  await expect(drawer.getByRole('textbox', { name: say(lang, 'Agency Name', '委托名称') })).toHaveValue(/^modelarts_agency_nora_/);
  const impact = previewRegion(drawer, lang);
  await expect(impact).toBeVisible({ timeout: 30_000 });
  await expect(gains(impact, lang, 1).getByText('nora', { exact: true }).first()).toBeVisible();
  // Set apart like the other previews: a titled section of the form.
  await expect(drawer.getByRole('heading', { name: say(lang, 'Who gains or loses access', '获得或失去权限的用户'), level: 3 })).toBeVisible();
  await drawer.getByRole('checkbox', { name: say(lang, 'I have read and agree to the ModelArts Service Statement', '我已经详细阅读并同意《ModelArts服务声明》') }).check();
  await expect(drawer.getByRole('button', { name: say(lang, 'Create', '创建'), exact: true })).toBeEnabled();
  await drawer.getByRole('heading', { name: say(lang, 'Who gains or loses access', '获得或失去权限的用户') }).scrollIntoViewIfNeeded();
  await shot?.('trust-add-authorization-preview');
  return drawer;
}

/** Modify arjun's authorization to modelarts_agency_ravi_8e1d: the dialog names arjun among those who gain before Save. */
export async function modifyAuthorizationPreviewJourney({ page, gotoConsole, lang, shot }: PreviewJourneyOptions): Promise<Locator> {
  await gotoConsole(page, '/global-config?size=50');
  const table = page.getByRole('table', { name: /^(Authorizations|授权列表)$/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'arjun', exact: true }) });
  await row.getByRole('button', { name: say(lang, 'Modify', '修改') }).click();
  const dialog = page.getByRole('dialog', { name: say(lang, 'Modify Authorization', '修改授权') });
  await dialog.getByRole('radio', { name: 'modelarts_agency_ravi_8e1d', exact: true }).check();
  const impact = previewRegion(dialog, lang);
  await expect(impact).toBeVisible({ timeout: 30_000 });
  await expect(gains(impact, lang, 1).getByText('arjun', { exact: true }).first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: say(lang, 'Save', '保存'), exact: true })).toBeEnabled();
  await shot?.('trust-modify-authorization-preview');
  return dialog;
}
