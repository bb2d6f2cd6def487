/**
 * Trust (issue 13), audited as an administrator clicks on the seed organisation:
 * - Deliver 1: the surfaces not covered in trust.spec.ts show Conditional, never Allowed — Check
 *   access on pasted policies, User access (functions and actions), a user's Permissions tab, the
 *   matrix's action cells and its CSV, a workspace's "Who can use" (with the keys and the
 *   statements that decide);
 * - Deliver 4: scenario readiness names the workspace layer and a missing Allow;
 * - Deliver 2: each remaining mutation that changes access opens the shared preview, which names
 *   who gains or loses before its Confirm is enabled: delete a user (its own page), remove a user
 *   from a group (the user's page), detach a policy from a group, remove an agency's grant, delete
 *   an agency in use (its authorizations go), delete a custom policy, change a workspace's users.
 */
import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { api, expect, expectNoA11yViolationsInBothThemes, test, type Page } from './fixtures';

const VISION_LAB = '4f6c1d2ab8e94e0f9a7c35d21b6e8f03';
const impactOf = (dialog: Locator) => dialog.getByRole('region', { name: 'Who gains or loses access' });
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

/** The preview names `user` among those who lose access, no one gains, and `confirm` is enabled once it is shown. */
async function expectLoses(d: Locator, user: string, confirm: string): Promise<void> {
  const impact = impactOf(d);
  await expect(impact).toBeVisible({ timeout: 30_000 });
  await expect(impact.getByRole('group', { name: /^Loses access: \d+ users?$/ }).getByText(new RegExp(`\\b${user}\\b`)).first()).toBeVisible();
  await expect(impact.getByRole('group', { name: /^Gains access/ })).toHaveCount(0);
  await expect(d.getByRole('button', { name: confirm, exact: true })).toBeEnabled();
}

