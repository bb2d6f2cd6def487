/**
 * Trust (issue 13), as an administrator clicks: a verdict that depends on context the request
 * lacks is Conditional, not Allowed; every access-changing confirmation shows who gains and who
 * loses, and its Confirm waits for it; scenario readiness names strict mode; no agency leads to
 * Add Authorization prefilled for that user.
 */
import { api, expect, expectNoA11yViolationsInBothThemes, test, type Page } from './fixtures';
import { addAuthorizationPreviewJourney, conditionalGroupReadersAsLiam, modifyAuthorizationPreviewJourney, policyEditPreviewJourney } from './trust-journeys';

const arjunCell = (page: Page) => page.getByRole('link', { name: /^arjun · Managing training jobs: Conditional/ });
const region = (page: Page) => page.getByRole('dialog').getByRole('region', { name: 'Who gains or loses access' });

test.describe('Trust', () => {
  test('arjun → modelarts:trainJob:create is Conditional on modelarts:poolType, with the Deny statement and the value that denies', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/analyzer?tab=check&user=arjun&actions=modelarts:trainJob:create');
    const card = page.getByRole('article', { name: 'Result for modelarts:trainJob:create' });
    await expect(card.getByText('Conditional', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(card.getByText('Allowed', { exact: true })).toHaveCount(0);
    const note = card.getByRole('alert').filter({ hasText: 'Depends on context the request lacks' });
    await expect(note.getByText('modelarts:poolType', { exact: true })).toBeVisible();
    await expect(note.getByText(/Deny Public Resource Pools/)).toBeVisible();
    await expect(note.getByText('With modelarts:poolType = "public" the result is Explicit deny.')).toBeVisible();
    await expectNoA11yViolations(page);

    // Every permission for training jobs, but one rests on a condition: Conditional, never Ready, naming the key.
    await gotoConsole(page, '/analyzer?tab=scenario&user=arjun&scenario=training-management');
    const result = page.getByRole('region', { name: 'Scenario result' });
    await expect(result.getByText('Conditional', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(result.getByText('Ready', { exact: true })).toHaveCount(0);
    const alert = result.getByRole('alert').filter({ hasText: 'Depends on context the request lacks' });
    await expect(alert).toContainText("arjun's permission modelarts:trainJob:create depends on context keys the request lacks (modelarts:poolType)");
    await expect(alert).toContainText('So arjun is ready only while those values allow it: Conditional, not Ready.');
    await expectNoA11yViolations(page);
  });

  test('Who can use and the matrix by function: arjun is Conditional on modelarts:poolType, never counted as able to use training jobs', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/analyzer?tab=who&scenario=training-management');
    const result = page.getByRole('region', { name: 'Who can use result' });
    await expect(result.getByRole('status').first()).toContainText(/more users? can use it only under conditions the request does not settle \(Conditional\)\./, { timeout: 30_000 });
    // Can use (the default filter) leaves arjun out; Cannot use too; Conditional lists him, naming the key.
    await expect(result.getByRole('rowheader', { name: 'maya', exact: true })).toBeVisible();
    await expect(result.getByRole('rowheader', { name: 'arjun', exact: true })).toHaveCount(0);
    await result.getByText('Cannot use', { exact: true }).click();
    await expect(result.getByRole('rowheader', { name: 'dana', exact: true })).toBeVisible();
    // Each Not ready names the layer that refuses: a Deny (dana), strict mode (liam), a missing Allow (omar).
    // The Deny is named: its policy and statement, the first permission it refuses.
    await expect(result.getByRole('link', { name: /^dana · Managing training jobs: Not ready — .*explicit Deny: Deny Training Jobs · statement 1 denies modelarts:trainJob:\w+ and \d+ more user permissions/ })).toBeVisible();
    await expect(result.getByRole('link', { name: 'liam · Managing training jobs: Not ready — strict mode: no policy allows some ModelArts permissions (non-strict mode would)' })).toBeVisible();
    await expect(result.getByRole('link', { name: /^omar · Managing training jobs: Not ready — missing Allow: no policy allows some user permissions/ })).toBeVisible();
    await expect(result.getByRole('rowheader', { name: 'arjun', exact: true })).toHaveCount(0);
    await result.getByText('Conditional', { exact: true }).click();
    await expect(result.getByRole('radio', { name: 'Conditional' })).toBeChecked();
    await expect(result.getByRole('rowheader', { name: 'maya', exact: true })).toHaveCount(0);
    const arjun = result.getByRole('link', { name: 'arjun · Managing training jobs: Conditional — Depends on modelarts:poolType, which the request lacks (the check takes values for it).' });
    await expect(arjun).toBeVisible();
    await expectNoA11yViolations(page);

    // The matrix by ModelArts function says the same, and its filter finds him.
    await gotoConsole(page, '/analyzer?tab=matrix');
    await page.getByRole('button', { name: 'Compute matrix' }).click({ timeout: 30_000 });
    const matrix = page.getByRole('region', { name: 'Access matrix result' });
    await expect(matrix.getByTestId('matrix-timing')).toBeVisible({ timeout: 30_000 });
    await expect(matrix.getByRole('link', { name: /^arjun · Managing training jobs: Conditional — Depends on modelarts:poolType/ })).toBeVisible();
    await expect(matrix.getByRole('link', { name: /^maya · Managing training jobs: Ready$/ })).toBeVisible();

    // The cell opens the scenario check, which says Conditional too.
    await arjunCell(page).click();
    await expect(page.getByRole('region', { name: 'Scenario result' }).getByText('Conditional', { exact: true })).toBeVisible({ timeout: 30_000 });
  });

  test('a matrix action cell names strict mode where non-strict mode would allow it (liam)', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/analyzer?tab=matrix&cols=actions&mactions=modelarts:trainJob:create');
    await page.getByRole('button', { name: 'Compute matrix' }).click({ timeout: 30_000 });
    const matrix = page.getByRole('region', { name: 'Access matrix result' });
    await expect(matrix.getByTestId('matrix-timing')).toBeVisible({ timeout: 30_000 });
    await expect(
      matrix.getByRole('link', {
        name: 'liam · modelarts:trainJob:create: Implicit deny — no policy attached to the groups of liam allows it, and the account uses strict mode: in non-strict mode it would be allowed.',
      }),
    ).toBeVisible();
  });

  test('Check access: an action named just "modelarts" is what non-strict mode allows, and strict mode says so (liam)', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/analyzer?tab=check&user=liam&actions=modelarts');
    const card = page.getByRole('article', { name: 'Result for modelarts' });
    await expect(card.getByText('Implicit deny', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(card.getByText('In non-strict mode this request would be allowed.', { exact: true })).toBeVisible();
    // What-if non-strict agrees.
    await gotoConsole(page, '/analyzer?tab=check&user=liam&actions=modelarts&mode=loose');
    await expect(card.getByText('Allowed', { exact: true })).toBeVisible({ timeout: 30_000 });
  });

  test('in Chinese, verdicts stay on one line and the seed table rows that require a permission are in Chinese (service names kept)', async ({ page, gotoConsole }) => {
    await page.addInitScript(() => localStorage.setItem('ma-console.language', 'zh'));
    await gotoConsole(page, '/analyzer?tab=user&user=dana');
    const functions = page.getByRole('table', { name: /^dana 在 \d+ 个 ModelArts 功能中有 \d+ 个已就绪$/ });
    await expect(functions.getByRole('link', { name: /: 未就绪$/ }).first()).toBeVisible({ timeout: 30_000 });
    // Each verdict (icon and word) is one line high: "未就绪" does not break between its characters.
    const lines = await functions.getByRole('link').evaluateAll((links) =>
      links.map((a) => {
        const box = a.firstElementChild as HTMLElement;
        return Math.round(box.getBoundingClientRect().height / parseFloat(getComputedStyle(box).lineHeight));
      }),
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(new Set(lines)).toEqual(new Set([1]));

    await gotoConsole(page, '/analyzer?tab=scenario&user=omar&scenario=training-management');
    const missing = page.getByRole('table', { name: 'omar 需要但尚未拥有的权限' });
    await expect(missing.getByText('表4 · 训练管理 · OBS').first()).toBeVisible({ timeout: 30_000 });
    await expect(missing.getByText(/Table \d|Training management/)).toHaveCount(0);
    await expectNoA11yViolationsInBothThemes(page);
  });

  test('a 403 that context the request lacks decides reads Conditional, naming the key and the statement', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/demo-data');
    await conditionalGroupReadersAsLiam(page);

    await gotoConsole(page, '/iam/groups');
    const alert = page.getByRole('alert').filter({ hasText: 'Refused: Conditional on context the request lacks' });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText('Conditional: the answer depends on g:SourceIp, which the request lacks (read by statement 1 of Office Network Group Readers); with other values it could be allowed.');
    // The Why list says the same, never that no policy allows.
    await expect(alert.getByRole('listitem').first()).toHaveText(
      'Whether "liam" may do iam:groups:listGroups depends on "g:SourceIp", which the request lacks and a condition in "Office Network Group Readers" reads: with other values the request could be allowed.',
    );
    await expect(alert).not.toContainText('No policy');
    await expect(page.getByText('You are not allowed to do this', { exact: true })).toHaveCount(0);
    await expectNoA11yViolationsInBothThemes(page, { exclude: ['.mantine-Notifications-root'] });
  });

  test('deleting the group contractors shows that dana and felix gain training jobs', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/iam/groups/g-contractors');
    await page.getByRole('button', { name: 'Delete User Group' }).click();
    const impact = region(page);
    await expect(impact).toBeVisible({ timeout: 30_000 });
    const gains = impact.getByRole('group', { name: 'Gains access: 2 users' });
    await expect(gains.getByText('dana, felix', { exact: true })).toBeVisible();
    await expect(gains.getByText(/Managing training jobs \(2\):/)).toBeVisible();
    await expect(impact.getByRole('group', { name: /^Loses access/ })).toHaveCount(0);
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Delete' })).toBeEnabled();
    await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  test('attaching a policy to analysts shows who gains it before OK', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/iam/groups/g-analysts');
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('button', { name: 'Authorize', exact: true }).click();
    const d = page.getByRole('dialog', { name: /^Authorize / });
    await d.getByRole('textbox', { name: 'Search policies' }).fill('ModelArts CommonOperations');
    await d.getByRole('checkbox', { name: 'ModelArts CommonOperations', exact: true }).check();
    await d.getByRole('button', { name: 'Next' }).click();
    await d.getByRole('radiogroup', { name: 'Scope' }).getByRole('radio', { name: 'All resources' }).check();
    const impact = d.getByRole('region', { name: 'Who gains or loses access' });
    await expect(impact).toBeVisible({ timeout: 30_000 });
    await expect(impact.getByRole('group', { name: /^Gains access: \d+ users?$/ }).getByText(/liam/).first()).toBeVisible();
    await expect(d.getByRole('button', { name: 'OK' })).toBeEnabled();
  });

  test('the mode dialog: Confirm waits for who gains or loses, then lists liam among those who gain', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/global-config');
    await page.getByRole('radiogroup', { name: 'Authorization Mode' }).getByRole('radio', { name: 'Non-strict', exact: true }).click();
    const d = page.getByRole('dialog', { name: /Change the authorization mode to Non-strict/ });
    const confirm = d.getByRole('button', { name: 'Confirm' });
    // Until the preview is computed, Confirm is disabled and a progress indicator says why.
    const impact = d.getByRole('region', { name: 'Who gains or loses access' });
    await expect(d.getByText('Working out who gains or loses access…').or(impact)).toBeVisible({ timeout: 30_000 });
    // Read in one DOM snapshot: the preview may finish between two separate checks.
    const state = await d.evaluate((el) => ({
      working: (el.textContent ?? '').includes('Working out who gains or loses access…'),
      disabled: [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Confirm')?.disabled ?? null,
    }));
    if (state.working) expect(state.disabled).toBe(true);
    await expect(impact).toBeVisible({ timeout: 30_000 });
    await expect(confirm).toBeEnabled();
    await expect(impact.getByRole('group', { name: /^Gains access/ }).getByText(/\bliam\b/).first()).toBeVisible();
    await d.getByRole('button', { name: 'Cancel' }).click();
  });

  test('editing a custom policy: Save asks first, waits for who gains (dana, felix), then saves', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const dialog = await policyEditPreviewJourney({ page, gotoConsole, lang: 'en' });
    await expect(dialog.getByText('Saving changes what this policy allows or denies for every user group and agency it is attached to, in every scope.')).toBeVisible();
    // The same edit as code: the policy's new document through IAM UpdateCloudServiceCustomPolicy.
    await dialog.getByRole('button', { name: 'Copy as KooCLI' }).click();
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    const sh = await page.evaluate(() => navigator.clipboard.readText());
    expect(sh).toMatch(/^hcloud IAM UpdateCloudServiceCustomPolicy --role_id='[^']+' --cli-jsonInput=IAM_UpdateCloudServiceCustomPolicy.json$/m);
    expect(sh).toContain('"display_name": "Deny Training Jobs"');
    await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Policy Deny Training Jobs saved')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('No unsaved changes.')).toBeVisible();
  });

  test('Add Authorization: the drawer names who gains (nora) before Create, and Create adds it', async ({ page, gotoConsole }) => {
    const drawer = await addAuthorizationPreviewJourney({ page, gotoConsole, lang: 'en' });
    await expectNoA11yViolationsInBothThemes(page);
    await drawer.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(drawer).toBeHidden({ timeout: 20_000 });
    await expect(page.getByText('Authorization added for nora')).toBeVisible();
  });

  test('Modify Authorization: the dialog names who gains (arjun) before Save, and Save changes the agency', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    const dialog = await modifyAuthorizationPreviewJourney({ page, gotoConsole, lang: 'en' });
    await expect(dialog.getByRole('region', { name: 'Who gains or loses access' }).getByText(/^Auto labeling \(1\):/).first()).toBeVisible();
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    const table = page.getByRole('table', { name: 'Authorizations' });
    await expect(table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'arjun', exact: true }) })).toContainText('modelarts_agency_ravi_8e1d');
  });

  test('liam: strict mode is named as the reason; nora: Add Authorization opens prefilled for her', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/analyzer?tab=scenario&user=liam&scenario=training-management');
    const strict = page.getByRole('alert').filter({ hasText: 'Strict authorization mode' });
    await expect(strict).toBeVisible({ timeout: 30_000 });
    await expect(strict.getByText(/15 ModelArts actions are missing because the account uses strict mode .* in non-strict mode liam would have them\./)).toBeVisible();
    await expectNoA11yViolations(page);

    await gotoConsole(page, '/analyzer?tab=scenario&user=nora&scenario=training-management');
    await page.getByRole('link', { name: 'Add Authorization for nora' }).click();
    const drawer = page.getByRole('dialog', { name: 'Add Authorization' });
    await expect(drawer).toBeVisible({ timeout: 30_000 });
    await expect(drawer.getByRole('textbox', { name: 'Authorized To' })).toHaveValue('nora');
    await expect(drawer.getByRole('textbox', { name: 'Agency Name' })).toHaveValue(/^modelarts_agency_nora_/);
  });

  test('dana: no fix is offered while a Deny blocks her; the remedies name the statement, preview who gains, and leaving contractors makes her ready', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoConsole(page, '/analyzer?tab=scenario&user=dana&scenario=training-management');
    const result = page.getByRole('region', { name: 'Scenario result' });
    await expect(result.getByText('Not ready', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(result.getByRole('button', { name: 'Generate fix' })).toHaveCount(0);
    const notOffered = result.getByRole('alert').filter({ hasText: 'Generate fix is not offered' });
    await expect(notOffered.getByText('a Deny still refuses 7 permissions (remedies above);')).toBeVisible();
    const deny = result.getByRole('alert').filter({ hasText: 'Blocked by the Deny policy "Deny Training Jobs"' });
    await expect(deny.getByRole('link', { name: 'Deny Training Jobs · statement 1' })).toHaveAttribute('href', '/iam/policies/pol-deny-training?statement=1');
    const remedies = deny.getByRole('group', { name: 'Remedies for "Deny Training Jobs"' });
    await expectNoA11yViolations(page);

    // Editing the statement: the preview covers everyone holding the policy (dana and felix gain).
    await remedies.getByRole('button', { name: 'Edit statement 1 of Deny Training Jobs' }).click();
    let dialog = page.getByRole('dialog', { name: 'Edit statement 1 of Deny Training Jobs' });
    await expect(dialog.getByText(/Afterwards dana is ready for Managing training jobs\./)).toBeVisible();
    await expect(region(page).getByRole('group', { name: 'Gains access: 2 users' }).getByText('dana, felix', { exact: true })).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // Leaving contractors: only dana gains; confirmed, she is ready.
    await remedies.getByRole('button', { name: 'Remove dana from contractors' }).click();
    dialog = page.getByRole('dialog', { name: 'Remove dana from contractors?' });
    const gains = region(page).getByRole('group', { name: 'Gains access: 1 user' });
    await expect(gains.getByText('dana', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(region(page).getByRole('group', { name: /^Loses access/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Copy as KooCLI' }).click(); // the remedy as code
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^hcloud IAM KeystoneRemoveUserFromGroup --group_id='g-contractors' --user_id='u-dana'$/m);
    await dialog.getByRole('button', { name: 'Remove from group' }).click();
    await expect(page.getByText('dana was removed from contractors.')).toBeVisible({ timeout: 20_000 });
    await expect(result.getByText('Ready', { exact: true })).toBeVisible({ timeout: 30_000 });
  });

  test("a remedy's preview is evaluated in the analyzer's chosen region, not the console's", async ({ page, gotoConsole }) => {
    // In cn-east-3 dana has no agency, and her group's ModelArts policies do not reach that region: leaving contractors changes nothing there.
    await gotoConsole(page, '/analyzer?tab=scenario&user=dana&scenario=training-management&region=p-cn-east-3');
    const result = page.getByRole('region', { name: 'Scenario result' });
    await expect(result.getByText('Not ready', { exact: true })).toBeVisible({ timeout: 30_000 });
    await result.getByRole('group', { name: 'Remedies for "Deny Training Jobs"' }).getByRole('button', { name: 'Remove dana from contractors' }).click();
    await expect(region(page).getByText('No one gains or loses access.')).toBeVisible({ timeout: 30_000 });
    await expect(region(page)).toContainText('Worked out on the whole organisation for region cn-east-3, workspace default.');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    // The console's own region (cn-north-4), chosen in the analyzer: dana gains training jobs.
    await gotoConsole(page, '/analyzer?tab=scenario&user=dana&scenario=training-management&region=p-cn-north-4');
    await result.getByRole('group', { name: 'Remedies for "Deny Training Jobs"' }).getByRole('button', { name: 'Remove dana from contractors' }).click({ timeout: 30_000 });
    await expect(region(page).getByRole('group', { name: 'Gains access: 1 user' }).getByText(/Managing training jobs \(1\):/)).toBeVisible({ timeout: 30_000 });
  });

  test('arjun, ready only on a condition a Deny reads: no fix is offered, the values decide, and the link checks again with a value', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/analyzer?tab=scenario&user=arjun&scenario=training-management');
    const result = page.getByRole('region', { name: 'Scenario result' });
    await expect(result.getByText('Conditional', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(result.getByRole('button', { name: 'Generate fix' })).toHaveCount(0);
    const values = result.getByRole('alert').filter({ hasText: 'The context values decide' });
    await expect(values).toContainText(
      'No fix is offered for the condition: even granted with no condition, modelarts:trainJob:create would still depend on modelarts:poolType, which a condition of a Deny statement reads, and a Deny wins over any grant.',
    );
    await expectNoA11yViolationsInBothThemes(page);
    await values.getByRole('link', { name: 'Check arjun with values for modelarts:poolType' }).click();
    const card = page.getByRole('article', { name: 'Result for modelarts:trainJob:create' });
    await expect(card.getByText('Conditional', { exact: true })).toBeVisible({ timeout: 30_000 });
    // The administrator supplies the value the jobs carry, and checks again.
    await page.getByRole('button', { name: 'Add context key' }).click();
    await page.getByRole('textbox', { name: 'Key 1' }).fill('modelarts:poolType');
    await page.getByRole('textbox', { name: 'Value 1' }).fill('dedicated');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(card.getByText('Allowed', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(card.getByText('Conditional', { exact: true })).toHaveCount(0);
  });

  test('liam, ready only while g:MFAPresent allows: the fix grants without the condition, previews who gains, and makes him Ready', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/demo-data');
    // analysts may use ModelArts unless a request says MFA is absent (BoolIfExists: no value holds).
    const role = await api<{ role: { id: string } }>(page, '/v3.0/OS-ROLE/roles', {
      method: 'POST',
      body: { role: { display_name: 'ModelArts with MFA', type: 'XA', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*'], Condition: { BoolIfExists: { 'g:MFAPresent': ['true'] } } }] } } },
    });
    expect(role.status).toBe(201);
    const grant = await api(page, `/v3/projects/p-cn-north-4/groups/g-analysts/roles/${role.body.role.id}`, { method: 'PUT' });
    expect(grant.status).toBeLessThan(300);

    await gotoConsole(page, '/analyzer?tab=scenario&user=liam&scenario=training-management');
    const result = page.getByRole('region', { name: 'Scenario result' });
    await expect(result.getByText('Conditional', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expectNoA11yViolationsInBothThemes(page);
    await expect(result.getByText(/^Generate fix grants these 15 permissions with no condition on g:MFAPresent: simulated on a copy of the organisation, liam is then ready whatever the values\./)).toBeVisible();
    await result.getByRole('button', { name: 'Generate fix' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate fix for liam' });
    await expect(dialog.getByText(/with no condition, those that depended on g:MFAPresent/)).toBeVisible();
    await expect(dialog.getByLabel('JSON of policy 1')).toContainText('modelarts:trainJob:create');
    await expect(dialog.getByLabel('JSON of policy 1')).not.toContainText('Condition');
    // Who gains, before Save and attach (which waits for it): liam alone, for training jobs.
    const impact = dialog.getByRole('region', { name: 'Who gains or loses access' });
    await expect(impact).toBeVisible({ timeout: 30_000 });
    await expect(impact.getByRole('group', { name: 'Gains access: 1 user' }).getByText('liam', { exact: true }).first()).toBeVisible();
    await expect(impact.getByRole('group', { name: /^Loses access/ })).toHaveCount(0);
    await expectNoA11yViolationsInBothThemes(page);
    await dialog.getByRole('button', { name: 'Save and attach' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(result.getByText('Ready', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(result.getByText('Conditional', { exact: true })).toHaveCount(0);
  });
});
