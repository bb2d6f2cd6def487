/**
 * One owner per server resource (docs/architecture.md "Server state"): a change made on one page is
 * seen at once by every other page that shows the resource, without a reload. Each journey first
 * lets the other page cache the resource, then changes it elsewhere and navigates back in the app.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const drawer = (page: Page) => page.getByRole('dialog', { name: 'Add Authorization' });
const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

async function openAddAuthorization(page: Page) {
  await page.getByRole('button', { name: 'Add Authorization' }).first().click();
  await expect(drawer(page)).toBeVisible();
  await expect(drawer(page).getByText('Loading agencies and policies…')).toHaveCount(0);
}

async function customPolicyPicker(page: Page) {
  await drawer(page).getByRole('textbox', { name: 'Authorized To' }).fill('nora');
  await page.getByRole('option', { name: /^nora\b/ }).first().click();
  await drawer(page).getByRole('radio', { name: /^Custom/ }).check();
  return drawer(page).getByRole('textbox', { name: 'Policies' });
}

test('a custom policy created in Policies is offered in Add Authorization without a reload', async ({ page, gotoConsole }) => {
  test.setTimeout(120_000);
  const name = `Cross-page ${Date.now().toString(36)}`;

  // Global Configuration reads the policies once (they are cached from here on).
  await gotoConsole(page, '/global-config');
  await openAddAuthorization(page);
  const picker = await customPolicyPicker(page);
  await picker.fill('Cross-page');
  await expect(page.getByRole('option', { name })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await drawer(page).getByRole('button', { name: 'Close' }).first().click();
  await expect(drawer(page)).toBeHidden();

  // Policies → Create Policy → a one-action policy, saved.
  await nav(page, 'Policies').click();
  await page.getByRole('button', { name: 'Create Policy' }).click();
  await page.getByRole('textbox', { name: 'Policy Name' }).fill(name);
  const service = page.getByRole('textbox', { name: 'Service of permission 1' });
  await service.click();
  await service.fill('ModelArts');
  await page.getByRole('option', { name: /\(modelarts\)/ }).click();
  await page.locator('#policy-block-0').getByRole('checkbox', { name: 'notebook:list', exact: true }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(`Policy ${name} saved`)).toBeVisible();

  // Back to Global Configuration in the app (no reload): the new policy is a choice.
  await nav(page, 'Global Configuration').click();
  await openAddAuthorization(page);
  const again = await customPolicyPicker(page);
  await again.fill('Cross-page');
  await expect(page.getByRole('option', { name })).toBeVisible();
});
