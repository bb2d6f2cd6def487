/**
 * `npm run screenshots` (not part of `npm test`: playwright.config.ts ignores this spec unless
 * E2E_SCREENSHOTS is set): every route, the journeys of e2e/journeys.ts, the analyzer's tabs and
 * the shell's menus in light/dark × en/zh → e2e/screenshots/<name>-<theme>-<lang>.png
 * (git-ignored); scripts/montage.mjs then makes e2e/screenshots/montage.png for a one-picture
 * review. The journeys scan with axe here too (in Chinese as well); npm test scans them in English.
 */
import { writeFileSync } from 'node:fs';
import { INCOMPLETE_COLLECTION } from '../src/testing/collection-fixture';
import { api, expect, test } from './fixtures';
import { demoRecoveryJourney, modifyConflictJourney } from './reliability-journeys';
import { addAuthorizationPreviewJourney, conditionalGroupReadersAsLiam, modifyAuthorizationPreviewJourney, policyEditPreviewJourney } from './trust-journeys';
import { globalConfigJourney, groupsJourney, policiesJourney, policyEditorJourney, useThemeAndLanguage, workspacesJourney, type JourneyOptions } from './journeys';

const ROUTES = [
  { name: 'global-config', path: '/global-config' },
  { name: 'workspaces', path: '/workspaces' },
  { name: 'users', path: '/iam/users' },
  { name: 'groups', path: '/iam/groups' },
  { name: 'agencies', path: '/iam/agencies' },
  { name: 'agency', path: '/iam/agencies/ag-maya' },
  { name: 'policies', path: '/iam/policies' },
  { name: 'analyzer', path: '/analyzer' },
  { name: 'demo-data', path: '/demo-data' },
  { name: 'not-found', path: '/no-such-page' },
] as const;

/** Analyzer tabs with a computed answer: `ready` is the test id that appears with it. */
const ANALYZER_TABS = [
  { name: 'analyzer-who', path: '/analyzer?tab=who&scenario=training-management', ready: 'reverse-timing' },
  { name: 'analyzer-user', path: '/analyzer?tab=user&user=omar', ready: 'reverse-timing' },
  // Issue 13: a function refused by a Deny names the policy, the statement and the permission.
  { name: 'analyzer-user-deny', path: '/analyzer?tab=user&user=dana', ready: 'reverse-timing' },
  { name: 'analyzer-matrix', path: '/analyzer?tab=matrix&cols=actions&mactions=modelarts:trainJob:create,modelarts:notebook:list,obs:object:GetObject', ready: 'matrix-timing', compute: true },
] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots ${theme} ${lang}`, async ({ page, gotoConsole }) => {
      test.setTimeout(120_000);
      await useThemeAndLanguage(page, theme, lang);
      for (const route of ROUTES) {
        await gotoConsole(page, route.path);
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('main').locator('[aria-busy="true"], .mantine-Skeleton-root, .mantine-Loader-root')).toHaveCount(0);
        await page.screenshot({ path: `e2e/screenshots/${route.name}-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
      }
    });
  }
}

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots of the analyzer's answers ${theme} ${lang}`, async ({ page, gotoConsole }) => {
      test.setTimeout(120_000);
      await page.addInitScript(
        ([t, l]) => {
          localStorage.setItem('ma-console.color-scheme', t);
          localStorage.setItem('ma-console.language', l);
        },
        [theme, lang] as const,
      );
      for (const tab of ANALYZER_TABS) {
        await gotoConsole(page, tab.path);
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme);
        if ('compute' in tab) await page.getByRole('button', { name: /^(Compute matrix|计算矩阵)$/ }).click({ timeout: 30_000 });
        await expect(page.getByTestId(tab.ready)).toBeVisible({ timeout: 30_000 });
        await page.screenshot({ path: `e2e/screenshots/${tab.name}-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
      }
    });
  }
}

for (const [theme, lang] of [
  ['light', 'en'],
  ['dark', 'zh'],
] as const) {
  test(`screenshots of the shell menus ${theme} ${lang}`, async ({ page, gotoConsole }) => {
    await useThemeAndLanguage(page, theme, lang);
    await gotoConsole(page, '/demo-data');
    await page.getByRole('button', { name: /^Signed in as |^当前登录：/ }).click();
    await expect(page.getByRole('menuitem').nth(3)).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/menu-persona-${theme}-${lang}.png`, animations: 'disabled' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Workspace: |^工作空间：/ }).click();
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/menu-workspace-${theme}-${lang}.png`, animations: 'disabled' });
  });
}

const JOURNEYS: [name: string, journey: (options: JourneyOptions) => Promise<void>][] = [
  ['Global Configuration and its drawer', globalConfigJourney],
  ['a group, Authorize and a user', groupsJourney],
  ['policies', policiesJourney],
  ['the policy editor', policyEditorJourney],
  ['workspaces', workspacesJourney],
  ['the demo recovery', demoRecoveryJourney],
  ['a Modify conflict', modifyConflictJourney],
];

for (const [name, journey] of JOURNEYS) {
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'zh'] as const) {
      test(`screenshots of ${name} ${theme} ${lang}`, async ({ page, gotoConsole, expectNoA11yViolations }) => {
        test.setTimeout(120_000);
        const shot = async (shotName: string, fullPage: boolean) => {
          await page.screenshot({ path: `e2e/screenshots/${shotName}-${theme}-${lang}.png`, fullPage, animations: 'disabled' });
        };
        await journey({ page, gotoConsole, axe: expectNoA11yViolations, theme, lang, shot });
      });
    }
  }
}

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`analyzer screenshots ${theme} ${lang}`, async ({ page, gotoConsole }) => {
      test.setTimeout(120_000);
      await useThemeAndLanguage(page, theme, lang);
      const shot = (name: string) => page.screenshot({ path: `e2e/screenshots/analyzer-${name}-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
      await gotoConsole(page, '/analyzer?tab=check&user=dana&actions=modelarts:trainJob:create,obs:object:GetObject');
      await expect(page.getByRole('article').first()).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme);
      await shot('check');
      await gotoConsole(page, '/analyzer?tab=scenario&user=omar&scenario=training-management');
      await expect(page.getByRole('table').first()).toBeVisible({ timeout: 30_000 });
      await shot('scenario');
      await page.getByRole('button', { name: /Generate fix|生成修复方案/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: `e2e/screenshots/analyzer-fix-${theme}-${lang}.png`, animations: 'disabled' });
      await gotoConsole(page, '/analyzer?tab=matrix');
      await page.getByRole('button', { name: /Compute matrix|计算矩阵/ }).click();
      await expect(page.getByTestId('matrix-timing')).toBeVisible({ timeout: 30_000 });
      await shot('matrix');
    });
  }
}

