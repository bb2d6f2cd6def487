/**
 * Authorize against the mock backend (msw/node): the global-services rule is explained, a scope
 * that needs projects says so in place, and the grants land in the chosen scopes.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSession } from '@/api/session';
import { renderWithProviders } from '@/testing/render';
import { AuthorizeModal } from './authorize-modal';

let token = '';

beforeEach(async () => {
  const res = await fetch('/v3/auth/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } }),
  });
  token = res.headers.get('X-Subject-Token') ?? '';
  const body = (await res.json()) as { token: { user: { id: string; domain: { id: string; name: string } } } };
  setSession({ token, userId: body.token.user.id, userName: null, domainId: body.token.user.domain.id, domainName: body.token.user.domain.name, isAdmin: true, isRoot: true, projectId: 'p-cn-north-4' });
});

const group = { id: 'g-analysts', name: 'analysts', description: '', domain_id: 'd-acme' };

async function assignments(): Promise<Array<{ role_id: string; scope: Record<string, unknown> }>> {
  const res = await fetch('/v3.0/OS-PERMISSION/role-assignments?group_id=g-analysts&limit=1000', { headers: { 'X-Auth-Token': token } });
  return ((await res.json()) as { role_assignments: Array<{ role_id: string; scope: Record<string, unknown> }> }).role_assignments;
}

describe('AuthorizeModal', () => {
  it('explains the global-services rule and grants in the chosen scopes', async () => {
    let closed = false;
    const { user } = renderWithProviders(<AuthorizeModal principal={{ type: 'group', id: group.id, name: group.name }} onClose={() => (closed = true)} />);
    const dialog = await screen.findByRole('dialog', { name: 'Authorize analysts' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Search policies' }), 'Operate');
    await user.click(await within(dialog).findByRole('checkbox', { name: 'OBS OperateAccess' }));
    await user.clear(within(dialog).getByRole('textbox', { name: 'Search policies' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Search policies' }), 'CommonOperations');
    await user.click(await within(dialog).findByRole('checkbox', { name: 'ModelArts CommonOperations' }));
    expect(within(dialog).getByText('2 policies selected')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    const scope = within(dialog).getByRole('radiogroup', { name: 'Scope' });
    await user.click(within(scope).getByRole('radio', { name: 'Region-specific projects' }));
    expect(within(dialog).getByText(/cannot be scoped to region projects.*OBS OperateAccess/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(within(dialog).getByText('Select at least one region project.')).toBeInTheDocument();

    await user.click(within(scope).getByRole('radio', { name: 'Global services' }));
    expect(within(dialog).getByText(/Project-level services do not exist.*ModelArts CommonOperations/)).toBeInTheDocument();

    await user.click(within(scope).getByRole('radio', { name: 'Region-specific projects' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Region projects' }));
    await user.click(await screen.findByRole('option', { name: 'cn-east-3' }));
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(closed).toBe(true));

    const rows = await assignments();
    const obs = rows.find((r) => r.role_id !== 'pol-ma-developer' && 'domain' in r.scope && r.scope.inherited_to_projects === true);
    expect(obs).toBeDefined();
    expect(rows.some((r) => 'project' in r.scope && (r.scope.project as { id: string }).id === 'p-cn-east-3')).toBe(true);
  });
});
