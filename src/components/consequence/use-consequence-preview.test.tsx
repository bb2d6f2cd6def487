/**
 * A preview whose organisation is re-read only because it is older than the staleTime (the test
 * client's is 0): it is computed while the organisation is read again, but shown only once the
 * re-read is back — on the organisation as it is then, never the one held before.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccessMutation } from '@/iam';
import { call, signIn, signOut } from '@/testing/mock-session';
import { renderWithProviders } from '@/testing/render';
import { useConsequencePreview, type PreviewState } from './use-consequence-preview';

const toLoose: AccessMutation = { kind: 'setMode', authMode: 'loose' };

/** What the preview showed, render by render. */
let seen: string[] = [];
const describeState = (s: PreviewState) => (s.status === 'done' ? (s.preview.none ? 'none' : `gain ${s.preview.gain.count}`) : s.status);

function Probe() {
  const state = useConsequencePreview(toLoose);
  const text = describeState(state);
  if (seen.at(-1) !== text) seen.push(text);
  return <output>{text}</output>;
}

beforeEach(async () => {
  signOut();
  await call('/__mock/reset', { method: 'POST' });
  await signIn('acme');
  seen = [];
});

afterEach(async () => {
  await call('/__mock/reset', { method: 'POST' }); // no latency left for the next file
});

describe('useConsequencePreview on an organisation older than the staleTime', () => {
  it('shows the preview only after the re-read, on the organisation as it is then', async () => {
    const first = renderWithProviders(<Probe />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^gain \d+$/), { timeout: 15_000 });
    const before = seen.at(-1);
    first.unmount();
    // The mode changes behind the console's back: switching to Non-strict now changes nothing.
    const res = await call('/v1/auth-mode', { method: 'PUT', body: { mode: 'loose' } });
    expect(res.status).toBeLessThan(300);
    // A slow re-read: the preview held before is computed well before it is back.
    expect((await call('/__mock/faults', { method: 'PUT', body: { latencyMs: 40 } })).status).toBe(200);
    seen = [];
    renderWithProviders(<Probe />, { queryClient: first.queryClient });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('none'), { timeout: 15_000 });
    expect(seen).toEqual(['loading', 'none']); // the preview held before (`before`) never showed
    expect(before).not.toBe('none');
  });

  it('shows the same preview after a re-read that finds nothing changed', async () => {
    const first = renderWithProviders(<Probe />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^gain \d+$/), { timeout: 15_000 });
    const before = seen.at(-1)!;
    first.unmount();
    expect((await call('/__mock/faults', { method: 'PUT', body: { latencyMs: 40 } })).status).toBe(200);
    seen = [];
    renderWithProviders(<Probe />, { queryClient: first.queryClient });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(before), { timeout: 15_000 });
    expect(seen).toEqual(['loading', before]);
  });
});