for (const [theme, lang] of [
  ['light', 'en'],
  ['dark', 'zh'],
] as const) {
  test(`mode impact screenshot ${theme} ${lang}`, async ({ page, gotoConsole }) => {
    await useThemeAndLanguage(page, theme, lang);
    await gotoConsole(page, '/global-config');
    await page.getByRole('radio', { name: /^(Non-strict|非严格)/ }).click();
    await expect(page.getByRole('dialog').getByRole('region')).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `e2e/screenshots/analyzer-mode-impact-${theme}-${lang}.png`, animations: 'disabled' });
  });
}

/** A collected snapshot with a denied call: the Import review (coverage report) and the analyzer's marks. */
for (const [theme, lang] of [
  ['light', 'en'],
  ['light', 'zh'],
  ['dark', 'en'],
  ['dark', 'zh'],
] as const) {
  test(`screenshots of a collected snapshot ${theme} ${lang}`, async ({ page, gotoConsole, expectNoA11yViolations }, testInfo) => {
    await useThemeAndLanguage(page, theme, lang);
    await gotoConsole(page, '/demo-data');
    const current = (await api<Record<string, unknown>>(page, '/__mock/snapshot')).body;
    const file = testInfo.outputPath('collected.json');
    writeFileSync(file, JSON.stringify({ ...current, collection: INCOMPLETE_COLLECTION }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Import snapshot$|^导入快照$/ }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByRole('dialog').getByRole('table').first()).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/import-coverage-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
    await page.getByRole('dialog').getByRole('button', { name: /^Import$|^导入$/ }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.evaluate(() => window.__mock?.flush());
    await gotoConsole(page, '/analyzer?tab=scenario&user=maya&scenario=training-management&ws=0');
    await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('main').locator('.mantine-Loader-root')).toHaveCount(0);
    await page.screenshot({ path: `e2e/screenshots/analyzer-incomplete-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
    // The Users list's training readiness, marked the same way.
    await gotoConsole(page, '/iam/users');
    await expect(page.getByRole('link', { name: /^aisha[:：]/ })).toContainText(/Incomplete data|数据不完整/);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: `e2e/screenshots/users-incomplete-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
  });
}

/** Trust (issue 13): a Conditional check result and a group deletion's consequence preview, with axe. */
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots of Conditional and a consequence preview ${theme} ${lang}`, async ({ page, gotoConsole, expectNoA11yViolations }) => {
      test.setTimeout(120_000);
      await useThemeAndLanguage(page, theme, lang);
      await gotoConsole(page, '/analyzer?tab=check&user=arjun&actions=modelarts:trainJob:create');
      await expect(page.getByRole('article').getByText(/^(Conditional|有条件)$/)).toBeVisible({ timeout: 30_000 });
      await expectNoA11yViolations(page);
      await page.screenshot({ path: `e2e/screenshots/trust-conditional-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
      await gotoConsole(page, '/iam/groups/g-contractors');
      await page.getByRole('button', { name: /^(Delete User Group|删除用户组)$/ }).click();
      await expect(page.getByRole('dialog').getByRole('region')).toBeVisible({ timeout: 30_000 });
      await page.getByRole('dialog').locator('details summary').first().click();
      await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
      await page.screenshot({ path: `e2e/screenshots/trust-preview-${theme}-${lang}.png`, animations: 'disabled' });
      // dana: no fix offered while a Deny blocks her; the remedies, then one's preview.
      await gotoConsole(page, '/analyzer?tab=scenario&user=dana&scenario=training-management');
      const result = page.getByRole('region', { name: /^(Scenario result|场景检查结果)$/ });
      await expect(result.getByRole('group').getByRole('button').first()).toBeVisible({ timeout: 30_000 });
      await expectNoA11yViolations(page);
      await result.screenshot({ path: `e2e/screenshots/trust-remedies-${theme}-${lang}.png`, animations: 'disabled' });
      await result.getByRole('group').getByRole('button').first().click();
      await expect(page.getByRole('dialog').getByRole('region')).toBeVisible({ timeout: 30_000 });
      await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
      await page.screenshot({ path: `e2e/screenshots/trust-remedy-preview-${theme}-${lang}.png`, animations: 'disabled' });
    });
  }
}

