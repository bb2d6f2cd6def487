/**
 * The shared confirmation of a change to access (issue 13, Deliver 2): Confirm waits, disabled,
 * with a progress indicator, until who gains or loses is worked out on the whole organisation;
 * then it names them and Confirm is enabled.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, signIn, signOut } from '@/testing/mock-session';
import { renderWithProviders } from '@/testing/render';
import { ConsequenceConfirm } from './confirm-consequences';

describe('ConsequenceConfirm', () => {
  beforeEach(async () => {
    signOut();
    await call('/__mock/reset', { method: 'POST' }); // the seed organisation (other files share this window)
    await signIn('acme');
  });
  afterEach(() => signOut());

  it('keeps Confirm disabled with a progress indicator until the preview is worked out, then names who gains', async () => {
    const onConfirm = vi.fn();
    const { user } = renderWithProviders(
      <ConsequenceConfirm message="Delete contractors?" mutation={{ kind: 'deleteGroup', groupId: 'g-contractors' }} projectId="p-cn-north-4" workspaceId="0" onConfirm={onConfirm} onCancel={() => undefined} />,
    );
    // First paint: the organisation is still being read.
    const confirm = screen.getByRole('button', { name: 'Confirm' });
    expect(confirm).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Working out who gains or loses access…');
    expect(screen.queryByRole('region', { name: 'Who gains or loses access' })).not.toBeInTheDocument();
    await user.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();

    const impact = await screen.findByRole('region', { name: 'Who gains or loses access' }, { timeout: 15_000 });
    expect(within(impact).getByRole('group', { name: 'Gains access: 2 users' })).toHaveTextContent('dana, felix');
    // Previews are per region and workspace: it says which.
    expect(impact).toHaveTextContent('Worked out on the whole organisation for region cn-north-4, workspace default.');
    await waitFor(() => expect(confirm).toBeEnabled());
    expect(screen.queryByText('Working out who gains or loses access…')).not.toBeInTheDocument();
    await user.click(confirm);
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
