import { afterEach, describe, expect, it } from 'vitest';
import { MockStore } from './store/store';
import { syncTabs } from './tab-sync';

const stops: Array<() => void> = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
});
const tick = (ms = 80) => new Promise((r) => setTimeout(r, ms));

describe('syncTabs', () => {
  it('gives a change in one tab to the other, without echoing it back', async () => {
    const a = new MockStore();
    const b = new MockStore();
    stops.push(syncTabs(a, 0), syncTabs(b, 0));
    a.mutate((s) => {
      s.workspaces.get('0')!.description = 'from A';
    });
    await tick();
    expect(b.state.workspaces.get('0')!.description).toBe('from A');
    const revisionA = a.revision;
    await tick();
    expect(a.revision).toBe(revisionA);
  });

  it('shares a sign-in as tokens only, never an older state', async () => {
    const a = new MockStore();
    stops.push(syncTabs(a, 0));
    a.mutate((s) => {
      s.workspaces.get('0')!.description = 'newer';
    });
    await tick();
    // b opens later with an older state (e.g. read before a's write reached IndexedDB), then signs in.
    const b = new MockStore();
    stops.push(syncTabs(b, 0));
    b.tokens.set('tok-b', 'u-root');
    b.notify();
    await tick();
    expect(a.tokens.get('tok-b')).toBe('u-root');
    expect(a.state.workspaces.get('0')!.description).toBe('newer');
  });
});