/** Issue 14: a group row's Authorize | Modify | Delete and a policy's Attach to… with its preview, with axe. */
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots of the group row and Attach to… ${theme} ${lang}`, async ({ page, gotoConsole, expectNoA11yViolations }) => {
      test.setTimeout(120_000);
      await useThemeAndLanguage(page, theme, lang);
      await gotoConsole(page, '/iam/groups');
      await page.getByRole('button', { name: /^(Modify user group analysts|修改用户组 analysts)$/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoA11yViolations(page);
      await page.screenshot({ path: `e2e/screenshots/group-modify-${theme}-${lang}.png`, animations: 'disabled' });
      await page.keyboard.press('Escape');
      await gotoConsole(page, '/iam/policies/pol-ma-readonly');
      await page.getByRole('button', { name: /^(Attach to…|授权给…)$/ }).click();
      const attach = page.getByRole('dialog');
      await attach.getByRole('textbox', { name: /^(User groups|用户组)$/ }).fill('analysts');
      await page.getByRole('option', { name: 'analysts', exact: true }).click();
      await attach.getByRole('heading').first().click();
      await attach.getByRole('button', { name: /^(Next|下一步)$/ }).click();
      await expect(attach.getByRole('region')).toBeVisible({ timeout: 30_000 });
      await attach.locator('details summary').first().click();
      await expectNoA11yViolations(page);
      await page.screenshot({ path: `e2e/screenshots/policy-attach-${theme}-${lang}.png`, animations: 'disabled' });
      // The demo guide (the fixtures start with it dismissed): Demo data shows it again.
      await page.keyboard.press('Escape');
      await gotoConsole(page, '/demo-data');
      await page.getByRole('button', { name: /^(Show the demo guide|显示演示指南)$/ }).click();
      await expect(page.getByRole('region', { name: /^(Demo guide|演示指南)/ }).getByRole('listitem')).toHaveCount(6);
      await expectNoA11yViolations(page);
      await page.screenshot({ path: `e2e/screenshots/demo-guide-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
    });
  }
}

