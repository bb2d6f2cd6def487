/**
 * The analyzer against the mock backend (msw/node): omar's fix with a failure at the grant step
 * and Retry (the policy and the group are created once), then Ready; a check from the URL; a
 * pasted policy with an error located by line.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { signIn } from '../testing/seed-org';
import AnalyzerPage from './analyzer-page';

let token = '';
async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return (await res.json().catch(() => null)) as T;
}

beforeEach(async () => {
  await signIn('acme');
  const res = await fetch('/v3/auth/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } }),
  });
  token = res.headers.get('X-Subject-Token') ?? '';
});

describe('Access Analyzer page', () => {
  it('applies omar’s fix; a failed grant keeps what was created and Retry resumes; then Ready', async () => {
    await call('/__mock/faults', { method: 'PUT', body: { failNext: [{ method: 'PUT', path: '/v3/domains/', status: 500, times: 1 }] } });
    const { user } = renderWithProviders(<AnalyzerPage />, { route: '/analyzer?tab=scenario&user=omar&scenario=training-management' });
    const result = await screen.findByRole('region', { name: 'Scenario result' }, { timeout: 10_000 });
    expect(within(result).getByText('Not ready')).toBeInTheDocument();
    await user.click(within(result).getByRole('button', { name: 'Generate fix' }));
    const dialog = await screen.findByRole('dialog', { name: 'Generate fix for omar' });
    // Who gains, worked out on the whole organisation before Save and attach (which waits for it): omar alone.
    const impact = await within(dialog).findByRole('region', { name: 'Who gains or loses access' }, { timeout: 15_000 });
    expect(within(impact).getByRole('group', { name: 'Gains access: 1 user' })).toHaveTextContent('omar');
    const name = within(dialog).getByRole('textbox', { name: 'Name of policy 1' });
    await user.clear(name);
    await user.type(name, 'omar-obs');
    await user.click(within(dialog).getByRole('button', { name: 'Save and attach' }));
    expect(await within(dialog).findByText(/Step failed: Attach "omar-obs" to "fix-training-management-omar" \(Global services\)/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name of policy 1' })).toHaveValue('omar-obs');
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 10_000 });
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Scenario result' })).getByText('Ready')).toBeInTheDocument(), { timeout: 10_000 });

    const roles = await call<{ roles: { display_name: string }[] }>('/v3.0/OS-ROLE/roles?limit=1000');
    expect(roles.roles.filter((r) => r.display_name === 'omar-obs')).toHaveLength(1);
    const groups = await call<{ groups: { name: string }[] }>('/v3/groups?limit=1000&name=fix-training');
    expect(groups.groups.map((g) => g.name)).toEqual(['fix-training-management-omar']);
  }, 30_000);

  it('shows a check written in the URL: dana is explicitly denied by "Deny Training Jobs"', async () => {
    renderWithProviders(<AnalyzerPage />, { route: '/analyzer?tab=check&user=dana&actions=modelarts:trainJob:create' });
    const card = await screen.findByRole('article', { name: 'Result for modelarts:trainJob:create' }, { timeout: 10_000 });
    expect(within(card).getByText('Explicit deny')).toBeInTheDocument();
    expect(within(card).getAllByRole('link', { name: 'Deny Training Jobs · statement 1' })[0]).toHaveAttribute('href', '/iam/policies/pol-deny-training?statement=1');
  }, 30_000);

  it('checks pasted policies and locates their errors', async () => {
    const { user } = renderWithProviders(<AnalyzerPage />, { route: '/analyzer' });
    await user.click(await screen.findByRole('radio', { name: 'Custom policies (paste JSON)' }, { timeout: 10_000 }));
    const box = screen.getByRole('textbox', { name: 'Policy JSON' });
    await user.click(box);
    await user.paste('{"Version": "1.1", "Statement": [{"Effect": "Allow"}]}');
    await user.click(screen.getByRole('textbox', { name: 'Wildcard pattern' }));
    await user.paste('obs:object:GetObject');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/^Line 1, column \d+: /)).toBeInTheDocument();
    await user.clear(box);
    await user.paste('{"Version": "1.1", "Statement": [{"Effect": "Allow", "Action": ["obs:object:Get*"]}]}');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const card = await screen.findByRole('article', { name: 'Result for obs:object:GetObject' });
    expect(within(card).getByText('Allowed')).toBeInTheDocument();
  }, 40_000);
});
