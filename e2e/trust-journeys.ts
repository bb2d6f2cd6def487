/**
 * Set-ups shared by trust.spec.ts and screenshots.spec.ts (issue 13): a 403 whose answer depends
 * on context the request lacks.
 */
import { api, expect, type Page } from './fixtures';

/**
 * analysts (liam's group) may list user groups only from 10.0.0.0/8, and the console's requests
 * carry no g:SourceIp; then signs in as liam (the page must show the shell, as the account).
 */
export async function conditionalGroupReadersAsLiam(page: Page): Promise<void> {
  const role = await api<{ role: { id: string } }>(page, '/v3.0/OS-ROLE/roles', {
    method: 'POST',
    body: {
      role: {
        display_name: 'Office Network Group Readers',
        type: 'AX',
        policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['iam:groups:listGroups'], Condition: { IpAddress: { 'g:SourceIp': ['10.0.0.0/8'] } } }] },
      },
    },
  });
  expect(role.status).toBe(201);
  const grant = await api(page, `/v3/OS-INHERIT/domains/d-acme/groups/g-analysts/roles/${role.body.role.id}/inherited_to_projects`, { method: 'PUT' });
  expect(grant.status).toBeLessThan(300);
  await page.getByRole('button', { name: /^(Signed in as|当前登录：) ?acme$/ }).click();
  await page.getByRole('menuitem', { name: /^liam/ }).click();
  await expect(page.getByRole('button', { name: /^(Signed in as|当前登录：) ?liam$/ })).toBeVisible();
}
