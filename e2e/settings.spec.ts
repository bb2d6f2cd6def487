/**
 * Demo data (route /demo-data): export, import, reset and fault injection, as an administrator uses them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { INCOMPLETE_COLLECTION } from '../src/testing/collection-fixture';
import { api, expect, test, type Page } from './fixtures';

/** Opens the persona menu and returns the names of the IAM users it lists (then closes it). */
async function personaNames(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: /^Signed in as / }).click();
  const items = page.getByRole('menuitem');
  await expect(items.nth(1)).toBeVisible();
  const texts = await items.allInnerTexts();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem')).toHaveCount(0);
  return texts.slice(1).map((t) => t.split('\n')[0]!.trim());
}

async function exportSnapshot(page: Page, path: string): Promise<Record<string, unknown>> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export snapshot' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^modelarts-snapshot-acme-.*\.json$/);
  await file.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded / })).toBeVisible();
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

async function importSnapshot(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import snapshot' }).click();
  await (await chooser).setFiles(path);
}

test.describe('settings: demo data', () => {
  test('export → reset → import restores the data', async ({ page, gotoConsole, expectNoA11yViolations }, testInfo) => {
    await gotoConsole(page, '/demo-data');
    await expect(page.getByRole('heading', { level: 1, name: 'Demo data' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Snapshot' })).toBeVisible();
    await expectNoA11yViolations(page);

    // Make the data differ from the seed: import the export with one extra IAM user.
    const original = await exportSnapshot(page, testInfo.outputPath('original.json'));
    const users = original.users as Array<Record<string, unknown>>;
    const changed = { ...original, users: [...users, { id: 'u-e2e-check', name: 'e2e-check', type: 'iam', groups: [] }] };
    const changedPath = testInfo.outputPath('changed.json');
    writeFileSync(changedPath, JSON.stringify(changed, null, 2));
    await importSnapshot(page, changedPath);
    const dialog = page.getByRole('dialog', { name: 'Import snapshot?' });
    await expect(dialog).toBeVisible();
    const usersRow = dialog.getByRole('row', { name: /^Users/ });
    await expect(usersRow.getByRole('cell').nth(3)).toHaveText('+1');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Imported changed.json' })).toBeVisible();
    expect(await personaNames(page)).toContain('e2e-check');

    // Export the changed data, reset, and check the extra user is gone.
    const exported = await exportSnapshot(page, testInfo.outputPath('exported.json'));
    expect((exported.users as unknown[]).length).toBe(users.length + 1);
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset demo data?' });
    await confirm.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Demo data reset to the seed organisation.' })).toBeVisible();
    expect(await personaNames(page)).not.toContain('e2e-check');

    // Import the export: the user is back.
    await importSnapshot(page, testInfo.outputPath('exported.json'));
    await expect(dialog.getByRole('row', { name: /^Users/ }).getByRole('cell').nth(3)).toHaveText('+1');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported exported.json' })).toBeVisible();
    expect(await personaNames(page)).toContain('e2e-check');
  });

  test('a collected snapshot: Import shows its coverage report first; the analyzer then marks answers on incomplete data', async ({ page, gotoConsole, expectNoA11yViolations }, testInfo) => {
    await gotoConsole(page, '/demo-data');
    // What `npm run collect` writes with a key that may not list group members (the organisation
    // itself is the current one, so the answers below are known).
    const current = (await api<Record<string, unknown>>(page, '/__mock/snapshot')).body;
    const path = testInfo.outputPath('collected.json');
    writeFileSync(path, JSON.stringify({ ...current, collection: INCOMPLETE_COLLECTION }, null, 2));
    await importSnapshot(page, path);
    const dialog = page.getByRole('dialog', { name: 'Import snapshot?' });
    const report = dialog.getByRole('region', { name: 'Coverage report' });
    await expect(report.getByText('Incomplete collection')).toBeVisible();
    await expect(report).toContainText('1 of 3 calls did not return everything');
    const denied = report.getByRole('table', { name: 'Calls made by the collector' }).getByRole('row', { name: /IAM group members/ });
    await expect(denied).toContainText('Denied');
    await expect(denied).toContainText('Missing permission: iam:users:listUsersForGroup');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported collected.json' })).toBeVisible();
    await page.evaluate(() => window.__mock?.flush()); // the import is in IndexedDB before the reload

    await gotoConsole(page, '/analyzer?tab=scenario&user=maya&scenario=training-management&ws=0');
    const alert = page.getByRole('alert').filter({ hasText: 'Answers rest on incomplete data' });
    await expect(alert).toContainText('IAM group members: denied — needs iam:users:listUsersForGroup');
    const result = page.getByRole('region', { name: 'Scenario result' });
    await expect(result.getByText('Incomplete data', { exact: true })).toBeVisible();
    await expect(result.getByText('Ready', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
    // The Users list's training readiness is an answer too: marked the same way.
    await gotoConsole(page, '/iam/users');
    const aisha = page.getByRole('link', { name: 'aisha: ready for Managing training jobs (open in the Access Analyzer) — this rests on an incomplete collection' });
    await expect(aisha).toContainText('Ready');
    await expect(aisha).toContainText('Incomplete data');
    await expectNoA11yViolations(page);

    // Back to the seed: no collection, no marks.
    await api(page, '/__mock/reset', { method: 'POST' });
    await page.evaluate(() => window.__mock?.flush());
    await gotoConsole(page, '/analyzer?tab=scenario&user=maya&scenario=training-management&ws=0');
    await expect(page.getByRole('region', { name: 'Scenario result' }).getByText('Ready', { exact: true })).toBeVisible();
    await expect(page.getByText('Answers rest on incomplete data')).toHaveCount(0);
    await gotoConsole(page, '/iam/users');
    await expect(page.getByRole('link', { name: 'aisha: ready for Managing training jobs (open in the Access Analyzer)', exact: true })).toBeVisible();
    await expect(page.getByText('Incomplete data')).toHaveCount(0);
  });

  test('a broken file shows the JSON path and changes nothing', async ({ page, gotoConsole }, testInfo) => {
    await gotoConsole(page, '/demo-data');
    const before = await personaNames(page);
    const original = await exportSnapshot(page, testInfo.outputPath('original.json'));
    const users = original.users as Array<Record<string, unknown>>;
    const broken = { ...original, users: [...users, { id: 'u-broken', name: 'broken-ref', type: 'iam', groups: ['g-does-not-exist'] }] };
    const brokenPath = testInfo.outputPath('broken.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    await importSnapshot(page, brokenPath);
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json cannot be imported' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(`$.users[${users.length}].groups[0]`);
    await expect(alert).toContainText('Unknown group "g-does-not-exist"');
    await expect(alert).toContainText('Nothing was changed.');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    const notJson = testInfo.outputPath('not-json.json');
    writeFileSync(notJson, '{"format": "modelarts-console-snapshot", ');
    await importSnapshot(page, notJson);
    await expect(page.getByRole('alert').filter({ hasText: 'not-json.json cannot be imported' })).toContainText('The file is not valid JSON');
    expect(await personaNames(page)).toEqual(before);
  });
});

test.describe('settings: fault injection', () => {
  test('"fail the next call" shows the error, then Retry works', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/demo-data');
    const section = page.getByRole('region', { name: 'Fault injection' });
    await expect(section.getByText('No faults')).toBeVisible();
    // Queries retry a 5xx once: fail the next two calls so the error reaches the screen.
    await section.getByRole('textbox', { name: 'Method' }).click();
    await page.getByRole('option', { name: 'GET', exact: true }).click();
    await section.getByRole('textbox', { name: 'Path prefix' }).fill('/v3/users');
    await section.getByRole('textbox', { name: 'Status' }).fill('503');
    await section.getByRole('textbox', { name: 'Times' }).fill('2');
    await section.getByRole('button', { name: 'Fail next calls' }).click();
    const rules = section.getByRole('table', { name: 'Fail-next rules in force' });
    await expect(rules.getByRole('row', { name: /\/v3\/users/ })).toContainText('503');
    await expect(section.getByText('Faults active')).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Signed in as acme' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'Users could not be loaded' });
    await expect(error).toBeVisible();
    await expect(error).toContainText('503');
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('menuitem', { name: /^liam/ })).toBeVisible();
    await expect(error).toBeHidden();
    await page.keyboard.press('Escape');

    // The rule is used up; the page says so after a refresh of the faults.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Fault injection' }).getByText('No faults')).toBeVisible();
  });

  test('offline makes calls fail with a network error until switched off', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/demo-data');
    const section = page.getByRole('region', { name: 'Fault injection' });
    await section.getByRole('switch', { name: 'Offline' }).check();
    await section.getByRole('button', { name: 'Apply faults' }).click();
    await expect(section.getByText('The backend is offline')).toBeVisible();
    await page.getByRole('button', { name: 'Signed in as acme' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'Users could not be loaded' });
    await expect(error).toContainText('could not reach the service');
    await page.keyboard.press('Escape');
    await section.getByRole('button', { name: 'Clear all faults' }).click();
    await expect(section.getByText('No faults')).toBeVisible();
    // Opening the menu again loads the users.
    await page.getByRole('button', { name: 'Signed in as acme' }).click();
    await expect(page.getByRole('menuitem', { name: /^liam/ })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Users could not be loaded' })).toBeHidden();
  });
});

test.describe('settings: large organisation', () => {
  test('loads 10,000 users; the persona menu shows the first 50 and finds others by search', async ({ page, gotoConsole }) => {
    test.setTimeout(120_000);
    await gotoConsole(page, '/demo-data');
    await page.getByRole('button', { name: 'Load large demo organisation' }).click();
    await page.getByRole('dialog', { name: 'Load the large demo organisation?' }).getByRole('button', { name: 'Load' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Large demo organisation loaded.' })).toBeVisible({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Signed in as acme' }).click();
    await expect(page.getByText(/^Showing 50 of \d{1,2},\d{3} users\. Type to search\.$/)).toBeVisible();
    await expect(page.getByRole('menuitem')).toHaveCount(51);
    await page.getByRole('textbox', { name: 'Search users' }).fill('liam');
    const liam = page.getByRole('menuitem', { name: /^liam / });
    await expect(liam).toBeVisible();
    await liam.click();
    await expect(page.getByRole('button', { name: 'Signed in as liam' })).toBeVisible();
  });
});
