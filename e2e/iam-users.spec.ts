/**
 * Users, as an administrator clicks: search and paging, Create User (live validation, a server
 * conflict shown under the field), group membership, the Permissions tab (effective policies and
 * the engine's verdicts), delete with confirmation; the large organisation (10,000 users) stays
 * responsive; accessibility of every page and dialog; screenshots in light/dark × en/zh.
 */
import { expect, test, type Page } from './fixtures';

const usersTable = (page: Page) => page.getByRole('table', { name: 'Users' });
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

test.describe('Users', () => {
  test('list, search, create with validation, groups, permissions, delete', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    test.setTimeout(120_000);
    await gotoConsole(page, '/iam/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(usersTable(page).getByRole('link', { name: 'acme', exact: true })).toBeVisible();
    await expectNoA11yViolations(page);

    // Server-side search, kept in the URL.
    await page.getByRole('textbox', { name: 'Search users' }).fill('may');
    await expect(usersTable(page).getByRole('link', { name: 'maya', exact: true })).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=may/);
    await expect(usersTable(page).getByRole('link', { name: 'acme', exact: true })).toHaveCount(0);

    // Create User: live validation with the contract's messages, a 409 under the name, input kept.
    await page.getByRole('button', { name: 'Create User' }).click();
    const create = dialog(page, 'Create User');
    await expectNoA11yViolations(page);
    const name = create.getByRole('textbox', { name: 'Username' });
    await name.fill('1abc');
    await expect(create.getByText('Start with a letter or _, then letters, digits, spaces, _ - or .')).toBeVisible();
    await name.fill('maya');
    await create.getByRole('textbox', { name: 'Description' }).fill('<img src=x onerror=alert(1)> keeps text');
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(create.getByText('A user named maya already exists.')).toBeVisible();
    await expect(create.getByRole('textbox', { name: 'Description' })).toHaveValue('<img src=x onerror=alert(1)> keeps text');
    await expectNoA11yViolations(page);
    await name.fill('e2e.user');
    await expect(create.getByText('A user named maya already exists.')).toHaveCount(0);
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'User: e2e.user' })).toBeVisible();
    await expect(page.getByText('<img src=x onerror=alert(1)> keeps text')).toBeVisible();

    // Groups: add to a group through the searchable picker, then remove (confirmation).
    await expect(page.getByText('Not in any user group')).toBeVisible();
    await page.getByRole('textbox', { name: 'Add to user group' }).fill('analy');
    await page.getByRole('option', { name: 'analysts', exact: true }).click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    // The confirmation previews who gains access; its button waits until that is computed.
    const joining = dialog(page, 'Add e2e.user to the user group?');
    await joining.getByRole('button', { name: 'Copy as KooCLI' }).click(); // the same change as code
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM KeystoneAddUserToGroup --group_id='g-analysts' --user_id='[0-9a-f]{32}'$/m);
    await joining.getByRole('button', { name: 'Add 1 user' }).click();
    const groups = page.getByRole('table', { name: 'User groups of this user' });
    await expect(groups.getByRole('link', { name: 'analysts', exact: true })).toBeVisible();
    await expectNoA11yViolations(page);

    // Permissions: the group's policies with their scopes, and the verdicts with explanations.
    await page.getByRole('tab', { name: 'Permissions' }).click();
    const effective = page.getByRole('table', { name: 'Effective policies' });
    await expect(effective.getByRole('row').filter({ hasText: 'User group analysts' }).first()).toBeVisible();
    const verdicts = page.getByRole('table', { name: 'Verdicts for common actions' });
    for (const action of ['modelarts:notebook:create', 'modelarts:trainJob:create', 'modelarts:workspace:list', 'obs:object:GetObject']) {
      await expect(verdicts.getByRole('row').filter({ hasText: action })).toContainText(/Allowed|Explicit deny|Implicit deny/);
    }
    await expect(page.getByText(/Evaluated by the policy engine in region cn-north-4, workspace default/)).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('tab', { name: 'User Groups' }).click();
    await page.getByRole('button', { name: 'Remove from analysts' }).click();
    const removal = dialog(page, 'Remove e2e.user from analysts?');
    await removal.getByRole('button', { name: 'Copy as Terraform' }).click(); // the same change as code
    await expect(page.getByText('Terraform copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^# {3}remove from users: "[0-9a-f]{32}" \(e2e\.user\)$/m);
    await removal.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByText('Not in any user group')).toBeVisible();

    // Delete with confirmation.
    await page.getByRole('button', { name: 'Delete User' }).click();
    const confirm = dialog(page, 'Delete user e2e.user?');
    await expect(confirm).toContainText('This cannot be undone.');
    await expect(confirm.getByRole('region', { name: 'Who gains or loses access' })).toBeVisible({ timeout: 30_000 });
    await confirm.getByRole('button', { name: 'Copy as KooCLI' }).click(); // the deletion as code
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM KeystoneDeleteUser --user_id='[0-9a-f]{32}'$/m);
    await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Search users' }).fill('e2e.user');
    await expect(page.getByText('No data')).toBeVisible();
  });

  test('the list shows each user\'s groups and training readiness; the readiness opens the analyzer', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/iam/users?q=a&size=50');
    const row = (name: string) => usersTable(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row('maya')).toContainText('data-scientists', { timeout: 30_000 });
    await expect(row('maya').getByRole('link', { name: /^maya: ready for Managing training jobs/ })).toBeVisible();
    await expect(row('dana')).toContainText('contractors, data-scientists');
    await expect(row('dana').getByRole('link', { name: /^dana: not ready/ })).toHaveText('Not ready');
    // A readiness that rests on a condition is never shown as Ready.
    await expect(row('arjun').getByRole('link', { name: /^arjun: ready for Managing training jobs only under conditions/ })).toHaveText('Conditional');
    await expectNoA11yViolations(page);
    await row('dana').getByRole('link', { name: /^dana: not ready/ }).click();
    await expect(page).toHaveURL(/\/analyzer\?.*tab=scenario/);
    await expect(page.getByText('Not ready', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  });

  test("maya's Permissions tab explains the engine's verdicts", async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/iam/users/u-maya');
    await expect(page.getByRole('heading', { level: 1, name: 'User: maya' })).toBeVisible();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    const verdicts = page.getByRole('table', { name: 'Verdicts for common actions' });
    await expect(verdicts.getByRole('row').filter({ hasText: 'modelarts:trainJob:create' })).toContainText('Allowed');
    await expect(page.getByRole('table', { name: 'Effective policies' }).getByRole('row')).not.toHaveCount(1);
  });

  test('the large organisation: 10,000 users stay responsive (server-side paging and search)', async ({ page, gotoConsole }) => {
    test.setTimeout(120_000);
    await gotoConsole(page, '/iam/users');
    const seeded = await page.evaluate(async () => {
      // /__mock/* is for administrators: sign in as the account first.
      const sign = await fetch('/v3/auth/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } }) });
      const token = sign.headers.get('X-Subject-Token') ?? '';
      const res = await fetch('/__mock/seed', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token }, body: JSON.stringify({ size: 'large' }) });
      // Persisted before the reload.
      await (window as unknown as { __mock?: { flush: () => Promise<void> } }).__mock?.flush();
      return res.status;
    });
    expect(seeded).toBe(200);
    await page.reload();
    await expect(page.getByText('Total: 10000')).toBeVisible({ timeout: 15_000 });
    await expect(usersTable(page).getByRole('row')).toHaveCount(11);

    const started = Date.now();
    await page.getByRole('textbox', { name: 'Search users' }).fill('9999');
    await expect(page.getByText('Total: 1', { exact: true })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(5_000);
    await usersTable(page).getByRole('link').first().click();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await expect(page.getByRole('table', { name: 'Verdicts for common actions' }).getByRole('row')).toHaveCount(5, { timeout: 20_000 });

    await gotoConsole(page, '/iam/groups?page=50');
    await expect(page.getByText('Total: 1000')).toBeVisible();
    await expect(page.getByRole('table', { name: 'User groups' }).getByRole('row')).toHaveCount(11);
  });
});