test.describe('Trust audit: three verdicts everywhere', () => {
  test('User access: arjun is Conditional for training jobs and for modelarts:trainJob:create, never Allowed or Ready', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/analyzer?tab=user&user=arjun');
    await expect(page.getByRole('link', { name: 'Managing training jobs: Conditional' })).toBeVisible({ timeout: 30_000 });
    // The actions shown by default are the Allowed ones: not this one.
    await expect(page.getByRole('link', { name: 'modelarts:notebook:list: Allowed' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^modelarts:trainJob:create: / })).toHaveCount(0);
    await page.locator('label', { hasText: /^Conditional$/ }).click();
    await expect(page.getByRole('link', { name: 'modelarts:trainJob:create: Conditional' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'modelarts:notebook:list: Allowed' })).toHaveCount(0);
    await expectNoA11yViolationsInBothThemes(page);
    await expect(page.getByRole('link', { name: /^Managing training jobs: (Ready|Allowed)$/ })).toHaveCount(0);
  });

  test('Check access on pasted policies: an Allow with a Deny on modelarts:poolType = public is Conditional, with the value that denies, never Allowed', async ({ page, gotoConsole }) => {
    const policy = {
      Version: '1.1',
      Statement: [
        { Effect: 'Allow', Action: ['modelarts:*:*'] },
        { Effect: 'Deny', Action: ['modelarts:trainJob:create'], Condition: { StringEquals: { 'modelarts:poolType': ['public'] } } },
      ],
    };
    await gotoConsole(page, `/analyzer?tab=check&policy=${encodeURIComponent(JSON.stringify(policy))}&actions=modelarts:trainJob:create,modelarts:notebook:list`);
    const card = page.getByRole('article', { name: 'Result for modelarts:trainJob:create' });
    await expect(card.getByText('Conditional', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(card.getByText('Allowed', { exact: true })).toHaveCount(0);
    await expect(card.getByText('With modelarts:poolType = "public" the result is Explicit deny.')).toBeVisible();
    // An action no condition reads stays plainly Allowed.
    await expect(page.getByRole('article', { name: 'Result for modelarts:notebook:list' }).getByText('Allowed', { exact: true })).toBeVisible();
    await expectNoA11yViolationsInBothThemes(page);
  });

  test("a user's Permissions tab: arjun's modelarts:trainJob:create is Conditional on modelarts:poolType, naming the Deny statement, never Allowed", async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/iam/users/u-arjun');
    await page.getByRole('tab', { name: 'Permissions' }).click();
    const row = page.getByRole('table', { name: 'Verdicts for common actions' }).getByRole('row').filter({ hasText: 'modelarts:trainJob:create' });
    await expect(row).toContainText('Conditional', { timeout: 30_000 });
    await expect(row).not.toContainText('Allowed');
    await expect(row).toContainText('Depends on modelarts:poolType, which the request lacks (read by statement 1 of Deny Public Resource Pools): with other values the verdict differs.');
    await expectNoA11yViolationsInBothThemes(page);
  });

  test("the matrix's action cells: arjun → modelarts:trainJob:create is Conditional on modelarts:poolType, maya's is Allowed", async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/analyzer?tab=matrix&cols=actions&mactions=modelarts:trainJob:create');
    await page.getByRole('button', { name: 'Compute matrix' }).click({ timeout: 30_000 });
    const matrix = page.getByRole('region', { name: 'Access matrix result' });
    await expect(matrix.getByTestId('matrix-timing')).toBeVisible({ timeout: 30_000 });
    await expect(matrix.getByRole('link', { name: /^arjun · modelarts:trainJob:create: Conditional — .*modelarts:poolType/ })).toBeVisible();
    await expect(matrix.getByRole('link', { name: /^arjun · modelarts:trainJob:create: Allowed/ })).toHaveCount(0);
    await expect(matrix.getByRole('link', { name: /^maya · modelarts:trainJob:create: Allowed/ })).toBeVisible();
  });

  test("the matrix's CSV writes arjun's training cell as Conditional with its key, never Ready", async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/analyzer?tab=matrix');
    await page.getByRole('button', { name: 'Compute matrix' }).click({ timeout: 30_000 });
    const result = page.getByRole('region', { name: 'Access matrix result' });
    await expect(result.getByTestId('matrix-timing')).toBeVisible({ timeout: 30_000 });
    const download = page.waitForEvent('download');
    await result.getByRole('button', { name: 'Export CSV' }).click();
    const lines = (await readFile(await (await download).path(), 'utf8')).trim().split('\r\n');
    const header = lines[0]!.split(',');
    const col = header.indexOf('training-management');
    expect(col).toBeGreaterThan(0);
    const cell = (user: string) => lines.find((l) => l.startsWith(`${user},`))!.split(',')[col];
    expect(cell('arjun')).toBe('Conditional (modelarts:poolType)');
    expect(cell('maya')).toBe('Ready');
  });

  test('a workspace\'s "Who can use": a user allowed only while g:MFAPresent allows is Conditional, naming the key and the statement, and left out of Allowed', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/demo-data');
    const role = await api<{ role: { id: string } }>(page, '/v3.0/OS-ROLE/roles', {
      method: 'POST',
      body: { role: { display_name: 'ModelArts with MFA', type: 'XA', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*'], Condition: { BoolIfExists: { 'g:MFAPresent': ['true'] } } }] } } },
    });
    expect(role.status).toBe(201);
    expect((await api(page, `/v3/projects/p-cn-north-4/groups/g-analysts/roles/${role.body.role.id}`, { method: 'PUT' })).status).toBeLessThan(300);

    await gotoConsole(page, '/workspaces/0');
    const access = page.getByRole('region', { name: 'Who can use this workspace' });
    await expect(access.getByRole('status')).toContainText(/^\d+ of \d+ users can use this workspace\.$/, { timeout: 30_000 });
    await access.getByRole('searchbox', { name: 'Search users' }).fill('liam');
    const row = access.getByRole('table', { name: 'Users and their access to this workspace' }).getByRole('row', { name: /^liam/ });
    await expect(row).toContainText('Conditional');
    await expect(row).not.toContainText('Allowed');
    await expect(row).toContainText('Depends on g:MFAPresent, which the request lacks (read by statement 1 of ModelArts with MFA): with other values the verdict differs.');
    await expectNoA11yViolationsInBothThemes(page);
    // The Allowed filter leaves him out.
    await access.locator('label', { hasText: /^Allowed$/ }).click();
    await expect(row).toHaveCount(0);
  });
});

