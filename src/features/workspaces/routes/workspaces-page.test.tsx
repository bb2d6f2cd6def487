/**
 * Workspaces against the mock backend: create with a located error first, the 409 "reload and
 * reapply" flow, and the protected default workspace.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, signIn } from '@/testing/mock-session';
import { renderWithProviders } from '@/testing/render';
import WorkspacesPage from './workspaces-page';

const VISION_LAB = '4f6c1d2ab8e94e0f9a7c35d21b6e8f03';

function rowOf(name: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Workspaces' });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('link', { name }));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

beforeEach(() => signIn('acme'));

describe('WorkspacesPage', () => {
  it('locates a bad name, keeps what was typed, then creates an Internal workspace', async () => {
    const { user } = renderWithProviders(<WorkspacesPage />, { route: '/workspaces' });
    await screen.findByRole('link', { name: 'vision-lab' });
    await user.click(screen.getByRole('button', { name: 'Create Workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create Workspace' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.type(name, 'ab');
    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'Team space');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Use 4–64 letters, digits, Chinese characters, hyphens or underscores.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: /^Description/ })).toHaveValue('Team space');

    await user.type(name, 'cd-team');
    await user.click(within(dialog).getByRole('radio', { name: /^Internal/ }));
    expect(within(dialog).getByRole('textbox', { name: /^Authorized Users/ })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Create Workspace' })).not.toBeInTheDocument());
    expect(await screen.findByRole('link', { name: 'abcd-team' })).toBeInTheDocument();
    expect(within(rowOf('abcd-team')).getByText('Internal')).toBeInTheDocument();
  });

  it('answers a stale save with the conflict view and saves the reapplied changes', async () => {
    const { user } = renderWithProviders(<WorkspacesPage />, { route: '/workspaces' });
    await screen.findByRole('link', { name: 'vision-lab' });
    await user.click(within(rowOf('vision-lab')).getByRole('button', { name: 'Edit vision-lab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Workspace' });
    const description = within(dialog).getByRole('textbox', { name: /^Description/ });
    await user.clear(description);
    await user.type(description, 'Mine');

    // Someone else saves first.
    const other = await call(`/v1/p-cn-north-4/workspaces/${VISION_LAB}`, { method: 'PUT', body: { name: 'vision-lab-2', version: 1 } });
    expect(other.status).toBe(200);

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const conflict = await screen.findByRole('dialog', { name: 'Someone else changed this workspace' });
    expect(within(conflict).getByRole('cell', { name: 'vision-lab-2' })).toBeInTheDocument();
    expect(within(conflict).getByRole('cell', { name: /^Mine/ })).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Reapply my changes' }));
    const again = await screen.findByRole('dialog', { name: 'Edit Workspace' });
    expect(within(again).getByRole('textbox', { name: /^Name/ })).toHaveValue('vision-lab-2');
    expect(within(again).getByRole('textbox', { name: /^Description/ })).toHaveValue('Mine');
    await user.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const saved = (await (await call(`/v1/p-cn-north-4/workspaces/${VISION_LAB}`)).json()) as { name: string; description: string; version: number };
    expect(saved).toMatchObject({ name: 'vision-lab-2', description: 'Mine', version: 3 });
  });

  it('protects the default workspace: Delete is inert with the reason, the name cannot be edited', async () => {
    const { user } = renderWithProviders(<WorkspacesPage />, { route: '/workspaces' });
    await screen.findByRole('link', { name: 'default' });
    const del = within(rowOf('default')).getByRole('button', { name: 'Delete default' });
    expect(del).toHaveAttribute('aria-disabled', 'true');
    expect(del).toHaveAccessibleDescription('The default workspace cannot be deleted.');
    await user.click(del);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(within(rowOf('default')).getByRole('button', { name: 'Edit default' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Workspace' });
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toBeDisabled();
  });
});
