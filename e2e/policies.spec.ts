/**
 * Policies, as an administrator clicks: system and custom policies with type, kind, description
 * and "used by"; search and filters; the read-only view of a system policy; Create Policy and a
 * custom policy open the editor; deleting is blocked while attached and confirmed otherwise;
 * accessibility with the drawer and dialogs open.
 */
import { expect, expectNoA11yViolationsInBothThemes, test, type Page } from './fixtures';
import { NOTIFICATIONS, policiesJourney } from './journeys';

const table = (page: Page) => page.getByRole('table', { name: /^(Policies|权限策略)$/ });
const rowOf = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByText(name, { exact: true }) });

/** Creates a custom policy through the API from inside the page (the MSW worker answers), as the account. */
async function createCustomPolicy(page: Page, name: string): Promise<number> {
  return page.evaluate(async (name) => {
    const sign = await fetch('/v3/auth/tokens', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } }),
    });
    const res = await fetch('/v3.0/OS-ROLE/roles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Auth-Token': sign.headers.get('X-Subject-Token') ?? '' },
      body: JSON.stringify({ role: { display_name: name, type: 'XA', description: 'Temporary <i>policy</i>', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:list'] }] } } }),
    });
    // Persisted before the caller reloads.
    await (window as unknown as { __mock?: { flush: () => Promise<void> } }).__mock?.flush();
    return res.status;
  }, name);
}

