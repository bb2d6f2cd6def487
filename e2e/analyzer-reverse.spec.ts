/**
 * The analyzer's reverse questions, as an administrator clicks: "Who can use" a ModelArts function
 * (every user, on the bulk path) and "User access" (everything one user can do), each verdict
 * opening its check; axe in light and dark.
 */
import { expect, test, type Page } from './fixtures';

async function chooseOption(page: Page, label: string, typed: string, option: string | RegExp) {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await box.click();
  if (typed) await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('Who can use: the users who can manage training jobs, those who cannot, and why', async ({ page, gotoConsole, expectNoA11yViolations }) => {
  await gotoConsole(page, '/analyzer');
  await page.getByRole('tab', { name: 'Who can use' }).click({ timeout: 30_000 });
  await expect(page.getByText('Choose a ModelArts function to see every user who can use it.')).toBeVisible();
  await chooseOption(page, 'Scenario', 'training jobs', 'Managing training jobs');
  const result = page.getByRole('region', { name: 'Who can use result' });
  await expect(result.getByRole('status').first()).toHaveText(/^\d+ of \d+ users can use Managing training jobs in default \(cn-north-4\)\./);
  await expect(result.getByRole('rowheader', { name: 'maya', exact: true })).toBeVisible();
  await expect(result.getByRole('rowheader', { name: 'dana', exact: true })).toHaveCount(0);
  await expectNoA11yViolations(page);

  await result.getByText('Cannot use', { exact: true }).click();
  await expect(result.getByRole('radio', { name: 'Cannot use' })).toBeChecked();
  await expect(result.getByRole('rowheader', { name: 'maya', exact: true })).toHaveCount(0);
  const nora = result.getByRole('link', { name: /^nora · Managing training jobs: Not ready — .*no agency/ });
  await expect(nora).toBeVisible();
  await expect(page).toHaveURL(/tab=who&scenario=training-management/);
  await nora.click();
  await expect(page.getByRole('tab', { name: 'Scenario readiness', selected: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Scenario result' }).getByText('No agency', { exact: true })).toBeVisible();
});

test('User access: what omar can do — functions, allowed and denied actions — each opening its check', async ({ page, gotoConsole, expectNoA11yViolations }) => {
  test.setTimeout(120_000); // two axe scans over 270 action rows
  await gotoConsole(page, '/analyzer');
  await page.getByRole('tab', { name: 'User access' }).click({ timeout: 30_000 });
  await chooseOption(page, 'User', 'oma', 'omar');
  const result = page.getByRole('region', { name: 'User access result' });
  const functions = result.getByRole('table', { name: /^omar is ready for \d+ of \d+ ModelArts functions$/ });
  await expect(functions.getByRole('link', { name: 'Managing training jobs: Not ready' })).toBeVisible();
  const actions = result.getByRole('table', { name: /^omar is allowed \d+ of \d+ catalog actions$/ });
  await expect(actions.getByRole('link', { name: 'modelarts:trainJob:create: Allowed' })).toBeVisible();
  await expect(actions.getByRole('rowheader', { name: 'obs:object:GetObject' })).toHaveCount(0);
  await expectNoA11yViolations(page);

  await result.getByText('Denied', { exact: true }).click();
  await expect(result.getByRole('radio', { name: 'Denied' })).toBeChecked();
  await expect(actions.getByRole('link', { name: 'modelarts:trainJob:create: Allowed' })).toHaveCount(0);
  await actions.getByRole('link', { name: 'obs:object:GetObject: Implicit deny' }).click();
  await expect(page.getByRole('tab', { name: 'Check access', selected: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Check results' }).getByText('Implicit deny', { exact: true })).toBeVisible();
});

test('dark theme in Chinese: both reverse tabs have no axe violations', async ({ page, gotoConsole, expectNoA11yViolations }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    localStorage.setItem('ma-console.color-scheme', 'dark');
    localStorage.setItem('ma-console.language', 'zh');
  });
  await gotoConsole(page, '/analyzer?tab=who&scenario=training-management');
  await expect(page.getByTestId('reverse-timing')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('tab', { name: '谁可以使用', selected: true })).toBeVisible();
  await expectNoA11yViolations(page);
  await gotoConsole(page, '/analyzer?tab=user&user=omar');
  await expect(page.getByTestId('reverse-timing')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('tab', { name: '用户权限总览', selected: true })).toBeVisible();
  await expectNoA11yViolations(page);
});
