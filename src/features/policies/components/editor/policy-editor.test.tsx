/**
 * The editor against the mock backend (msw/node): a new policy built visually and saved; a stale
 * version (409) answered with "Reapply my changes" that keeps the draft; server-side refusal.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/api/session';
import { renderWithProviders } from '@/testing/render';
import { PolicyEditor } from './policy-editor';

let token = '';

async function call(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(path, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Auth-Token': token } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

beforeEach(async () => {
  localStorage.clear();
  await call('/__mock/reset', { method: 'POST' });
  const res = await call('/v3/auth/tokens', { method: 'POST', body: { auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } } });
  token = res.headers.get('X-Subject-Token') ?? '';
  const body = (await res.json()) as { token: { user: { id: string; domain: { id: string; name: string } } } };
  setSession({ token, userId: body.token.user.id, userName: null, domainId: body.token.user.domain.id, domainName: body.token.user.domain.name, isAdmin: true, isRoot: true, projectId: 'p-cn-north-4' });
});

afterEach(() => vi.restoreAllMocks());

/** Save of a saved policy asks first, with who gains or loses (nobody: the policy is attached to nobody); Save there waits for it. */
async function confirmSave(user: { click: (e: Element) => Promise<void> }, name: string) {
  const confirm = await screen.findByRole('dialog', { name: `Save policy ${name}?` });
  expect(await within(confirm).findByText('No one gains or loses access.', undefined, { timeout: 15_000 })).toBeInTheDocument();
  const save = within(confirm).getByRole('button', { name: 'Save' });
  await waitFor(() => expect(save).toBeEnabled());
  await user.click(save);
}

describe('PolicyEditor', () => {
  it('says why Save is blocked, then saves a visually built policy', { timeout: 30_000 }, async () => {
    const { user } = renderWithProviders(<PolicyEditor role={null} />, { route: '/iam/policies/new' });
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    expect(screen.getByText(/Enter a policy name to save\./)).toBeInTheDocument();
    expect(screen.getByText(/Fix 1 error to save\./)).toBeInTheDocument();

    fireEvent.change(screen.getByRole('textbox', { name: 'Policy Name' }), { target: { value: 'Log lister' } });
    await user.click(screen.getByRole('textbox', { name: 'Service of permission 1' }));
    await user.click(await screen.findByRole('option', { name: /\(lts\)/ }));
    await user.click(screen.getByRole('checkbox', { name: 'logs:list' }));
    expect(screen.getByRole('tab', { name: 'Errors (0)' })).toBeInTheDocument();
    expect(save).toBeEnabled();
    await user.click(save);
    expect(await screen.findByText('Policy Log lister saved')).toBeInTheDocument();
    const list = (await (await call('/v3.0/OS-ROLE/roles?display_name=Log%20lister&limit=1000')).json()) as { roles: { policy: unknown; type: string }[] };
    expect(list.roles[0]).toMatchObject({ type: 'XA', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['lts:logs:list'] }] } });
  });

  it('answers a stale version with a dialog that keeps the draft and reapplies it', { timeout: 30_000 }, async () => {
    const created = (await (
      await call('/v3.0/OS-ROLE/roles', {
        method: 'POST',
        body: { role: { display_name: 'Shared', type: 'XA', description: '', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['lts:logs:list'] }] } } },
      })
    ).json()) as { role: Parameters<typeof PolicyEditor>[0]['role'] & object };
    const role = created.role;
    const { user } = renderWithProviders(<PolicyEditor role={role} />, { route: `/iam/policies/${role.id}` });
    // Someone else saves meanwhile.
    await call(`/v3.0/OS-ROLE/roles/${role.id}`, {
      method: 'PATCH',
      body: { role: { display_name: 'Shared', type: 'XA', description: 'theirs', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['lts:groups:list'] }] } }, version: 1 },
    });
    await user.click(screen.getByRole('checkbox', { name: 'topics:create' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await confirmSave(user, 'Shared');
    const dialog = await screen.findByRole('dialog', { name: 'This policy was changed by someone else' });
    await user.click(within(dialog).getByRole('button', { name: 'Reapply my changes' }));
    expect(screen.getByRole('checkbox', { name: 'topics:create' })).toBeChecked();
    // The comparison is now against version 2 (lts:groups:list only).
    const newAccess = await screen.findByRole('list', { name: 'New access' });
    expect(newAccess).toHaveTextContent('lts:topics:create');
    expect(newAccess).toHaveTextContent('lts:logs:list');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await confirmSave(user, 'Shared');
    await waitFor(async () => {
      const saved = (await (await call(`/v3.0/OS-ROLE/roles/${role.id}`)).json()) as { role: { version: number; policy: { Statement: { Action: string[] }[] } } };
      expect(saved.role.version).toBe(3);
      expect(saved.role.policy.Statement[0]!.Action).toEqual(['lts:logs:list', 'lts:topics:create']);
    });
  });

  it('shows the server validator\'s findings in place when it refuses the policy', { timeout: 30_000 }, async () => {
    // The server's validator is the same engine, so a refusal the browser would not predict is
    // simulated: the next POST of a role answers 400 with a finding.
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      if (String(input).startsWith('/v3.0/OS-ROLE/roles') && init?.method === 'POST') {
        const body = {
          error: {
            code: 400,
            title: 'Bad Request',
            message: 'The policy has 1 error: server rule',
            findings: [{ code: 'server-rule', severity: 'error', message: 'Refused by a server-side rule.', path: '/Statement/0/Action/0', line: 1, column: 1 }],
          },
        };
        return new Response(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/json' } });
      }
      return realFetch(input, init);
    });
    const { user } = renderWithProviders(<PolicyEditor role={null} />, { route: '/iam/policies/new' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Policy Name' }), { target: { value: 'Refused' } });
    await user.click(screen.getByRole('textbox', { name: 'Service of permission 1' }));
    await user.click(await screen.findByRole('option', { name: /\(lts\)/ }));
    await user.click(screen.getByRole('checkbox', { name: 'logs:list' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'The policy was not saved' })).toHaveTextContent('server rule');
    // Located at the action in the text (line 7 of the formatted JSON), marked as the server's.
    const finding = await screen.findByRole('button', { name: /Refused by a server-side rule\. \(line 7, column 9\)/ });
    expect(finding).toHaveTextContent('reported by the server');
    expect(screen.getByRole('tab', { name: 'Errors (1)' })).toBeInTheDocument();
  });
});
