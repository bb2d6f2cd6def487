import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/api/session';
import { json, stubFetch } from '@/testing/fetch-stub';
import { lastLocation, renderWithProviders } from '@/testing/render';
import { WorkspaceAccessAlert } from './workspace-access-alert';
import { preloadWorkspaceSwitcher, WorkspaceSwitcher } from './workspace-switcher';

const ws = (id: string, name: string, ep = 'default') => ({
  id,
  name,
  description: '',
  owner: 'u-root',
  enterprise_project_id: ep === 'default' ? '0' : 'ep-1',
  enterprise_project_name: ep,
  auth_type: 'PUBLIC',
  grants: [],
  status: 'NORMAL',
  create_time: 1,
  update_time: 1,
  version: 1,
});

describe('WorkspaceSwitcher', () => {
  // The popover loads lazily; loaded up front, the test clicks the switcher and not its stand-in.
  beforeAll(() => preloadWorkspaceSwitcher());
  beforeEach(() => {
    localStorage.clear();
    setSession({ token: 't', userId: 'u-root', userName: null, domainName: 'acme', isRoot: true, isAdmin: true, projectId: 'p-cn-north-4' });
    stubFetch({
      'GET /v1/p-cn-north-4/workspaces': ({ url }) => {
        expect(url.searchParams.get('filter_accessible')).toBe('true');
        const list = [ws('0', 'default'), ws('a1', 'vision-lab', 'research'), ws('b2', 'nlp-team', 'research')];
        return json({ total_count: list.length, count: list.length, workspaces: list });
      },
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('searches the accessible workspaces and keeps the selection in the URL', async () => {
    const { user } = renderWithProviders(<WorkspaceSwitcher />, { route: '/global-config' });
    const button = await screen.findByRole('button', { name: 'Workspace: default' });
    await user.click(button);
    const listbox = await screen.findByRole('listbox', { name: 'Workspaces you can access' });
    expect(listbox).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(screen.getByRole('option', { name: /vision-lab/ })).toHaveTextContent('Enterprise project: research');
    // "Manage workspaces" sits outside the listbox.
    const manage = screen.getByRole('link', { name: 'Manage workspaces' });
    expect(listbox).not.toContainElement(manage);
    await user.type(screen.getByRole('textbox', { name: 'Search workspaces' }), 'vision');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    await user.click(screen.getByRole('option', { name: /vision-lab/ }));
    expect(lastLocation.current?.search).toBe('?workspace=a1');
    expect(await screen.findByRole('button', { name: 'Workspace: vision-lab' })).toBeInTheDocument();
  });

  it('says so when the URL names a workspace the persona cannot access, and offers the default', async () => {
    const { user } = renderWithProviders(<WorkspaceAccessAlert />, { route: '/global-config?workspace=zz' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You cannot access this workspace');
    await user.click(screen.getByRole('button', { name: 'Switch to the default workspace' }));
    expect(lastLocation.current?.search).toBe('?workspace=0');
  });
});
