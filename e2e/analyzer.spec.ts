/**
 * Access Analyzer, as an administrator clicks: the showcase users' training readiness, a
 * what-if mode check, Generate fix for omar (saved, attached, Ready), a shared check URL in a
 * new page, the matrix (worker, progress, CSV download), accessibility, screenshots.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures';

const VISION_LAB = '4f6c1d2ab8e94e0f9a7c35d21b6e8f03';
const scenarioResult = (page: Page) => page.getByRole('region', { name: 'Scenario result' });
const checkResults = (page: Page) => page.getByRole('region', { name: 'Check results' });

async function openAnalyzer(page: Page, gotoConsole: (page: Page, path: string) => Promise<void>, query = '') {
  await gotoConsole(page, `/analyzer${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Access Analyzer' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Check access' })).toBeVisible({ timeout: 30_000 });
}

async function chooseOption(page: Page, label: string, typed: string, option: string | RegExp) {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await box.click();
  if (typed) await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function scenarioFor(page: Page, gotoConsole: (page: Page, path: string) => Promise<void>, user: string, ws = '0') {
  await openAnalyzer(page, gotoConsole, `?tab=scenario&user=${user}&scenario=training-management&ws=${ws}`);
  await expect(scenarioResult(page)).toBeVisible();
  return scenarioResult(page);
}

test.describe('Access Analyzer', () => {
  test('the three tabs; scenario readiness chosen by typing the function name (maya is Ready)', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await openAnalyzer(page, gotoConsole);
    await expect(page.getByRole('tab', { name: 'Scenario readiness' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Access matrix' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('tab', { name: 'Scenario readiness' }).click();
    await chooseOption(page, 'User', 'may', 'maya');
    await chooseOption(page, 'Scenario', 'training jobs', 'Managing training jobs');
    const result = scenarioResult(page);
    await expect(result.getByText('Ready', { exact: true })).toBeVisible();
    await expect(result.getByRole('button', { name: 'Generate fix' })).toHaveCount(0);
    await expect(page).toHaveURL(/scenario=training-management/);
    await expectNoA11yViolations(page);
  });

  test('showcase users: omar misses OBS, dana is blocked by a Deny, wes by vision-lab, nora has no agency', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    let r = await scenarioFor(page, gotoConsole, 'omar');
    await expect(r.getByText('Not ready', { exact: true })).toBeVisible();
    await expect(r.getByRole('table', { name: /Permissions omar needs/ })).toContainText('obs:object:GetObject');
    await expect(r.getByRole('table', { name: /Permissions omar needs/ })).toContainText('Table 4');
    await expect(r.getByRole('table', { name: /Permissions omar needs/ }).getByText(/^modelarts:/)).toHaveCount(0);
    await expectNoA11yViolations(page);

    r = await scenarioFor(page, gotoConsole, 'dana');
    await expect(r.getByText('Not ready', { exact: true })).toBeVisible();
    await expect(r.getByText('Blocked by the Deny policy "Deny Training Jobs"')).toBeVisible();
    await expect(r.getByText(/A fix cannot override a Deny/)).toBeVisible();

    r = await scenarioFor(page, gotoConsole, 'wes', VISION_LAB);
    await expect(r.getByText('Not ready', { exact: true })).toBeVisible();
    await expect(r.getByText('Blocked by the workspace')).toBeVisible();
    await expect(r.getByText(/"vision-lab" is Internal and does not list wes/)).toBeVisible();
    r = await scenarioFor(page, gotoConsole, 'wes');
    await expect(r.getByText('Ready', { exact: true })).toBeVisible();

    r = await scenarioFor(page, gotoConsole, 'nora');
    await expect(r.getByText('Not ready', { exact: true })).toBeVisible();
    await expect(r.getByText('No agency', { exact: true })).toBeVisible();
    await expect(r.getByRole('link', { name: 'Add Authorization for nora' })).toBeVisible();
  });

  test('liam: denied in strict mode, allowed in "what if Non-strict"; the check URL gives the same result in a new page', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    await openAnalyzer(page, gotoConsole);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByText('Choose the user to check.')).toBeVisible();
    await expect(page.getByText('Choose at least one action.')).toBeVisible();
    await chooseOption(page, 'User', 'lia', 'liam');
    await page.getByRole('textbox', { name: 'Wildcard pattern' }).fill('modelarts:trainJob:create');
    await page.getByRole('button', { name: 'Add 1 match' }).click();
    await page.getByRole('button', { name: 'Check' }).click();
    const card = checkResults(page).getByRole('article', { name: 'Result for modelarts:trainJob:create' });
    await expect(card.getByText('Implicit deny', { exact: true })).toBeVisible();
    await expect(card.getByText('In non-strict mode this request would be allowed.')).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('radio', { name: 'What if Non-strict' }).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(card.getByText('Allowed', { exact: true })).toBeVisible();
    await expect(card.getByText(/non-strict mode lets IAM users use ModelArts/)).toBeVisible();
    expect(page.url()).toContain('mode=loose');

    const shared = await context.newPage();
    await shared.goto(page.url());
    const sharedCard = checkResults(shared).getByRole('article', { name: 'Result for modelarts:trainJob:create' });
    await expect(sharedCard.getByText('Allowed', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(shared.getByRole('radio', { name: 'What if Non-strict' })).toBeChecked();
  });

  test('dana: the denying statement links to the policy editor with the statement highlighted; why not lists every statement', async ({ page, gotoConsole }) => {
    await openAnalyzer(page, gotoConsole, '?tab=check&user=dana&actions=modelarts:trainJob:create,obs:object:GetObject');
    const card = checkResults(page).getByRole('article', { name: 'Result for modelarts:trainJob:create' });
    await expect(card.getByText('Explicit deny', { exact: true })).toBeVisible();
    const link = card.getByRole('link', { name: /^Deny Training Jobs · statement 1$/ }).first();
    await expect(link).toHaveAttribute('href', /^\/iam\/policies\/pol-deny-training\?statement=1$/);
    await card.getByText(/^Why not/).click();
    await expect(card.getByRole('table', { name: /Every statement examined/ })).toContainText('Its actions do not match');
  });

  test('omar: Generate fix saves the policy, attaches it to a new group, and the check reads Ready', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    const r = await scenarioFor(page, gotoConsole, 'omar');
    await r.getByRole('button', { name: 'Generate fix' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate fix for omar' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: /A new user group holding only omar/ })).toBeChecked();
    await expect(dialog.getByLabel('JSON of policy 1')).toContainText('obs:object:GetObject');
    await expectNoA11yViolations(page);
    // A bad name is located and nothing else is lost.
    await dialog.getByRole('textbox', { name: 'Name of policy 1' }).fill('');
    await dialog.getByRole('button', { name: 'Save and attach' }).click();
    await expect(dialog.getByText('Enter a policy name.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Name of policy 1' }).fill('omar-training-obs');
    await dialog.getByRole('button', { name: 'Save and attach' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(scenarioResult(page).getByText('Ready', { exact: true })).toBeVisible({ timeout: 20_000 });
    // The policy exists and is attached through the new group (regular APIs).
    const roles = await page.evaluate(async () => {
      const sign = await fetch('/v3/auth/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } }),
      });
      const res = await fetch('/v3.0/OS-ROLE/roles?limit=1000', { headers: { 'X-Auth-Token': sign.headers.get('X-Subject-Token') ?? '' } });
      return ((await res.json()) as { roles: { display_name: string; type: string }[] }).roles.filter((x) => x.display_name === 'omar-training-obs');
    });
    expect(roles).toEqual([expect.objectContaining({ type: 'AX' })]);
  });

  test('omar: the fix copies as Terraform and as KooCLI commands, nothing applied', async ({ page, context, gotoConsole, expectNoA11yViolations }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const r = await scenarioFor(page, gotoConsole, 'omar');
    await r.getByRole('button', { name: 'Generate fix' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate fix for omar' });
    await dialog.getByRole('textbox', { name: 'Name of policy 1' }).fill('omar-training-obs');
    await dialog.getByRole('button', { name: 'Copy as Terraform' }).click();
    await expect(page.getByText('Terraform copied to the clipboard')).toBeVisible();
    const hcl = await page.evaluate(() => navigator.clipboard.readText());
    expect(hcl).toContain('resource "huaweicloud_identity_role" "omar-training-obs" {');
    expect(hcl).toContain('resource "huaweicloud_identity_group_membership"');
    expect(hcl).toMatch(/resource "huaweicloud_identity_group_role_assignment" "[\w-]+" \{\n\s+group_id\s+= huaweicloud_identity_group\.[\w-]+\.id/);
    await dialog.getByRole('button', { name: 'Copy as KooCLI' }).click();
    await expect(page.getByText('KooCLI commands copied to the clipboard')).toBeVisible();
    const sh = await page.evaluate(() => navigator.clipboard.readText());
    expect(sh).toContain('hcloud IAM CreateCloudServiceCustomPolicy');
    expect(sh).toContain("--user_id='u-omar'");
    await expectNoA11yViolations(page);
    // Copying applies nothing: omar is still not ready.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(scenarioResult(page).getByText('Not ready', { exact: true })).toBeVisible();
  });

  test('the matrix runs in a worker, opens a cell as a check, and exports its CSV', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await openAnalyzer(page, gotoConsole, '?tab=matrix');
    await chooseOption(page, 'User group', 'data', 'data-scientists');
    await page.getByRole('button', { name: 'Compute matrix' }).click();
    const result = page.getByRole('region', { name: 'Access matrix result' });
    await expect(result.getByTestId('matrix-timing')).toBeVisible({ timeout: 30_000 });
    const noraRow = result.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'nora', exact: true }) });
    await expect(noraRow.getByRole('link', { name: /^nora · Managing training jobs: Not ready — .*no agency/ })).toBeVisible();
    await expect(result.getByRole('rowheader', { name: 'omar', exact: true })).toHaveCount(0);
    await expectNoA11yViolations(page);

    const download = page.waitForEvent('download');
    await result.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    const lines = csv.trim().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header[0]).toBe('User');
    const col = header.indexOf('training-management');
    expect(col).toBeGreaterThan(0);
    const cell = (user: string) => lines.find((l) => l.startsWith(`${user},`))!.split(',')[col];
    expect(cell('maya')).toBe('Ready');
    expect(cell('dana')).toBe('Not ready');
    expect(cell('nora')).toBe('Not ready');
    expect(lines.some((l) => l.startsWith('omar,'))).toBe(false);

    await noraRow.getByRole('link', { name: /^nora · Managing training jobs/ }).click();
    await expect(page.getByRole('tab', { name: 'Scenario readiness', selected: true })).toBeVisible();
    await expect(scenarioResult(page).getByText('No agency', { exact: true })).toBeVisible();
  });

  test('the matrix by actions filters by verdict', async ({ page, gotoConsole }) => {
    await openAnalyzer(page, gotoConsole, '?tab=matrix&cols=actions');
    await page.getByRole('textbox', { name: 'Wildcard pattern' }).fill('modelarts:trainJob:*');
    await page.getByRole('button', { name: /^Add \d+ matches$/ }).click();
    await page.getByRole('button', { name: 'Compute matrix' }).click();
    const result = page.getByRole('region', { name: 'Access matrix result' });
    await expect(result.getByTestId('matrix-timing')).toBeVisible({ timeout: 30_000 });
    await chooseOption(page, 'Show users', '', 'With any denied action');
    await expect(result.getByRole('rowheader', { name: 'liam', exact: true })).toBeVisible();
    await expect(result.getByRole('rowheader', { name: 'maya', exact: true })).toHaveCount(0);
  });
});

test('the large organisation: the matrix shows progress and Cancel stops it', async ({ page, gotoConsole }) => {
  test.setTimeout(120_000);
  await gotoConsole(page, '/demo-data');
  const seeded = await page.evaluate(async () => {
    // /__mock/* is for administrators: sign in as the account first.
    const sign = await fetch('/v3/auth/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } }) });
    const token = sign.headers.get('X-Subject-Token') ?? '';
    const res = await fetch('/__mock/seed', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token }, body: JSON.stringify({ size: 'large' }) });
    // The mock store reaches IndexedDB shortly after a change: wait for it before navigating.
    await (window as unknown as { __mock?: { flush?: () => Promise<void> } }).__mock?.flush?.();
    return res.status;
  });
  expect(seeded).toBeLessThan(300);
  // The whole matrix takes about a second: hold the worker's script (it starts loading when the tab
  // opens) until Cancel is clicked, so the journey never races the computation.
  let release = () => {};
  let heldWorker = false;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.context().route(/matrix\.worker/, async (route) => {
    heldWorker = true;
    await held;
    await route.continue().catch(() => {}); // the worker may be gone by then
  });
  await openAnalyzer(page, gotoConsole, '?tab=matrix&limit=10000');
  await page.getByRole('button', { name: 'Compute matrix' }).click();
  await expect(page.getByText(/of 10000 users evaluated/)).toBeVisible();
  // The bar's value grows from 0 (a 0 % section has no width, so check it is there rather than visible).
  await expect(page.getByRole('progressbar', { name: 'Matrix progress', includeHidden: true })).toHaveCount(1);
  await expect.poll(() => heldWorker).toBe(true);
  await page.getByRole('button', { name: 'Cancel' }).click();
  release();
  await expect(page.getByText('The computation was cancelled.')).toBeVisible();
  await expect(page.getByRole('progressbar', { includeHidden: true })).toHaveCount(0);
  await expect(page.getByTestId('matrix-timing')).toHaveCount(0);
});

test('dark theme in Chinese: check results, scenario, fix dialog and matrix have no axe violations', async ({ page, gotoConsole, expectNoA11yViolations }) => {
  test.setTimeout(120_000); // five pages, four axe scans (the matrix has hundreds of cells)
  await page.addInitScript(() => {
    localStorage.setItem('ma-console.color-scheme', 'dark');
    localStorage.setItem('ma-console.language', 'zh');
  });
  await gotoConsole(page, '/analyzer?tab=check&user=dana&actions=modelarts:trainJob:create,obs:object:GetObject');
  await expect(page.getByRole('article')).toHaveCount(2, { timeout: 30_000 });
  await expect(page.getByText('显式拒绝', { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
  await gotoConsole(page, '/analyzer?tab=scenario&user=nora&scenario=training-management');
  await expect(page.getByText('未就绪', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expectNoA11yViolations(page);
  await gotoConsole(page, '/analyzer?tab=scenario&user=omar&scenario=training-management');
  await page.getByRole('button', { name: '生成修复方案' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoA11yViolations(page);
  await gotoConsole(page, '/analyzer?tab=matrix');
  await page.getByRole('button', { name: '计算矩阵' }).click();
  await expect(page.getByTestId('matrix-timing')).toBeVisible({ timeout: 30_000 });
  await expectNoA11yViolations(page);
});