/** A workspace edit that changes who can use it: the review of who loses access before Save. */
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots of a workspace access review ${theme} ${lang}`, async ({ page, gotoConsole, expectNoA11yViolations }) => {
      test.setTimeout(120_000);
      await useThemeAndLanguage(page, theme, lang);
      await gotoConsole(page, '/workspaces/4f6c1d2ab8e94e0f9a7c35d21b6e8f03');
      await page.getByRole('button', { name: /^(Edit vision-lab|编辑vision-lab|编辑 vision-lab)$/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: /^(Private|私有)$/ }).check();
      await dialog.getByRole('button', { name: /^(Save|保存)$/ }).click();
      await expect(dialog.getByRole('region')).toBeVisible({ timeout: 30_000 });
      await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
      await page.screenshot({ path: `e2e/screenshots/workspace-access-review-${theme}-${lang}.png`, animations: 'disabled' });
    });
  }
}

/** Trust (issue 13): a readiness that rests on a condition — Conditional in Who can use and in the scenario check, with axe. */
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots of a Conditional readiness ${theme} ${lang}`, async ({ page, gotoConsole, expectNoA11yViolations }) => {
      test.setTimeout(120_000);
      await useThemeAndLanguage(page, theme, lang);
      await gotoConsole(page, '/analyzer?tab=who&scenario=training-management');
      const who = page.getByRole('region', { name: /^(Who can use result|谁可以使用 - 结果)$/ });
      await expect(who.getByTestId('reverse-timing')).toBeVisible({ timeout: 30_000 });
      await who.getByText(/^(Conditional|有条件)$/).click();
      await expect(who.getByRole('rowheader', { name: 'arjun', exact: true })).toBeVisible();
      await expectNoA11yViolations(page);
      await page.screenshot({ path: `e2e/screenshots/trust-who-conditional-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
      await gotoConsole(page, '/analyzer?tab=scenario&user=arjun&scenario=training-management');
      const result = page.getByRole('region', { name: /^(Scenario result|场景检查结果)$/ });
      await expect(result.getByRole('alert')).toHaveCount(2, { timeout: 30_000 }); // Conditional, and the values decide
      await expectNoA11yViolations(page);
      await result.screenshot({ path: `e2e/screenshots/trust-scenario-conditional-${theme}-${lang}.png`, animations: 'disabled' });
    });
  }
}

/** Trust (issue 13): a 403 that context the request lacks decides reads Conditional (liam on User Groups), with axe. */
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots of a Conditional 403 ${theme} ${lang}`, async ({ page, gotoConsole, expectNoA11yViolations }) => {
      test.setTimeout(120_000);
      await useThemeAndLanguage(page, theme, lang);
      await gotoConsole(page, '/demo-data');
      await conditionalGroupReadersAsLiam(page);
      await gotoConsole(page, '/iam/groups');
      await expect(page.getByRole('alert').filter({ hasText: 'g:SourceIp' })).toBeVisible({ timeout: 30_000 });
      await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
      await page.screenshot({ path: `e2e/screenshots/trust-403-conditional-${theme}-${lang}.png`, fullPage: true, animations: 'disabled' });
    });
  }
}

