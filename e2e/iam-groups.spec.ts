/**
 * User Groups, as an administrator clicks: create a group (a 500 first, then Retry), add users,
 * authorize ModelArts CommonOperations for a region project and OBS OperateAccess for Global
 * services, see the grants, then the member's effective permissions; delete; accessibility of
 * every page and dialog; screenshots in light/dark × en/zh.
 */
import { api, expect, expectNoA11yViolationsInBothThemes, test, type Page } from './fixtures';
import { groupsJourney } from './journeys';

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

async function createGroup(page: Page, name: string) {
  await page.getByRole('button', { name: 'Create User Group' }).click();
  const d = dialog(page, 'Create User Group');
  await d.getByRole('textbox', { name: 'Name' }).fill(name);
  await d.getByRole('textbox', { name: 'Description' }).fill('Vision team <b>not bold</b>');
  await d.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `User group: ${name}` })).toBeVisible();
}

async function authorize(page: Page, policy: string, scope: string, project?: string) {
  await page.getByRole('button', { name: 'Authorize', exact: true }).click();
  const d = dialog(page, /^Authorize /);
  await d.getByRole('textbox', { name: 'Search policies' }).fill(policy);
  await d.getByRole('checkbox', { name: policy, exact: true }).check();
  await d.getByRole('button', { name: 'Next' }).click();
  await d.getByRole('radiogroup', { name: 'Scope' }).getByRole('radio', { name: scope }).check();
  if (project) {
    await d.getByRole('textbox', { name: 'Region projects' }).click();
    await page.getByRole('option', { name: project, exact: true }).click();
    await d.getByRole('heading').first().click(); // closes the option list
  }
  await d.getByRole('button', { name: 'OK' }).click();
  await expect(d).toHaveCount(0);
}

