/**
 * Global Configuration against the mock backend (msw/node, started by src/testing/setup-tests.ts):
 * the three-step create with a failure at the grant step and Retry (exactly one agency), Modify,
 * and the rollback of an optimistic Delete.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, signIn, signOut } from '@/testing/mock-session';
import { renderWithProviders } from '@/testing/render';
import GlobalConfigPage from './global-config-page';

// The page loads its dialogs lazily; load them once up front so a test's first click does not
// wait for the module transform (Testing Library's find* gives up after one second).
beforeAll(async () => {
  await Promise.all([
    import('../components/add-authorization-drawer'),
    import('../components/modify-authorization-modal'),
    import('../components/view-permissions-modal'),
    import('../components/auth-mode-confirm-modal'),
  ]);
});

async function agencyNames(): Promise<string[]> {
  const res = await call('/v3.0/OS-AGENCY/agencies?limit=1000');
  const body = (await res.json()) as { agencies: { name: string }[] };
  return body.agencies.map((a) => a.name);
}

async function authorizationOf(name: string) {
  const res = await call(`/v2/p-cn-north-4/authorizations?search=${encodeURIComponent(name)}&limit=1000`);
  const body = (await res.json()) as { auth: { user_name: string | null; content: string }[] };
  return body.auth.find((a) => a.user_name === name);
}

const tableText = (name: string) => within(screen.getByRole('table', { name: 'Authorizations' })).queryByText(name);

/** The confirmation's Delete, once the consequence preview has been computed (disabled until then). */
async function confirmDelete(user: { click: (e: Element) => Promise<void> }, confirm: HTMLElement) {
  const button = within(confirm).getByRole('button', { name: 'Delete' });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
}

