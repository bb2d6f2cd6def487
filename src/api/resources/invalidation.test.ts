import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateResources } from './invalidation';

function clientWith(...keys: string[][]): QueryClient {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, 'cached');
  return client;
}
const stale = (client: QueryClient, key: string[]) => client.getQueryState(key)?.isInvalidated;

describe('invalidateResources', () => {
  it('a change marks its resources stale for every persona, and the organisation snapshot', async () => {
    const client = clientWith(['users', 'acme'], ['users', 'maya'], ['groups', 'acme'], ['org-snapshot', 'acme']);
    await invalidateResources(client, ['users']);
    expect([stale(client, ['users', 'acme']), stale(client, ['users', 'maya']), stale(client, ['org-snapshot', 'acme'])]).toEqual([true, true, true]);
    expect(stale(client, ['groups', 'acme'])).toBe(false);
  });

  it('a change that alters nothing the engine reads keeps the organisation snapshot', async () => {
    const client = clientWith(['workspaces', 'acme', 'p', 'quotas', 'w'], ['org-snapshot', 'acme']);
    await invalidateResources(client, ['workspaces'], { access: false });
    expect(stale(client, ['workspaces', 'acme', 'p', 'quotas', 'w'])).toBe(true);
    expect(stale(client, ['org-snapshot', 'acme'])).toBe(false);
  });
});