test.describe('User Groups', () => {
  test('create (500 then Retry), add a user, authorize two scopes, see the effective permissions', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoConsole(page, '/iam/groups');
    await expect(page.getByRole('heading', { level: 1, name: 'User Groups' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'User groups' }).getByRole('link', { name: 'admin', exact: true })).toBeVisible();
    await expectNoA11yViolations(page);

    // Live validation, then a server failure with Retry.
    await page.getByRole('button', { name: 'Create User Group' }).click();
    const create = dialog(page, 'Create User Group');
    await expectNoA11yViolations(page);
    const name = create.getByRole('textbox', { name: 'Name' });
    await name.fill('bad<name');
    await expect(create.getByText('A group name cannot contain')).toBeVisible();
    await name.fill('vision-e2e');
    await expect(create.getByText('A group name cannot contain')).toHaveCount(0);
    await create.getByRole('textbox', { name: 'Description' }).fill('Vision team <b>not bold</b>');
    expect((await api(page, '/__mock/faults', { method: 'PUT', body: { failNext: [{ method: 'POST', path: '/v3/groups', status: 500, times: 1 }] } })).status).toBe(200);
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(create.getByRole('alert')).toContainText('Could not create it');
    await expect(name).toHaveValue('vision-e2e');
    await create.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'User group: vision-e2e' })).toBeVisible();

    // Members: add liam through the searchable picker.
    await page.getByRole('button', { name: 'Add Users' }).click();
    const add = dialog(page, 'Add users to vision-e2e');
    await add.getByRole('textbox', { name: 'Users' }).fill('liam');
    await page.getByRole('option', { name: 'liam', exact: true }).click();
    await add.getByRole('heading', { name: 'Add users to vision-e2e' }).click(); // closes the option list
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expectNoA11yViolations(page);
    // The same change as code: KooCLI adds the user; Terraform says where (its membership resource owns the whole list).
    await add.getByRole('button', { name: 'Copy as KooCLI' }).click();
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM KeystoneAddUserToGroup --group_id='[0-9a-f]{32}' --user_id='u-liam'$/m);
    await add.getByRole('button', { name: 'Copy as Terraform' }).click();
    await expect(page.getByText('Terraform copied to the clipboard')).toBeVisible();
    const hcl = await page.evaluate(() => navigator.clipboard.readText());
    expect(hcl).toContain('#   add to users:      "u-liam" (liam)');
    expect(hcl).not.toMatch(/^resource /m);
    await expect(page.getByRole('table', { name: 'Members' }).getByText('liam')).toHaveCount(0); // copying applied nothing
    await add.getByRole('button', { name: 'Add 1 user' }).click();
    await expect(add).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Members' }).getByRole('link', { name: 'liam', exact: true })).toBeVisible();

    // Permissions: two grants with two scopes; the global-services rule is explained.
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await expect(page.getByText('No permissions granted')).toBeVisible();
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    const auth = dialog(page, 'Authorize vision-e2e');
    await auth.getByRole('textbox', { name: 'Search policies' }).fill('OBS OperateAccess');
    await auth.getByRole('checkbox', { name: 'OBS OperateAccess', exact: true }).check();
    await expectNoA11yViolations(page);
    await auth.getByRole('button', { name: 'Next' }).click();
    await auth.getByRole('radio', { name: 'Region-specific projects' }).check();
    await expect(auth.getByText('Global services are granted on All resources')).toBeVisible();
    await auth.getByRole('button', { name: 'OK' }).click();
    await expect(auth.getByText('Select at least one region project.')).toBeVisible();
    await expectNoA11yViolations(page);
    await auth.getByRole('button', { name: 'Cancel' }).click();

    await authorize(page, 'ModelArts CommonOperations', 'Region-specific projects', 'cn-north-4');
    await authorize(page, 'OBS OperateAccess', 'Global services');
    const grants = page.getByRole('table', { name: 'Permissions of this group' });
    await expect(grants.getByRole('row').filter({ hasText: 'ModelArts CommonOperations' })).toContainText('Region project: cn-north-4');
    await expect(grants.getByRole('row').filter({ hasText: 'OBS OperateAccess' })).toContainText('Global services');
    await expectNoA11yViolations(page);

    // The member's effective permissions show both, with their scopes, and the engine's verdicts.
    await page.getByRole('tab', { name: 'Users' }).click();
    await page.getByRole('table', { name: 'Members' }).getByRole('link', { name: 'liam', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'User: liam' })).toBeVisible();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    const effective = page.getByRole('table', { name: 'Effective policies' });
    const ma = effective.getByRole('row').filter({ hasText: 'ModelArts CommonOperations' }).filter({ hasText: 'vision-e2e' });
    await expect(ma).toContainText('Region project: cn-north-4');
    const obs = effective.getByRole('row').filter({ hasText: 'OBS OperateAccess' }).filter({ hasText: 'vision-e2e' });
    await expect(obs).toContainText('Global services');
    const verdicts = page.getByRole('table', { name: 'Verdicts for common actions' });
    await expect(verdicts.getByRole('row').filter({ hasText: 'obs:object:GetObject' })).toContainText('Allowed');
    await expect(verdicts.getByRole('row').filter({ hasText: 'modelarts:notebook:create' })).toContainText(/Allowed|Implicit deny|Explicit deny/);
    await expectNoA11yViolations(page);

    // Free text renders as text.
    await page.getByRole('tab', { name: 'User Groups' }).click();
    await page.getByRole('link', { name: 'vision-e2e', exact: true }).click();
    await expect(page.getByText('Vision team <b>not bold</b>')).toBeVisible();
  });

  test('the list row: Authorize (who gains, before OK, or copied as code) and Modify, as in the IAM console', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoConsole(page, '/iam/groups');
    const row = page.getByRole('table', { name: 'User groups' }).getByRole('row').filter({ has: page.getByRole('link', { name: 'analysts', exact: true }) });
    await expect(row.getByRole('button')).toHaveText(['Authorize', 'Modify', 'Delete']);
    // The built-in admin group offers none of them.
    const admin = page.getByRole('table', { name: 'User groups' }).getByRole('row').filter({ has: page.getByRole('link', { name: 'admin', exact: true }) });
    await expect(admin.getByRole('button')).toHaveCount(0);

    await row.getByRole('button', { name: 'Authorize user group analysts' }).click();
    const auth = dialog(page, 'Authorize analysts');
    await auth.getByRole('textbox', { name: 'Search policies' }).fill('ModelArts CommonOperations');
    await auth.getByRole('checkbox', { name: 'ModelArts CommonOperations', exact: true }).check();
    await auth.getByRole('button', { name: 'Next' }).click();
    await auth.getByRole('radiogroup', { name: 'Scope' }).getByRole('radio', { name: 'Region-specific projects' }).check();
    await auth.getByRole('textbox', { name: 'Region projects' }).click();
    await page.getByRole('option', { name: 'cn-north-4', exact: true }).click();
    await auth.getByRole('heading').first().click(); // closes the option list
    const impact = auth.getByRole('region', { name: 'Who gains or loses access' });
    await expect(impact.getByRole('group', { name: /^Gains access: \d+ users?$/ }).getByText(/liam/).first()).toBeVisible({ timeout: 30_000 });
    await expectNoA11yViolations(page);
    // The same grant as code, for the administrator's own pipeline: copying applies nothing.
    await auth.getByRole('button', { name: 'Copy as Terraform' }).click();
    await expect(page.getByText('Terraform copied to the clipboard')).toBeVisible();
    const hcl = await page.evaluate(() => navigator.clipboard.readText());
    expect(hcl).toMatch(/resource "huaweicloud_identity_group_role_assignment" "analysts_modelarts_commonoperations" \{\n\s+group_id\s+= "[^"]+"\n\s+role_id\s+= "[^"]+"\n\s+project_id = "p-cn-north-4"\n\}/);
    await auth.getByRole('button', { name: 'Copy as KooCLI' }).click();
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM KeystoneAssociateGroupWithProjectPermission --project_id='p-cn-north-4' --group_id='[^']+' --role_id='[^']+'$/m);
    await auth.getByRole('button', { name: 'OK' }).click();
    await expect(auth).toHaveCount(0);
    await expect(page.getByText('1 policy granted to analysts')).toBeVisible();

    // Modify: the name is validated live; the new description shows in the row.
    await row.getByRole('button', { name: 'Modify user group analysts' }).click();
    const modify = dialog(page, 'Modify user group analysts');
    const name = modify.getByRole('textbox', { name: 'Name' });
    await expect(name).toHaveValue('analysts');
    await name.fill('data-scientists');
    await modify.getByRole('button', { name: 'OK' }).click();
    await expect(modify.getByText('A user group named data-scientists already exists.')).toBeVisible();
    await name.fill('analysts');
    await modify.getByRole('textbox', { name: 'Description' }).fill('Business analysts: dashboards only');
    await expectNoA11yViolations(page);
    await modify.getByRole('button', { name: 'OK' }).click();
    await expect(modify).toHaveCount(0);
    await expect(row).toContainText('Business analysts: dashboards only');

    // The grant is on the group's Permissions tab with its scope.
    await row.getByRole('link', { name: 'analysts', exact: true }).click();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await expect(page.getByRole('table', { name: 'Permissions of this group' }).getByRole('row').filter({ hasText: 'ModelArts CommonOperations' })).toContainText('Region project: cn-north-4');
  });

  test('remove a grant and a member, then delete the group (confirmations)', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoConsole(page, '/iam/groups');
    await createGroup(page, 'to-delete');
    await page.getByRole('button', { name: 'Add Users' }).click();
    const add = dialog(page, 'Add users to to-delete');
    await add.getByRole('textbox', { name: 'Users' }).fill('omar');
    await page.getByRole('option', { name: 'omar', exact: true }).click();
    await add.getByRole('heading', { name: 'Add users to to-delete' }).click();
    await add.getByRole('button', { name: 'Add 1 user' }).click();
    await page.getByRole('button', { name: 'Remove omar from the group' }).click();
    const removal = dialog(page, 'Remove omar from to-delete?');
    await removal.getByRole('button', { name: 'Copy as KooCLI' }).click(); // the same change as code
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM KeystoneRemoveUserFromGroup --group_id='[0-9a-f]{32}' --user_id='u-omar'$/m);
    await expectNoA11yViolations(page);
    await removal.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByRole('button', { name: 'Remove omar from the group' })).toHaveCount(0);

    await page.getByRole('tab', { name: 'Permissions' }).click();
    await authorize(page, 'OBS OperateAccess', 'All resources');
    await page.getByRole('button', { name: 'Remove OBS OperateAccess' }).click();
    const revoke = dialog(page, 'Remove OBS OperateAccess?');
    await revoke.getByRole('button', { name: 'Copy as KooCLI' }).click(); // the same removal as code
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM DeleteDomainGroupInheritedRole --domain_id='d-acme' --group_id='[0-9a-f]{32}' --role_id='[^']+'$/m);
    await revoke.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByText('No permissions granted')).toBeVisible();

    await page.getByRole('button', { name: 'Delete User Group' }).click();
    const deletion = dialog(page, 'Delete user group to-delete?');
    await deletion.getByRole('button', { name: 'Copy as KooCLI' }).click(); // the deletion as code
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM KeystoneDeleteGroup --group_id='[0-9a-f]{32}'$/m);
    await deletion.getByRole('button', { name: 'Copy as Terraform' }).click();
    await expect(page.getByText('Terraform copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/delete from your configuration the huaweicloud_identity_group\n# whose id is "[0-9a-f]{32}"/);
    await deletion.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'User Groups' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Search user groups' }).fill('to-delete');
    await expect(page.getByText('No data')).toBeVisible();
  });
});

test("a group, Authorize and a user's permissions have no axe violations, light and dark", async ({ page, gotoConsole }) => {
  test.setTimeout(120_000); // several pages and dialogs, each scanned in both themes
  await groupsJourney({ page, gotoConsole, axe: expectNoA11yViolationsInBothThemes, theme: 'light', lang: 'en' });
});
