/** Confirmation dialogs load after the first paint: one asked for before that opens once they are there. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { confirmAction } from './confirm';

describe('confirmAction', () => {
  it('opens a confirmation asked for before the dialogs have loaded, and resolves true on confirm', async () => {
    const { user } = renderWithProviders(<p>page</p>);
    const answer = confirmAction({ title: 'Delete maya?', message: 'maya can no longer sign in.', confirmLabel: 'Delete', danger: true });
    const dialog = await screen.findByRole('dialog', { name: 'Delete maya?' }, { timeout: 5_000 });
    expect(within(dialog).getByText('maya can no longer sign in.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await answer).toBe(true);
  });

  it('resolves false on cancel', async () => {
    const { user } = renderWithProviders(<p>page</p>);
    const answer = confirmAction({ title: 'Clear all?', message: 'Everything goes.' });
    const dialog = await screen.findByRole('dialog', { name: 'Clear all?' }, { timeout: 5_000 });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await answer).toBe(false);
  });
});
