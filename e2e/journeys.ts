/**
 * Journeys through a page that both `npm test` and `npm run screenshots` walk: the page specs
 * run them in light and dark (English) for the axe scans; e2e/screenshots.spec.ts runs them in
 * light/dark × en/zh and photographs each step into e2e/screenshots/<name>-<theme>-<lang>.png.
 */
import { api, expect, type expectNoA11yViolations, type gotoConsole, type Page } from './fixtures';

export type Theme = 'light' | 'dark';
export type Lang = 'en' | 'zh';

export interface JourneyOptions {
  page: Page;
  gotoConsole: typeof gotoConsole;
  axe: typeof expectNoA11yViolations;
  theme: Theme;
  lang: Lang;
  /** Photographs the page as `name` (npm run screenshots); without it, nothing is photographed. */
  shot?: (name: string, fullPage: boolean) => Promise<void>;
}

const noShot = async () => {};

/** The console opens in this colour scheme and language (what the header's switches store). */
export async function useThemeAndLanguage(page: Page, theme: Theme, lang: Lang): Promise<void> {
  await page.addInitScript(
    ([t, l]) => {
      localStorage.setItem('ma-console.color-scheme', t);
      localStorage.setItem('ma-console.language', l);
    },
    [theme, lang] as const,
  );
}

/** Waits until the mock backend has persisted its store (a reload reads it back). */
export async function flush(page: Page) {
  await page.evaluate(() => (window as unknown as { __mock?: { flush(): Promise<void> } }).__mock?.flush());
}

/** Notifications come and go during a scan. */
export const NOTIFICATIONS = { exclude: ['.mantine-Notifications-root'] };

const gcTable = (page: Page) => page.getByRole('table', { name: /^(Authorizations|授权列表)$/ });
const policiesTable = (page: Page) => page.getByRole('table', { name: /^(Policies|权限策略)$/ });
const workspacesTable = (page: Page) => page.getByRole('table', { name: /^(Workspaces|工作空间列表)$/ });
export const block = (page: Page, n: number) => page.locator(`#policy-block-${n - 1}`);
export const jsonEditor = (page: Page) => page.getByRole('textbox', { name: /^(Policy JSON|策略JSON)$/ });

/** Replaces the JSON editor's text in one input (no bracket auto-closing). */
export async function replaceJson(page: Page, text: string) {
  await jsonEditor(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

export async function createPolicy(page: Page, name: string, actions: string[]): Promise<string> {
  const res = await api<{ role: { id: string } }>(page, '/v3.0/OS-ROLE/roles', {
    method: 'POST',
    body: { role: { display_name: name, type: 'XA', description: 'e2e', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: actions }] } } },
  });
  expect(res.status).toBe(201);
  await flush(page);
  return res.body.role.id;
}

/** Global Configuration and its Add Authorization drawer. */
export async function globalConfigJourney({ page, gotoConsole, axe, theme, lang, shot = noShot }: JourneyOptions): Promise<void> {
  await useThemeAndLanguage(page, theme, lang);
  await gotoConsole(page, '/global-config');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme);
  await expect(gcTable(page).getByRole('row')).toHaveCount(11);
  await expect(page.getByRole('main').locator('[aria-busy="true"], .mantine-Skeleton-root')).toHaveCount(0);
  await shot('gc-page', true);
  await axe(page);

  await page.getByRole('button', { name: lang === 'en' ? 'Add Authorization' : '添加授权' }).first().click();
  const d = page.getByRole('dialog', { name: lang === 'en' ? 'Add Authorization' : '添加授权' });
  await expect(d).toBeVisible();
  await expect(d.locator('.mantine-Skeleton-root')).toHaveCount(0);
  await expect(d.getByRole('textbox', { name: lang === 'en' ? 'Agency Name' : '委托名称' })).toHaveValue(/^modelarts_agency_/);
  await shot('gc-drawer', false);
  await axe(page);

  // Delete the first row's authorization: who loses access, and the change as code.
  await page.keyboard.press('Escape');
  await expect(d).toHaveCount(0);
  await gcTable(page).getByRole('row').nth(1).getByRole('button', { name: lang === 'en' ? 'Delete' : '删除' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByRole('region', { name: lang === 'en' ? 'Who gains or loses access' : '获得或失去权限的用户' })).toBeVisible({ timeout: 30_000 });
  await expect(confirm.getByRole('button', { name: lang === 'en' ? 'Copy as Terraform' : '复制为 Terraform' })).toBeVisible();
  await shot('gc-delete-as-code', false);
  await axe(page);
  await confirm.getByRole('button', { name: lang === 'en' ? 'Cancel' : '取消' }).click();
  await expect(confirm).toHaveCount(0);
}