test.describe('Policies', () => {
  test('list with type, kind, used by; filters; read-only system policy view', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/iam/policies');
    await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Search policies' }).fill('ModelArts');
    const common = rowOf(page, 'ModelArts CommonOperations');
    await expect(common).toContainText('System-defined policy');
    await expect(common).toContainText('Project-level');
    const developer = rowOf(page, 'ModelArts Developer');
    await expect(developer).toContainText('Custom policy');
    await expect(developer).toContainText('Group data-scientists');
    await expectNoA11yViolations(page);

    // Filters: type and kind.
    await page.getByRole('textbox', { name: 'Search policies' }).fill('');
    await page.getByRole('textbox', { name: 'Policy type' }).click();
    await page.getByRole('option', { name: 'Custom policy' }).click();
    await expect(rowOf(page, 'ModelArts Developer')).toBeVisible();
    await expect(rowOf(page, 'ModelArts CommonOperations')).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Policy type' }).click();
    await page.getByRole('option', { name: 'All policy types' }).click();
    await page.getByRole('textbox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Global', exact: true }).click();
    await page.getByRole('textbox', { name: 'Search policies' }).fill('OBS OperateAccess');
    await expect(rowOf(page, 'OBS OperateAccess')).toContainText('Global');
    await expect(table(page).getByText('Project-level', { exact: true })).toHaveCount(0);

    // A system policy opens read-only: description and the JSON document.
    await page.getByRole('button', { name: 'View OBS OperateAccess' }).click();
    const drawer = page.getByRole('dialog', { name: 'OBS OperateAccess' });
    await expect(drawer.getByRole('region', { name: 'Policy document of OBS OperateAccess' })).toContainText('"Version": "1.1"');
    await expect(drawer.getByRole('button', { name: /edit/i })).toHaveCount(0);
    await expectNoA11yViolations(page);
    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect(drawer).toHaveCount(0);
  });

  test('Create Policy and a custom policy open the editor', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/iam/policies');
    await page.getByRole('button', { name: 'Create Policy' }).click();
    await expect(page).toHaveURL(/\/iam\/policies\/new$/);
    await page.goBack();
    await page.getByRole('textbox', { name: 'Search policies' }).fill('ModelArts Developer');
    await table(page).getByRole('link', { name: 'ModelArts Developer', exact: true }).click();
    await expect(page).toHaveURL(/\/iam\/policies\/pol-ma-developer$/);
  });

  test("Attach to… from a policy's page: a system policy to a user group (who gains, before OK), a custom policy to an agency (also copied as code)", async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoConsole(page, '/iam/policies');
    await page.getByRole('textbox', { name: 'Search policies' }).fill('ModelArts CommonOperations');
    await page.getByRole('button', { name: 'View ModelArts CommonOperations' }).click();
    await page.getByRole('dialog', { name: 'ModelArts CommonOperations' }).getByRole('button', { name: 'Attach to…' }).click();
    const attach = page.getByRole('dialog', { name: 'Attach ModelArts CommonOperations to…' });
    // Next names what is missing.
    await attach.getByRole('button', { name: 'Next' }).click();
    await expect(attach.getByText('Select at least one user group.')).toBeVisible();
    await attach.getByRole('textbox', { name: 'User groups' }).fill('analy');
    await page.getByRole('option', { name: 'analysts', exact: true }).click();
    await attach.getByRole('heading').first().click(); // closes the option list
    await expectNoA11yViolations(page);
    await attach.getByRole('button', { name: 'Next' }).click();
    await attach.getByRole('radiogroup', { name: 'Scope' }).getByRole('radio', { name: 'All resources' }).check();
    const impact = attach.getByRole('region', { name: 'Who gains or loses access' });
    await expect(impact.getByRole('group', { name: /^Gains access: \d+ users?$/ }).getByText(/liam/).first()).toBeVisible({ timeout: 30_000 });
    await expectNoA11yViolations(page);
    await attach.getByRole('button', { name: 'OK' }).click();
    await expect(attach).toHaveCount(0);
    await expect(page.getByText('ModelArts CommonOperations attached to 1 principal')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(rowOf(page, 'ModelArts CommonOperations')).toContainText('Group analysts');

    // A custom policy's page (the editor): to an agency, whose scopes have no enterprise projects.
    await page.getByRole('textbox', { name: 'Search policies' }).fill('ModelArts Read Only');
    await table(page).getByRole('link', { name: 'ModelArts Read Only', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /ModelArts Read Only/ })).toBeVisible();
    await page.getByRole('button', { name: 'Attach to…' }).click();
    const toAgency = page.getByRole('dialog', { name: 'Attach ModelArts Read Only to…' });
    await toAgency.getByRole('radiogroup', { name: 'Attach to' }).getByText('Agencies', { exact: true }).click();
    await toAgency.getByRole('textbox', { name: 'Agencies' }).fill('liam');
    await page.getByRole('option', { name: 'modelarts_agency_liam_e9a2', exact: true }).click();
    await toAgency.getByRole('heading').first().click();
    await toAgency.getByRole('button', { name: 'Next' }).click();
    const scopes = toAgency.getByRole('radiogroup', { name: 'Scope' });
    await expect(scopes.getByRole('radio')).toHaveCount(3);
    await scopes.getByRole('radio', { name: 'Global services' }).check();
    // A project-level policy: IAM grants it on All resources instead, and says so.
    await expect(toAgency.getByText('Project-level policies are granted on All resources')).toBeVisible();
    await expect(toAgency.getByRole('region', { name: 'Who gains or loses access' })).toBeVisible({ timeout: 30_000 });
    // As code it is granted where IAM grants it, on All resources, not Global services.
    await toAgency.getByRole('button', { name: 'Copy as KooCLI' }).click();
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM AssociateAgencyWithAllProjectsPermission --domain_id='[^']+' --agency_id='[^']+' --role_id='[^']+'$/m);
    await toAgency.getByRole('button', { name: 'Copy as Terraform' }).click();
    await expect(page.getByText('Terraform copied to the clipboard')).toBeVisible();
    const hcl = await page.evaluate(() => navigator.clipboard.readText());
    expect(hcl).toContain('#   all_resources_roles = ["ModelArts Read Only", …]');
    expect(hcl).not.toContain('resource "');
    await expectNoA11yViolations(page);
    await toAgency.getByRole('button', { name: 'OK' }).click();
    await expect(toAgency).toHaveCount(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Agencies' }).click();
    await page.getByRole('link', { name: 'modelarts_agency_liam_e9a2', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Permissions of modelarts_agency_liam_e9a2' }).getByRole('row').filter({ hasText: 'ModelArts Read Only' })).toContainText('All resources');
  });

  test('delete of a policy held by agencies: the refusal links to each agency', async ({ page, gotoConsole }) => {
    test.setTimeout(120_000);
    await gotoConsole(page, '/iam/policies');
    await page.getByRole('textbox', { name: 'Search policies' }).fill('ModelArts Agency OBS');
    await page.getByRole('button', { name: 'Delete ModelArts Agency OBS' }).click();
    const byAgencies = page.getByRole('alert').filter({ hasText: 'ModelArts Agency OBS is attached to' });
    await expect(byAgencies).not.toContainText('User group');
    await byAgencies.getByRole('link', { name: 'Agency modelarts_agency_omar_7c21 → Permissions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Agency modelarts_agency_omar_7c21' })).toBeVisible();
  });

  test('delete: blocked while attached, confirmed otherwise', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoConsole(page, '/iam/policies');
    expect(await createCustomPolicy(page, 'temp-e2e-policy')).toBe(201);
    await page.reload();
    await page.getByRole('textbox', { name: 'Search policies' }).fill('ModelArts Developer');
    await page.getByRole('button', { name: 'Delete ModelArts Developer' }).click();
    const blocked = page.getByRole('alert').filter({ hasText: 'cannot be deleted while it is attached' });
    await expect(blocked.getByRole('link', { name: 'User group data-scientists → Permissions' })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expectNoA11yViolations(page);


    await page.getByRole('textbox', { name: 'Search policies' }).fill('temp-e2e');
    await expect(rowOf(page, 'temp-e2e-policy')).toContainText('Not attached');
    await expect(rowOf(page, 'temp-e2e-policy')).toContainText('Temporary <i>policy</i>');
    await page.getByRole('button', { name: 'Delete temp-e2e-policy' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete custom policy temp-e2e-policy?' });
    // Attached to nobody: the preview says nobody gains or loses; the deletion can be copied as code.
    await expect(confirm.getByRole('region', { name: 'Who gains or loses access' })).toBeVisible({ timeout: 30_000 });
    await confirm.getByRole('button', { name: 'Copy as KooCLI' }).click();
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM DeleteCustomPolicy --role_id='[^']+'$/m);
    await expectNoA11yViolations(page, NOTIFICATIONS);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(rowOf(page, 'temp-e2e-policy')).toHaveCount(0);
    await expect(page.getByText('No data')).toBeVisible();
  });
});

test('the policies list and a system policy have no axe violations, light and dark', async ({ page, gotoConsole }) => {
  test.setTimeout(120_000); // a page and a dialog, each scanned in both themes
  await policiesJourney({ page, gotoConsole, axe: expectNoA11yViolationsInBothThemes, theme: 'light', lang: 'en' });
});
