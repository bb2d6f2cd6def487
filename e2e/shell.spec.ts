/**
 * The shell, as an administrator uses it: navigation, language, theme, region, persona, workspace.
 */
import { a11yViolations, DEMO_GUIDE_KEY, expect, switchColorScheme, test, type Page } from './fixtures';

const PAGES = [
  { link: 'Global Configuration', path: '/global-config', heading: 'Global Configuration' },
  { link: 'Workspaces', path: '/workspaces', heading: 'Workspaces' },
  { link: 'Users', path: '/iam/users', heading: 'Users' },
  { link: 'User Groups', path: '/iam/groups', heading: 'User Groups' },
  { link: 'Policies', path: '/iam/policies', heading: 'Policies' },
  { link: 'Access Analyzer', path: '/analyzer', heading: 'Access Analyzer' },
  { link: 'Demo data', path: '/demo-data', heading: 'Demo data' },
] as const;

const nav = (page: Page) => page.getByRole('navigation', { name: /Main navigation|主导航/ });

test.describe('shell', () => {
  test('navigates to every page, each with one h1 and no axe violations in the light and the dark theme', async ({ page, gotoConsole }) => {
    test.setTimeout(150_000);
    await gotoConsole(page, '/');
    const found: Record<string, string[]> = {};
    await expect(page).toHaveURL(/\/global-config$/);
    for (const p of PAGES) {
      await nav(page).getByRole('link', { name: p.link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${p.path}$`));
      await expect(page.getByRole('heading', { level: 1, name: p.heading, exact: true })).toBeVisible();
      await expect(nav(page).getByRole('link', { name: p.link, exact: true })).toHaveAttribute('aria-current', 'page');
      // Wait for the page's data before scanning (no loaders left).
      await expect(page.getByRole('main').locator('[aria-busy="true"], .mantine-Skeleton-root')).toHaveCount(0);
      for (const scheme of ['light', 'dark'] as const) {
        await switchColorScheme(page, scheme);
        const violations = await a11yViolations(page);
        if (violations.length > 0) found[`${p.path} (${scheme})`] = violations;
      }
      await switchColorScheme(page, 'light');
    }
    expect(found, 'axe violations per page and theme').toEqual({});
  });

  test('an unknown address shows a not-found page', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/nowhere');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to Global Configuration' }).click();
    await expect(page).toHaveURL(/\/global-config$/);
  });

  test('Demo data is named for what it is; "Settings" leads to Global Configuration, as in the ModelArts console', async ({ page, gotoConsole }) => {
    // The former address still works.
    await gotoConsole(page, '/settings?workspace=0');
    await expect(page).toHaveURL(/\/demo-data\?workspace=0$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Demo data' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Global Configuration', exact: true })).toContainText('Settings');
    await page.getByRole('link', { name: 'Open Global Configuration' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Global Configuration' })).toBeVisible();
    await expect(page).toHaveURL(/\/global-config\?workspace=0$/);
  });

  test('the demo guide names the six showcase users, opens each answer in one click, and can be dismissed and shown again', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await page.addInitScript((key) => localStorage.removeItem(key), DEMO_GUIDE_KEY);
    await gotoConsole(page, '/global-config');
    const guide = page.getByRole('region', { name: 'Demo guide: six users, six answers' });
    await expect(guide.getByRole('listitem')).toHaveCount(6);
    await expect(guide.getByRole('listitem').filter({ hasText: 'omar' })).toContainText('Missing OBS permissions');
    await expectNoA11yViolations(page);
    // One click: omar's answer.
    await guide.getByRole('link', { name: 'Scenario readiness of omar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Access Analyzer' })).toBeVisible();
    await expect(page.getByText('Not ready', { exact: true })).toBeVisible({ timeout: 30_000 });
    // wes in vision-lab, liam in non-strict mode.
    await guide.getByRole('link', { name: 'Scenario readiness of wes in vision-lab' }).click();
    await expect(page.getByText('Blocked by the workspace')).toBeVisible({ timeout: 30_000 });
    await guide.getByRole('link', { name: 'Check liam in non-strict mode' }).click();
    await expect(page.getByRole('article', { name: 'Result for modelarts:trainJob:create' }).getByText('Allowed', { exact: true })).toBeVisible({ timeout: 30_000 });
    // Dismissed, it stays away across pages; Demo data shows it again.
    await guide.getByRole('button', { name: 'Dismiss the demo guide' }).click();
    await expect(guide).toHaveCount(0);
    await nav(page).getByRole('link', { name: 'Demo data' }).click();
    await expect(guide).toHaveCount(0);
    await page.getByRole('button', { name: 'Show the demo guide' }).click();
    await expect(guide).toBeVisible();
  });

  test('switches to Chinese and back, remembered across reloads', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/demo-data');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
    await expect(nav(page).getByRole('link', { name: '全局配置' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: '演示数据' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expectNoA11yViolations(page);

    await page.reload();
    await expect(page.getByRole('button', { name: /^当前登录：/ })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: '全局配置' })).toBeVisible();
    for (const label of ['工作空间', '用户', '用户组', '权限策略', '访问分析', '演示数据']) {
      await expect(nav(page).getByRole('link', { name: label, exact: true })).toBeVisible();
    }

    await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'EN' }).click();
    await expect(nav(page).getByRole('link', { name: 'Global Configuration' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: /^Signed in as / })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Demo data' })).toBeVisible();
  });

  test('switches to the dark theme, remembered across reloads, and back', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/demo-data');
    // The page (a lazy chunk) first: the axe scan below must not meet its loader.
    await expect(page.getByRole('heading', { level: 1, name: 'Demo data' })).toBeVisible();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expectNoA11yViolations(page);
    await page.reload();
    await expect(page.getByRole('button', { name: /^Signed in as / })).toBeVisible();
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  test('the region selector lists the region projects and keeps the choice', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/demo-data');
    const region = page.getByRole('textbox', { name: 'Region' });
    await expect(region).toHaveValue('cn-north-4');
    await region.click();
    await page.getByRole('option', { name: 'cn-east-3' }).click();
    await expect(region).toHaveValue('cn-east-3');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Region' })).toHaveValue('cn-east-3');
    // The workspace switcher still answers in the new region.
    await expect(page.getByRole('button', { name: 'Workspace: default' })).toBeVisible();
  });

  test('switches persona to a non-administrator and back to the account', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/demo-data');
    await page.getByRole('button', { name: 'Signed in as acme' }).click();
    const items = page.getByRole('menuitem');
    await expect(items.first()).toContainText('acme');
    const liam = page.getByRole('menuitem', { name: /^liam/ });
    await expect(liam).toContainText('Not an administrator');
    await liam.click();
    await expect(page.getByRole('button', { name: 'Signed in as liam' })).toBeVisible();
    // The notice opens below the header: it covers none of its controls.
    const notice = page.getByRole('alert').filter({ hasText: 'Now signed in as liam' });
    await expect(notice).toBeVisible();
    const header = (await page.getByRole('banner').boundingBox())!;
    expect((await notice.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);

    // liam may not list IAM users: the menu still offers the account and liam.
    await page.getByRole('button', { name: 'Signed in as liam' }).click();
    await expect(page.getByText(/may not list IAM users/)).toBeVisible();
    await expect(page.getByRole('menuitem', { name: /^liam/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Signed in as liam' })).toBeVisible();

    await page.getByRole('button', { name: 'Signed in as liam' }).click();
    await page.getByRole('menuitem').first().click();
    await expect(page.getByRole('button', { name: 'Signed in as acme' })).toBeVisible();
  });

  test('the workspace switcher searches, selects into the URL and survives reload', async ({ page, gotoConsole, expectNoA11yViolations }) => {
    await gotoConsole(page, '/demo-data');
    // The page (a lazy chunk) first: axe below scans it together with the open switcher.
    await expect(page.getByRole('heading', { level: 1, name: 'Demo data' })).toBeVisible();
    await page.getByRole('button', { name: 'Workspace: default' }).click();
    const listbox = page.getByRole('listbox', { name: 'Workspaces you can access' });
    await expect(listbox.getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Manage workspaces' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('textbox', { name: 'Search workspaces' }).fill('vision');
    await expect(listbox.getByRole('option')).toHaveCount(1);
    await listbox.getByRole('option', { name: /vision-lab/ }).click();
    await expect(page).toHaveURL(/[?&]workspace=[^&]+/);
    const selected = new URL(page.url()).searchParams.get('workspace');
    expect(selected).not.toBe('0');
    await expect(page.getByRole('button', { name: 'Workspace: vision-lab' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('button', { name: 'Workspace: vision-lab' })).toBeVisible();

    // Navigation keeps the selection.
    await nav(page).getByRole('link', { name: 'Global Configuration' }).click();
    await expect(page).toHaveURL(new RegExp(`/global-config\\?workspace=${selected}$`));
    await expect(page.getByRole('button', { name: 'Workspace: vision-lab' })).toBeVisible();
  });

  test('a link to a workspace the persona cannot access says so and offers the default', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/demo-data?workspace=no-such-workspace');
    const alert = page.getByRole('alert').filter({ hasText: 'You cannot access this workspace' });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'Switch to the default workspace' }).click();
    await expect(page).toHaveURL(/workspace=0$/);
    await expect(alert).toBeHidden();
    await expect(page.getByRole('button', { name: 'Workspace: default' })).toBeVisible();
  });

  test('the skip link and the menus are keyboard reachable', async ({ page, gotoConsole }) => {
    await gotoConsole(page, '/demo-data');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.getByRole('button', { name: 'Signed in as acme' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menuitem')).toHaveCount(0);
  });

  test('a key pressed on the persona button before its menu has loaded opens the menu, and Escape closes it', async ({ page, gotoConsole }) => {
    // Hold the menu's code (it loads after the first paint) until the key has been pressed.
    let release = () => {};
    let held = false;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The context sees the requests the mock backend's service worker passes on, too.
    await page.context().route(/persona-menu-dropdown/, async (route) => {
      held = true;
      await gate;
      await route.continue();
    });
    await gotoConsole(page, '/demo-data');
    await expect.poll(() => held).toBe(true);
    await page.getByRole('button', { name: 'Signed in as acme' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem')).toHaveCount(0);
    release();
    await expect(page.getByRole('menuitem').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menuitem')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Signed in as acme' })).toBeFocused();
  });
});