/** A group's members and permissions, Authorize (policies, scope), a user's permissions, Create User. */
export async function groupsJourney({ page, gotoConsole, axe, theme, lang, shot = noShot }: JourneyOptions): Promise<void> {
  await useThemeAndLanguage(page, theme, lang);
  const snap = async (name: string, fullPage = true) => {
    await shot(name, fullPage);
    await axe(page);
  };
  const settled = () => expect(page.getByRole('main').locator('[aria-busy="true"], .mantine-Skeleton-root, .mantine-Loader-root')).toHaveCount(0);
  await gotoConsole(page, '/iam/groups/g-data-scientists');
  await expect(page.getByRole('tab').first()).toBeVisible();
  await settled();
  await snap('group-members');
  // Add users: who gains access, and the change as code.
  await page.getByRole('button', { name: /^(Add Users|添加用户)$/ }).click();
  const add = page.getByRole('dialog');
  await add.getByRole('textbox').first().fill('liam');
  await page.getByRole('option', { name: 'liam', exact: true }).click();
  await add.getByRole('heading').first().click(); // closes the option list
  await expect(add.getByRole('region', { name: /^(Who gains or loses access|获得或失去权限的用户)$/ })).toBeVisible({ timeout: 30_000 });
  await expect(add.getByRole('button', { name: /^(Copy as KooCLI|复制为 KooCLI 命令)$/ })).toBeVisible();
  await snap('group-add-members', false);
  await page.keyboard.press('Escape');
  await expect(add).toHaveCount(0);
  await page.getByRole('tab').nth(1).click();
  await expect(page.getByRole('table')).toBeVisible();
  await snap('group-permissions');
  // Delete the group: who loses access, and the deletion as code (cancelled).
  await page.getByRole('button', { name: /^(Delete User Group|删除用户组)$/ }).click();
  const del = page.getByRole('dialog');
  await expect(del.getByRole('region', { name: /^(Who gains or loses access|获得或失去权限的用户)$/ })).toBeVisible({ timeout: 30_000 });
  await expect(del.getByRole('button', { name: /^(Copy as KooCLI|复制为 KooCLI 命令)$/ })).toBeVisible();
  await snap('group-delete-as-code', false);
  await del.getByRole('button', { name: /^(Cancel|取消)$/ }).click();
  await expect(del).toHaveCount(0);
  await page.getByRole('button', { name: /^(Authorize|授权)$/ }).click();
  const d = page.getByRole('dialog');
  await d.getByRole('checkbox').nth(2).check();
  await d.getByRole('checkbox').nth(5).check();
  await snap('group-authorize-policies', false);
  await d.getByRole('button', { name: /^(Next|下一步)$/ }).click();
  await d.getByRole('radio').nth(2).check();
  await snap('group-authorize-scope', false);
  await gotoConsole(page, '/iam/users/u-omar');
  await page.getByRole('tab').nth(1).click();
  await expect(page.getByRole('table').nth(1)).toBeVisible();
  await settled();
  await snap('user-permissions');
  await gotoConsole(page, '/iam/users');
  await page.getByRole('button', { name: /^(Create User|创建用户)$/ }).click();
  await page.getByRole('dialog').getByRole('textbox').first().fill('1bad');
  await snap('user-create', false);
}

