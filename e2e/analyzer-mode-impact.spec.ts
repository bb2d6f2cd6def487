/**
 * Mode impact: the authorization-mode confirmation on Global Configuration shows who gains or
 * loses access (the shared consequence preview, computed by the engine on the whole
 * organisation); the analyzer agrees after the change.
 */
import { expect, test } from './fixtures';

test('switching to Non-strict lists liam among the users who gain access; after confirming, the analyzer allows him', async ({ page, gotoConsole, expectNoA11yViolations }) => {
  await gotoConsole(page, '/global-config');
  const mode = page.getByRole('radiogroup', { name: 'Authorization Mode' });
  await mode.getByRole('radio', { name: 'Non-strict', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Change the authorization mode to Non-strict/ });
  const impact = dialog.getByRole('region', { name: 'Who gains or loses access' });
  await expect(impact).toBeVisible({ timeout: 30_000 });
  const gains = impact.getByRole('group', { name: /^Gains access: \d+ users?$/ });
  await expect(gains.getByText(/\bliam\b/).first()).toBeVisible();
  await expect(impact.getByRole('group', { name: /^Loses access/ })).toHaveCount(0);
  await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Authorization mode changed to Non-strict')).toBeVisible();
  // The mock backend writes its store to IndexedDB shortly after a change: wait for it before reloading.
  await page.evaluate(async () => {
    await (window as unknown as { __mock?: { flush?: () => Promise<void> } }).__mock?.flush?.();
  });

  await gotoConsole(page, '/analyzer?tab=check&user=liam&actions=modelarts:notebook:list');
  await expect(page.getByRole('article', { name: 'Result for modelarts:notebook:list' }).getByText('Allowed', { exact: true })).toBeVisible({ timeout: 30_000 });
});
