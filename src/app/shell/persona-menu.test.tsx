import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/api/session';
import { json, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/render';
import { PersonaSwitchProvider } from '../session/session-gate';
import { PersonaMenu, preloadPersonaMenu } from './persona-menu';

const user = (name: string, isAdmin = false, isRoot = false) => ({
  id: `u-${name}`,
  name,
  domain_id: 'd-acme',
  enabled: true,
  description: '',
  type: 'iam',
  is_admin: isAdmin,
  is_root: isRoot,
});

function renderMenu(switchPersona = vi.fn(async () => true)) {
  const r = renderWithProviders(
    <PersonaSwitchProvider value={{ switchPersona, switching: false }}>
      <PersonaMenu />
    </PersonaSwitchProvider>,
  );
  return { ...r, switchPersona };
}

describe('PersonaMenu', () => {
  // The menu loads lazily; loaded up front, the test clicks the menu's button and not its stand-in.
  beforeAll(() => preloadPersonaMenu());
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('lists the account first, then IAM users marked administrator or not, and switches', async () => {
    setSession({ token: 't', userId: 'u-root', userName: null, domainId: 'd-acme', domainName: 'acme', isRoot: true, isAdmin: true });
    stubFetch({
      'GET /v3/users': () => json({ total_count: 3, users: [user('acme', true, true), user('alice', true), user('liam')] }),
    });
    const { user: ue, switchPersona } = renderMenu();
    await ue.click(screen.getByRole('button', { name: 'Signed in as acme' }));
    await waitFor(() => expect(screen.getAllByRole('menuitem')).toHaveLength(3));
    const items = screen.getAllByRole('menuitem');
    expect(items[0]).toHaveTextContent('acme');
    expect(items[1]).toHaveTextContent('alice');
    expect(within(items[1]!).getByText('Administrator')).toBeInTheDocument();
    expect(within(items[2]!).getByText('Not an administrator')).toBeInTheDocument();
    await ue.click(items[2]!);
    expect(switchPersona).toHaveBeenCalledWith('liam');
  });

  it('still offers the account and the current persona when listing users is forbidden', async () => {
    setSession({ token: 't', userId: 'u-liam', userName: 'liam', domainId: 'd-acme', domainName: 'acme', isRoot: false, isAdmin: false });
    stubFetch({
      'GET /v3/users': () =>
        json({ error: { code: 403, title: 'Forbidden', message: 'not authorized to perform (iam:users:listUsers)' } }, { status: 403 }),
    });
    const { user: ue, switchPersona } = renderMenu();
    await ue.click(screen.getByRole('button', { name: 'Signed in as liam' }));
    await screen.findByText(/may not list IAM users/);
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([expect.stringContaining('acme'), expect.stringContaining('liam')]);
    await ue.click(items[0]!);
    expect(switchPersona).toHaveBeenCalledWith(null);
  });

  it('shows the first 50 users with a search box when there are many', async () => {
    setSession({ token: 't', userId: 'u-root', userName: null, domainId: 'd-acme', domainName: 'acme', isRoot: true, isAdmin: true });
    const calls = stubFetch({
      'GET /v3/users': ({ url }) => {
        const name = url.searchParams.get('name');
        const all = Array.from({ length: 10_000 }, (_, i) => user(`user${String(i).padStart(5, '0')}`));
        const hits = name ? all.filter((u) => u.name.includes(name)) : all;
        return json({ total_count: hits.length, users: hits.slice(0, Number(url.searchParams.get('limit') ?? 1000)) });
      },
    });
    const { user: ue } = renderMenu();
    await ue.click(screen.getByRole('button', { name: 'Signed in as acme' }));
    await screen.findByText('Showing 50 of 10,000 users. Type to search.');
    expect(screen.getAllByRole('menuitem')).toHaveLength(51);
    await ue.type(screen.getByRole('textbox', { name: 'Search users' }), '09999');
    await waitFor(() => expect(screen.getAllByRole('menuitem')).toHaveLength(2));
    expect(screen.getAllByRole('menuitem')[1]).toHaveTextContent('user09999');
    expect(calls.some((c) => c.search.includes('name=09999'))).toBe(true);
  });
});
