/** The mode confirmation's impact list, against the seed organisation (msw/node). */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSession } from '@/api/session';
import { renderWithProviders } from '@/testing/render';
import { AuthModeImpact } from './auth-mode-impact';

beforeEach(async () => {
  const res = await fetch('/v3/auth/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } }),
  });
  const body = (await res.json()) as { token: { user: { id: string; domain: { id: string; name: string } } } };
  setSession({
    token: res.headers.get('X-Subject-Token'),
    userId: body.token.user.id,
    userName: null,
    domainId: body.token.user.domain.id,
    domainName: body.token.user.domain.name,
    isAdmin: true,
    isRoot: true,
    projectId: 'p-cn-north-4',
  });
});

describe('AuthModeImpact', () => {
  it('strict → non-strict: liam (no ModelArts policy) gains access; nora (no agency) and dana (Deny) do not', async () => {
    renderWithProviders(<AuthModeImpact change={{ from: 'strict', to: 'loose' }} />);
    const region = await screen.findByRole('region', { name: 'Users whose ModelArts access changes' }, { timeout: 10_000 });
    const gain = within(region).getByText(/^Gain ModelArts access/).parentElement!;
    expect(within(gain).getByText('liam')).toBeInTheDocument();
    expect(within(region).queryByText('nora')).not.toBeInTheDocument();
    expect(within(region).queryByText('maya')).not.toBeInTheDocument();
    expect(within(region).queryByText(/^Lose ModelArts access/)).not.toBeInTheDocument();
  }, 20_000);

  it('non-strict → strict: the same users lose access', async () => {
    renderWithProviders(<AuthModeImpact change={{ from: 'loose', to: 'strict' }} />);
    const region = await screen.findByRole('region', { name: 'Users whose ModelArts access changes' }, { timeout: 10_000 });
    const lose = within(region).getByText(/^Lose ModelArts access/).parentElement!;
    expect(within(lose).getByText('liam')).toBeInTheDocument();
    expect(within(region).queryByText(/^Gain ModelArts access/)).not.toBeInTheDocument();
  }, 20_000);
});