/** Trust (issue 13): who gains or loses before Save of a policy edit, Create of Add Authorization and Save of Modify, with axe. */
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots of the policy-edit and authorization previews ${theme} ${lang}`, async ({ page, gotoConsole, expectNoA11yViolations }) => {
      test.setTimeout(120_000);
      await useThemeAndLanguage(page, theme, lang);
      const shot = async (name: string) => {
        await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
        await page.screenshot({ path: `e2e/screenshots/${name}-${theme}-${lang}.png`, animations: 'disabled' });
      };
      const save = await policyEditPreviewJourney({ page, gotoConsole, lang, shot });
      // Saved, so that leaving the editor asks nothing.
      await save.getByRole('button', { name: /^(Save|保存)$/ }).click();
      await expect(page.getByText(/^(No unsaved changes\.|没有未保存的修改。)$/)).toBeVisible({ timeout: 20_000 });
      await addAuthorizationPreviewJourney({ page, gotoConsole, lang, shot });
      await modifyAuthorizationPreviewJourney({ page, gotoConsole, lang, shot });
    });
  }
}

/**
 * Trust (issue 13), session 7: a fix without the condition for a Conditional user (liam, with a
 * BoolIfExists g:MFAPresent policy) and its preview, the same user Conditional in a workspace's
 * Who can use, and the previews of deleting an agency in use and a user from their page, with axe.
 */
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots of a fix without the condition and the audit previews ${theme} ${lang}`, async ({ page, gotoConsole, expectNoA11yViolations }) => {
      test.setTimeout(120_000);
      await useThemeAndLanguage(page, theme, lang);
      const shot = async (name: string, fullPage = false) => {
        await expectNoA11yViolations(page, { exclude: ['.mantine-Notifications-root'] });
        await page.screenshot({ path: `e2e/screenshots/${name}-${theme}-${lang}.png`, fullPage, animations: 'disabled' });
      };
      await gotoConsole(page, '/demo-data');
      const role = await api<{ role: { id: string } }>(page, '/v3.0/OS-ROLE/roles', {
        method: 'POST',
        body: { role: { display_name: 'ModelArts with MFA', type: 'XA', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*'], Condition: { BoolIfExists: { 'g:MFAPresent': ['true'] } } }] } } },
      });
      expect((await api(page, `/v3/projects/p-cn-north-4/groups/g-analysts/roles/${role.body.role.id}`, { method: 'PUT' })).status).toBeLessThan(300);

      await gotoConsole(page, '/analyzer?tab=scenario&user=liam&scenario=training-management');
      const result = page.getByRole('region', { name: /^(Scenario result|场景检查结果)$/ });
      await expect(result.getByRole('button', { name: /^(Generate fix|生成修复方案)$/ })).toBeVisible({ timeout: 30_000 });
      await shot('trust-fix-without-condition', true);
      await result.getByRole('button', { name: /^(Generate fix|生成修复方案)$/ }).click();
      await expect(page.getByRole('dialog').getByRole('region', { name: /^(Who gains or loses access|获得或失去权限的用户)$/ })).toBeVisible({ timeout: 30_000 });
      await page.getByRole('dialog').getByRole('heading', { name: /^(Who gains or loses access|获得或失去权限的用户)$/ }).scrollIntoViewIfNeeded();
      await shot('trust-fix-modal-preview');
      await page.keyboard.press('Escape');

      await gotoConsole(page, '/workspaces/0');
      const access = page.getByRole('region', { name: /^(Who can use this workspace|谁可以使用此工作空间)$/ });
      await access.getByRole('searchbox', { name: /^(Search users|搜索用户)$/ }).fill('liam');
      await expect(access.getByRole('row', { name: /^liam/ })).toContainText('g:MFAPresent', { timeout: 30_000 });
      await access.getByRole('row', { name: /^liam/ }).scrollIntoViewIfNeeded();
      await shot('trust-workspace-conditional');

      await gotoConsole(page, '/iam/agencies');
      await page.getByRole('button', { name: /^(Delete|删除) modelarts_agency_maya_3f9a$/ }).click();
      await expect(page.getByRole('dialog').getByRole('region')).toBeVisible({ timeout: 30_000 });
      await shot('trust-agency-delete-preview');
      await page.keyboard.press('Escape');

      await gotoConsole(page, '/iam/users/u-maya');
      await page.getByRole('button', { name: /^(Delete User|删除用户)$/ }).click();
      await expect(page.getByRole('dialog').getByRole('region')).toBeVisible({ timeout: 30_000 });
      await shot('trust-user-delete-preview');
      await page.keyboard.press('Escape');

      // A user's Permissions tab and Check access on pasted policies: Conditional, never Allowed.
      await gotoConsole(page, '/iam/users/u-arjun');
      await page.getByRole('tab', { name: /^(Permissions|权限)$/ }).click();
      await expect(page.getByRole('table').filter({ hasText: 'modelarts:trainJob:create' }).getByText(/^(Conditional|有条件)$/).first()).toBeVisible({ timeout: 30_000 });
      await shot('trust-user-permissions-conditional', true);
      const policy = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*'] }, { Effect: 'Deny', Action: ['modelarts:trainJob:create'], Condition: { StringEquals: { 'modelarts:poolType': ['public'] } } }] };
      await gotoConsole(page, `/analyzer?tab=check&policy=${encodeURIComponent(JSON.stringify(policy))}&actions=modelarts:trainJob:create,modelarts`);
      await expect(page.getByRole('article').first().getByText(/^(Conditional|有条件)$/)).toBeVisible({ timeout: 30_000 });
      await shot('trust-pasted-conditional', true);
    });
  }
}
