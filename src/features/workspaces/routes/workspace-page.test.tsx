/** One workspace against the mock backend: quotas (located out-of-range error, then saved) and who can use it. */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, signIn } from '@/testing/mock-session';
import { renderWithProviders } from '@/testing/render';
import WorkspacePage from './workspace-page';

const VISION_LAB = '4f6c1d2ab8e94e0f9a7c35d21b6e8f03';
const route = { route: `/workspaces/${VISION_LAB}`, path: '/workspaces/:id' };

beforeEach(() => signIn('acme'));

describe('WorkspacePage', () => {
  it('rejects an out-of-range quota on its row, keeps the value, then saves a valid one', async () => {
    const { user } = renderWithProviders(<WorkspacePage />, route);
    const quotas = await screen.findByRole('region', { name: 'Quotas' }, { timeout: 5000 });
    await user.click(await within(quotas).findByRole('button', { name: 'Edit quotas' }, { timeout: 5000 }));
    const input = within(quotas).getByRole('textbox', { name: 'Quota for Notebook instances' });
    await user.clear(input);
    await user.type(input, '501');
    await user.click(within(quotas).getByRole('button', { name: 'Save quotas' }));
    expect(within(quotas).getByText('Enter a value from 1 to 500, or choose Unlimited.')).toBeInTheDocument();
    expect(input).toHaveValue('501');
    await user.clear(input);
    await user.type(input, '500');
    await user.click(within(quotas).getByRole('button', { name: 'Save quotas' }));
    await within(quotas).findByRole('button', { name: 'Edit quotas' });
    const body = (await (await call(`/v1/p-cn-north-4/workspaces/${VISION_LAB}/quotas`)).json()) as { quotas: { resource: string; quota: number }[] };
    expect(body.quotas.find((q) => q.resource === 'modelarts.notebook.instance')?.quota).toBe(500);
  });

  it("shows each user's verdict from the engine with the reason", async () => {
    const { user } = renderWithProviders(<WorkspacePage />, route);
    const access = await screen.findByRole('region', { name: 'Who can use this workspace' }, { timeout: 5000 });
    const table = await within(access).findByRole('table', { name: 'Users and their access to this workspace' }, { timeout: 5000 });
    await user.type(within(access).getByRole('searchbox', { name: 'Search users' }), 'wes');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    const wes = within(table).getAllByRole('row')[1]!;
    expect(wes).toHaveTextContent('Implicit deny');
    expect(wes).toHaveTextContent('The workspace does not admit this user.');
    await user.clear(within(access).getByRole('searchbox', { name: 'Search users' }));
    await user.type(within(access).getByRole('searchbox', { name: 'Search users' }), 'maya');
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Allowed'));
  });
});