test('scenario readiness names the workspace layer (wes in vision-lab) and a missing Allow (omar), each where it refuses', async ({ page, gotoConsole }) => {
  await gotoConsole(page, `/analyzer?tab=scenario&user=wes&scenario=training-management&ws=${VISION_LAB}`);
  const result = page.getByRole('region', { name: 'Scenario result' });
  const workspace = result.getByRole('alert').filter({ hasText: 'Blocked by the workspace' });
  await expect(workspace).toContainText('The workspace "vision-lab" is Internal and does not list wes among its authorized users.', { timeout: 30_000 });
  await expect(result.getByText('Not ready', { exact: true })).toBeVisible();
  // In the default workspace nothing blocks him there.
  await gotoConsole(page, '/analyzer?tab=scenario&user=wes&scenario=training-management&ws=0');
  await expect(result.getByText('Ready', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(result.getByRole('alert').filter({ hasText: 'Blocked by the workspace' })).toHaveCount(0);

  await gotoConsole(page, '/analyzer?tab=scenario&user=omar&scenario=training-management');
  const missing = result.getByRole('table', { name: 'Permissions omar needs and does not have' });
  await expect(missing.getByRole('row').filter({ has: page.getByText('obs:object:GetObject', { exact: true }) })).toContainText('No policy allows it', { timeout: 30_000 });
});

test.describe('Trust audit: a consequence preview for every mutation that changes access', () => {
  test("deleting maya from her own page names her among those who lose access before Delete", async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/iam/users/u-maya');
    await page.getByRole('button', { name: 'Delete User' }).click();
    const d = dialog(page, 'Delete user maya?');
    await expectLoses(d, 'maya', 'Delete');
    await expectNoA11yViolationsInBothThemes(page);
    await d.getByRole('button', { name: 'Cancel' }).click();
  });

  test("removing maya from data-scientists on her page names her among those who lose access before Remove", async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/iam/users/u-maya');
    await page.getByRole('tab', { name: 'User Groups' }).click();
    await page.getByRole('button', { name: 'Remove from data-scientists' }).click();
    const d = dialog(page, 'Remove maya from data-scientists?');
    await expectLoses(d, 'maya', 'Remove');
    await d.getByRole('button', { name: 'Cancel' }).click();
  });

  test("detaching ModelArts Developer from data-scientists names its members among those who lose access before Remove", async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/iam/groups/g-data-scientists');
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('button', { name: /^Remove ModelArts Developer \(/ }).first().click();
    const d = dialog(page, 'Remove ModelArts Developer?');
    await expectLoses(d, 'maya', 'Remove');
    await d.getByRole('button', { name: 'Cancel' }).click();
  });

  test("removing the OBS grant of maya's agency names maya among those who lose access before Remove", async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/iam/agencies/ag-maya');
    await page.getByRole('button', { name: /^Remove ModelArts Agency OBS \(/ }).first().click();
    const d = dialog(page, 'Remove ModelArts Agency OBS?');
    await expectLoses(d, 'maya', 'Remove');
    await d.getByRole('button', { name: 'Cancel' }).click();
  });

  test("deleting maya's agency, in use by her authorizations, names her among those who lose access before the authorizations go", async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/iam/agencies');
    await page.getByRole('button', { name: 'Delete modelarts_agency_maya_3f9a' }).click();
    const d = dialog(page, 'modelarts_agency_maya_3f9a is used by ModelArts authorizations');
    await expectLoses(d, 'maya', 'Remove authorizations and delete');
    await expectNoA11yViolationsInBothThemes(page);
    await d.getByRole('button', { name: 'Cancel' }).click();
  });

  test('deleting a custom policy attached to nothing says that no one gains or loses access before Delete', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/demo-data');
    const role = await api(page, '/v3.0/OS-ROLE/roles', {
      method: 'POST',
      body: { role: { display_name: 'unused-e2e-policy', type: 'XA', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:list'] }] } } },
    });
    expect(role.status).toBe(201);
    await gotoConsole(page, '/iam/policies');
    await page.getByRole('textbox', { name: 'Search policies' }).fill('unused-e2e');
    await page.getByRole('button', { name: 'Delete unused-e2e-policy' }).click();
    const d = dialog(page, 'Delete custom policy unused-e2e-policy?');
    await expect(impactOf(d).getByText('No one gains or loses access.')).toBeVisible({ timeout: 30_000 });
    await d.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByText('Custom policy unused-e2e-policy deleted')).toBeVisible({ timeout: 20_000 });
  });

  test("removing maya from vision-lab's authorized users names her among those who lose access before Save", async ({ page, gotoConsole }) => {
    test.setTimeout(120_000); // the preview evaluates the whole organisation
    await gotoConsole(page, `/workspaces/${VISION_LAB}`);
    await page.getByRole('button', { name: 'Edit vision-lab' }).click();
    const d = dialog(page, 'Edit Workspace');
    const users = d.getByRole('textbox', { name: 'Authorized Users' });
    await users.click();
    await users.press('End');
    await users.press('Backspace'); // the last pill: maya
    await d.getByRole('heading', { name: 'Edit Workspace' }).click();
    await d.getByRole('button', { name: 'Save' }).click();
    await expectLoses(d, 'maya', 'Save');
  });
});