function rowOf(name: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Authorizations' });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryAllByRole('cell')[0]?.textContent === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

beforeEach(async () => {
  signOut();
  await call('/__mock/reset', { method: 'POST' }); // signed out: the demo reset (also clears faults)
  await signIn('acme');
});

describe('Global Configuration', () => {
  it('adds an authorization with a new agency; a failed grant and Retry create exactly one agency', async () => {
    const { user } = renderWithProviders(<GlobalConfigPage />, { route: '/global-config?size=50' });
    await screen.findByText('maya');
    await user.click(screen.getByRole('button', { name: 'Add Authorization' }));
    const drawer = await screen.findByRole('dialog', { name: 'Add Authorization' });

    await user.click(within(drawer).getByRole('textbox', { name: /Authorized To/ }));
    await user.type(within(drawer).getByRole('textbox', { name: /Authorized To/ }), 'nora');
    await user.click(await within(drawer).findByRole('option', { name: 'nora' }));

    const nameInput = await within(drawer).findByRole('textbox', { name: /Agency Name/ });
    await waitFor(() => expect((nameInput as HTMLInputElement).value).toMatch(/^modelarts_agency_nora_[0-9a-f]{4}$/));
    const agencyName = (nameInput as HTMLInputElement).value;

    const create = within(drawer).getByRole('button', { name: 'Create' });
    expect(create).toBeDisabled();
    // Who gains, before Create: nora; Create waits for it.
    const impact = await within(drawer).findByRole('region', { name: 'Who gains or loses access' }, { timeout: 15_000 });
    expect(within(impact).getByRole('group', { name: 'Gains access: 1 user' })).toHaveTextContent('nora');
    // A titled section of the form, like a confirmation's titled dialog: its heading, then gains and losses one level below.
    expect(within(drawer).getByRole('heading', { name: 'Who gains or loses access', level: 3 })).toBeInTheDocument();
    expect(within(impact).getByRole('heading', { name: 'Gains access: 1 user', level: 4 })).toBeInTheDocument();
    await user.click(within(drawer).getByRole('checkbox', { name: 'I have read and agree to the ModelArts Service Statement' }));
    await waitFor(() => expect(create).toBeEnabled());

    await call('/__mock/faults', { method: 'PUT', body: { failNext: [{ method: 'PUT', path: '/v3.0/OS-AGENCY/', status: 500, times: 1 }] } });
    await user.click(create);
    expect(await within(drawer).findByText('The step “Grant permissions” failed')).toBeInTheDocument();
    expect(within(drawer).getByText(/Injected fault/)).toBeInTheDocument();
    expect((await agencyNames()).filter((n) => n === agencyName)).toHaveLength(1);

    const retry = within(drawer).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 15_000 });
    await user.click(retry);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add Authorization' })).not.toBeInTheDocument());

    const names = await agencyNames();
    expect(names.filter((n) => n.startsWith('modelarts_agency_nora_'))).toEqual([agencyName]);
    expect((await authorizationOf('nora'))?.content).toBe(agencyName);
    const agencies = (await (await call('/v3.0/OS-AGENCY/agencies?limit=1000')).json()) as { agencies: { id: string; name: string }[] };
    const id = agencies.agencies.find((a) => a.name === agencyName)!.id;
    const granted = (await (await call(`/v3.0/OS-AGENCY/domains/d-acme/agencies/${id}/roles`)).json()) as { roles: { display_name: string }[] };
    expect(granted.roles.map((r) => r.display_name).sort()).toEqual(
      ['ECS FullAccess', 'ModelArts CommonOperations', 'OBS Administrator', 'SWR Administrator', 'Tenant Administrator'].sort(),
    );
  });

  it('modifies the agency of an authorization', async () => {
    const { user } = renderWithProviders(<GlobalConfigPage />, { route: '/global-config?size=50' });
    await screen.findByText('maya');
    await user.click(within(rowOf('maya')).getByRole('button', { name: 'Modify' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modify Authorization' });
    await user.click(await within(dialog).findByRole('radio', { name: 'ma_agency_develop_user' }));
    await within(dialog).findByRole('region', { name: 'Who gains or loses access' }, { timeout: 15_000 });
    const save = within(dialog).getByRole('button', { name: 'Save' });
    await waitFor(() => expect(save).toBeEnabled());
    await user.click(save);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Modify Authorization' })).not.toBeInTheDocument());
    await waitFor(() => expect(within(rowOf('maya')).getByText('ma_agency_develop_user')).toBeInTheDocument());
    expect((await authorizationOf('maya'))?.content).toBe('ma_agency_develop_user');
  });

  it('rolls an optimistic delete back when the API fails', async () => {
    const { user } = renderWithProviders(<GlobalConfigPage />, { route: '/global-config?size=50' });
    await screen.findByText('maya');
    await call('/__mock/faults', { method: 'PUT', body: { latencyMs: 150, failNext: [{ method: 'DELETE', path: '/v2/', status: 500, times: 1 }] } });
    await user.click(within(rowOf('maya')).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: /Delete the authorization of maya/ });
    expect(within(confirm).getByText(/maya can no longer use ModelArts/)).toBeInTheDocument();
    // The consequence preview names her among those who lose access.
    const impact = await within(confirm).findByRole('region', { name: 'Who gains or loses access' }, { timeout: 15_000 });
    expect(within(impact).getByRole('group', { name: /^Loses access/ })).toHaveTextContent('maya');
    await confirmDelete(user, confirm);
    // Optimistic: gone at once…
    await waitFor(() => expect(tableText('maya')).not.toBeInTheDocument());
    // …and back after the failure, with the API's error.
    await waitFor(() => expect(tableText('maya')).toBeInTheDocument());
    expect(await screen.findByText('Could not delete the authorization of maya')).toBeInTheDocument();
    await call('/__mock/faults', { method: 'PUT', body: {} });
    expect(await authorizationOf('maya')).toBeDefined();
  });

  it('deletes an authorization after confirmation', async () => {
    const { user } = renderWithProviders(<GlobalConfigPage />, { route: '/global-config?size=50' });
    await screen.findByText('maya');
    await user.click(within(rowOf('maya')).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: /Delete the authorization of maya/ });
    await confirmDelete(user, confirm);
    await waitFor(() => expect(tableText('maya')).not.toBeInTheDocument());
    await waitFor(async () => expect(await authorizationOf('maya')).toBeUndefined());
  });

  it('is read-only for a user who is not an administrator', async () => {
    await signIn('maya');
    renderWithProviders(<GlobalConfigPage />, { route: '/global-config?size=50' });
    expect(await screen.findByText('Read-only view')).toBeInTheDocument();
    expect(await screen.findByText('maya')).toBeInTheDocument();
    expect(screen.queryByText('omar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add Authorization' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear Authorization' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Modify' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Authorization Mode' })).not.toBeInTheDocument();
  });
});
