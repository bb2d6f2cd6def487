/**
 * Agencies and regions, as an administrator clicks: the agency list and an agency's page (basic
 * information, used by, permissions by scope with Authorize / Remove), create and modify an agency,
 * delete one that an authorization uses (refused with the reason, offered to remove it); View
 * Permissions in Global Configuration → "Modify permissions in IAM" → the agency's page; switching
 * the region changes the authorization list; the same pages in Chinese; axe on each.
 */
import { api, expect, test, type Page } from './fixtures';

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const agenciesTable = (page: Page) => page.getByRole('table', { name: 'Agencies' });

async function chooseRegion(page: Page, label: 'Region' | '区域', region: string) {
  await page.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: region, exact: true }).click();
}

test.describe('Agencies', () => {
  test('list, detail with permissions by scope, create, modify, authorize and remove, delete in use', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    test.setTimeout(150_000);
    await gotoConsole(page, '/global-config');
    await page.getByRole('navigation').getByRole('link', { name: 'Agencies' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Agencies' })).toBeVisible();
    const maya = agenciesTable(page).getByRole('row').filter({ hasText: 'modelarts_agency_maya_3f9a' });
    await expect(maya).toContainText('Cloud service: ModelArts');
    await expect(maya).toContainText('Unlimited');
    // Used by: maya's authorization in each region.
    await expect(maya).toContainText('maya (cn-north-4), maya (cn-east-3)');
    await expect(agenciesTable(page).getByRole('row').filter({ hasText: 'partner_ops_agency' })).toContainText('Account: partnerco');
    await expectNoA11yViolations(page);

    // Create an agency for another account, valid 30 days; a clash is shown under the name.
    await page.getByRole('button', { name: 'Create Agency' }).click();
    const create = dialog(page, 'Create Agency');
    const name = create.getByRole('textbox', { name: 'Agency Name' });
    await name.fill('bad name');
    await expect(create.getByText('Use 1–64 letters, digits and _ + = , . @ - only.')).toBeVisible();
    await name.fill('modelarts_agency_maya_3f9a');
    await create.getByRole('radio', { name: 'Account' }).check();
    await create.getByRole('textbox', { name: 'Delegated Account' }).fill('auditco');
    await create.getByRole('textbox', { name: 'Validity Period' }).click();
    await page.getByRole('option', { name: 'Custom' }).click();
    await create.getByRole('textbox', { name: 'Days' }).fill('30');
    await expectNoA11yViolations(page);
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(create.getByText('An agency named modelarts_agency_maya_3f9a already exists.')).toBeVisible();
    await name.fill('audit_readonly');
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Agency audit_readonly' })).toBeVisible();
    await expect(page.getByText('Account: auditco')).toBeVisible();
    await expect(page.getByText(/^30 days \(expires \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} GMT\+08:00\)$/)).toBeVisible();
    await expect(page.getByText('No permissions granted')).toBeVisible();

    // Authorize a policy on Global services; it lists with its scope; then remove it.
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    const auth = dialog(page, /^Authorize /);
    await auth.getByRole('textbox', { name: 'Search policies' }).fill('IAM Read Only');
    await auth.getByRole('checkbox', { name: 'IAM Read Only', exact: true }).check();
    await auth.getByRole('button', { name: 'Next' }).click();
    const scopes = auth.getByRole('radiogroup', { name: 'Scope' });
    await expect(scopes.getByRole('radio')).toHaveCount(3); // no enterprise projects for agencies
    await scopes.getByRole('radio', { name: 'Global services' }).check();
    await auth.getByRole('button', { name: 'OK' }).click();
    await expect(auth).toHaveCount(0);
    const grants = page.getByRole('table', { name: 'Permissions of audit_readonly' });
    await expect(grants.getByRole('row').filter({ hasText: 'IAM Read Only' })).toContainText('Global services');
    await expectNoA11yViolations(page);
    await grants.getByRole('button', { name: 'Remove IAM Read Only (Global services)' }).click();
    const removal = dialog(page, 'Remove IAM Read Only?');
    await removal.getByRole('button', { name: 'Copy as KooCLI' }).click(); // the removal as code
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM RemoveDomainPermissionFromAgency --domain_id='d-acme' --agency_id='[^']+' --role_id='[^']+'$/m);
    await removal.getByRole('button', { name: 'Copy as Terraform' }).click();
    await expect(page.getByText('Terraform copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('out of its domain_roles in the huaweicloud_identity_agency that manages it');
    await removal.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByText('No permissions granted')).toBeVisible();

    // Modify: description and validity; the name cannot change.
    await page.getByRole('button', { name: 'Modify', exact: true }).click();
    const modify = dialog(page, 'Modify agency audit_readonly');
    await expect(modify.getByRole('textbox', { name: 'Agency Name' })).toBeDisabled();
    await modify.getByRole('textbox', { name: 'Description' }).fill('External audit, read only');
    await modify.getByRole('textbox', { name: 'Validity Period' }).click();
    await page.getByRole('option', { name: 'Unlimited' }).click();
    await modify.getByRole('button', { name: 'Save' }).click();
    await expect(modify).toHaveCount(0);
    await expect(page.getByText('External audit, read only')).toBeVisible();
    await expect(page.getByText('Unlimited', { exact: true })).toBeVisible();

    // Delete an agency in use: the reason names the authorizations; removing them deletes it.
    await page.getByRole('link', { name: 'Agencies' }).first().click();
    await agenciesTable(page).getByRole('button', { name: 'Delete modelarts_agency_liam_e9a2' }).click();
    const inUse = dialog(page, 'modelarts_agency_liam_e9a2 is used by ModelArts authorizations');
    await expect(inUse).toContainText('cannot be deleted while an authorization uses it: liam (cn-north-4)');
    await expect(inUse.getByRole('region', { name: 'Who gains or loses access' })).toBeVisible({ timeout: 30_000 });
    await inUse.getByRole('button', { name: 'Copy as KooCLI' }).click(); // the authorizations, then the agency, as code
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    const sh = await page.evaluate(() => navigator.clipboard.readText());
    expect(sh).toMatch(/^hcloud ModelArts DeleteAuthorizations --cli-region='cn-north-4' --project_id='[^']+' --user_id='u-liam'\n# Delete the agency "modelarts_agency_liam_e9a2"\.\nhcloud IAM DeleteAgency --agency_id='[^']+'$/m);
    await inUse.getByRole('button', { name: 'Remove authorizations and delete' }).click();
    await expect(agenciesTable(page).getByText('modelarts_agency_liam_e9a2')).toHaveCount(0);
    const left = await api<{ auth: Array<{ user_name: string }> }>(page, '/v2/p-cn-north-4/authorizations?search=liam');
    expect(left.body.auth).toEqual([]);
  });

  test('View Permissions → Modify permissions in IAM opens the agency page; the region switch changes the authorization list', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    await gotoConsole(page, '/global-config?size=50');
    const table = page.getByRole('table').first();
    await expect(page.getByText('You are viewing cn-north-4')).toBeVisible();
    await expect(table.getByRole('cell', { name: 'omar', exact: true })).toBeVisible();
    const omar = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'omar', exact: true }) });
    await omar.getByRole('button', { name: 'View Permissions' }).click();
    const view = dialog(page, 'View Permissions');
    await view.getByRole('link', { name: 'Modify permissions in IAM' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Agency modelarts_agency_omar_7c21' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Permissions of modelarts_agency_omar_7c21' })).toContainText('ModelArts Agency OBS');
    await expectNoA11yViolations(page);

    // cn-east-3 has its own, smaller set: maya yes, omar no.
    await gotoConsole(page, '/global-config?size=50');
    await expect(table.getByRole('cell', { name: 'omar', exact: true })).toBeVisible();
    await chooseRegion(page, 'Region', 'cn-east-3');
    await expect(page.getByText('You are viewing cn-east-3')).toBeVisible();
    await expect(table.getByRole('cell', { name: 'maya', exact: true })).toBeVisible();
    await expect(table.getByRole('cell', { name: 'omar', exact: true })).toHaveCount(0);
    await expectNoA11yViolations(page);
    await chooseRegion(page, 'Region', 'cn-north-4');
    await expect(table.getByRole('cell', { name: 'omar', exact: true })).toBeVisible();
  });

  test('in Chinese: 委托 list and page, region switch', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => localStorage.setItem('ma-console.language', 'zh'));
    await gotoConsole(page, '/iam/agencies');
    await expect(page.getByRole('heading', { level: 1, name: '委托' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: '委托' })).toHaveAttribute('aria-current', 'page');
    const maya = page.getByRole('table', { name: '委托' }).getByRole('row').filter({ hasText: 'modelarts_agency_maya_3f9a' });
    await expect(maya).toContainText('云服务：ModelArts');
    await expect(maya).toContainText('永久');
    await maya.getByRole('link', { name: 'modelarts_agency_maya_3f9a' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '委托 modelarts_agency_maya_3f9a' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '基本信息' })).toBeVisible();
    await expect(page.getByText('maya（cn-north-4）, maya（cn-east-3）')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('navigation').getByRole('link', { name: '全局配置' }).click();
    await expect(page.getByText('当前查看的是 cn-north-4')).toBeVisible();
    await chooseRegion(page, '区域', 'cn-east-3');
    await expect(page.getByText('当前查看的是 cn-east-3')).toBeVisible();
    await expect(page.getByRole('table').first().getByRole('cell', { name: 'omar', exact: true })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});