/** The policies list and a system policy's view. */
export async function policiesJourney({ page, gotoConsole, axe, theme, lang, shot = noShot }: JourneyOptions): Promise<void> {
  await useThemeAndLanguage(page, theme, lang);
  await gotoConsole(page, '/iam/policies');
  await expect(policiesTable(page).getByRole('row').nth(5)).toBeVisible();
  await expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
  await shot('policies-list', true);
  await axe(page);
  await page.getByRole('button', { name: /^(View|查看) ModelArts CommonOperations$/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot('policies-system-view', false);
  await axe(page);

  // Deleting a custom policy attached to nothing: the preview (nobody gains or loses) and the deletion as code.
  await page.keyboard.press('Escape');
  expect((await api(page, '/v3.0/OS-ROLE/roles', { method: 'POST', body: { role: { display_name: 'journey-unused', type: 'XA', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:list'] }] } } } })).status).toBe(201);
  await flush(page);
  await gotoConsole(page, '/iam/policies');
  await page.getByRole('textbox', { name: /^(Search policies|搜索策略)$/ }).fill('journey-unused');
  await page.getByRole('button', { name: /^(Delete|删除) journey-unused$/ }).click();
  const del = page.getByRole('dialog');
  await expect(del.getByRole('region', { name: /^(Who gains or loses access|获得或失去权限的用户)$/ })).toBeVisible({ timeout: 30_000 });
  await expect(del.getByRole('button', { name: /^(Copy as KooCLI|复制为 KooCLI 命令)$/ })).toBeVisible();
  await shot('policy-delete-as-code', false);
  await axe(page);
  await del.getByRole('button', { name: /^(Cancel|取消)$/ }).click();
  await expect(del).toHaveCount(0);
}

/** The workspaces list, a workspace and its edit dialog. */
export async function workspacesJourney({ page, gotoConsole, axe, theme, lang, shot = noShot }: JourneyOptions): Promise<void> {
  await useThemeAndLanguage(page, theme, lang);
  await gotoConsole(page, '/workspaces');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme);
  await expect(workspacesTable(page).getByRole('link', { name: 'vision-lab' })).toBeVisible();
  await axe(page, NOTIFICATIONS);
  await shot('workspaces-list', true);

  await workspacesTable(page).getByRole('link', { name: 'vision-lab' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'vision-lab' })).toBeVisible();
  await expect(page.getByRole('main').locator('[aria-busy="true"], .mantine-Skeleton-root')).toHaveCount(0, { timeout: 20_000 });
  await axe(page, NOTIFICATIONS);
  await shot('workspace-detail', true);

  await page.getByRole('button', { name: lang === 'en' ? 'Edit vision-lab' : '编辑 vision-lab' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe(page, NOTIFICATIONS);
  await shot('workspace-edit', false);

  // Private: Save first shows who loses access in it, and the edit as code.
  const edit = page.getByRole('dialog');
  await edit.getByRole('radio', { name: lang === 'en' ? 'Private' : '私有' }).check();
  await edit.getByRole('button', { name: lang === 'en' ? 'Save' : '保存' }).click();
  await expect(edit.getByRole('region', { name: lang === 'en' ? 'Who gains or loses access' : '获得或失去权限的用户' })).toBeVisible({ timeout: 30_000 });
  await expect(edit.getByRole('button', { name: lang === 'en' ? 'Copy as Terraform' : '复制为 Terraform' })).toBeVisible();
  await axe(page, NOTIFICATIONS);
  await shot('workspace-edit-as-code', false);
}

/** The policy editor's visual, JSON and summary views on a custom policy with a condition. */
export async function policyEditorJourney({ page, gotoConsole, axe, theme, lang, shot = noShot }: JourneyOptions): Promise<void> {
  await useThemeAndLanguage(page, theme, lang);
  await gotoConsole(page, '/global-config');
  const id = await createPolicy(page, 'Screenshot policy', ['modelarts:notebook:list', 'modelarts:notebook:get', 'modelarts:trainJob:*']);
  await api(page, `/v3.0/OS-ROLE/roles/${id}`, {
    method: 'PATCH',
    body: {
      role: {
        display_name: 'Screenshot policy',
        type: 'XA',
        description: 'Notebooks for the vision team, only for users whose name ends with -ml.',
        policy: {
          Version: '1.1',
          Statement: [
            { Effect: 'Allow', Action: ['modelarts:notebook:list', 'modelarts:notebook:get', 'modelarts:trainJob:*'], Condition: { StringEndWithIfExists: { 'g:UserName': ['-ml', '-ops'] } } },
            { Effect: 'Deny', Action: ['modelarts:notebook:delete'] },
          ],
        },
      },
      version: 1,
    },
  });
  await flush(page);
  await gotoConsole(page, `/iam/policies/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(block(page, 1)).toBeVisible();
  await block(page, 2).getByRole('button', { name: /Collapse|收起/ }).click();
  await axe(page, NOTIFICATIONS);
  // From the top, so the fixed header is not painted over the middle of the full-page shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('policy-editor-visual', true);

  await page.getByRole('tab', { name: lang === 'en' ? 'JSON' : 'JSON视图', exact: true }).click();
  await replaceJson(page, '{\n  "Version": "1.1",\n  "Statement": [\n    { "Effect": "Allow", "Action": ["modelarts:notebook:list", "*:*:GetObject"], "Sid": "x" }\n  ]\n}');
  await expect(page.locator('.cm-lint-marker-error, .cm-lint-marker-warning').first()).toBeVisible();
  await axe(page, NOTIFICATIONS);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('policy-editor-json', true);

  await page.getByRole('tab', { name: lang === 'en' ? 'Summary' : '策略摘要', exact: true }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.getByRole('button', { name: lang === 'en' ? 'Compare with saved version' : '与已保存版本比较' }).click();
  await axe(page, NOTIFICATIONS);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('policy-editor-summary', true);
}
