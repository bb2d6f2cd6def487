// @vitest-environment node
/**
 * collect() against a scripted gateway (no HTTP): paging over several pages, a gateway that ignores
 * limit/offset, and a key that may not list users. The end-to-end run over HTTP is collect.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { snapshotToState } from '@mocks/store/snapshot/import';
import { collect } from './collect';
import { endpointsFor } from './endpoints';
import { SignedClient } from './http';

const DOMAIN = { id: 'd-acme', name: 'acme' };
const USERS = Array.from({ length: 2345 }, (_, i) => ({ id: `u-${i}`, name: i === 0 ? DOMAIN.name : `user-${i}`, domain_id: DOMAIN.id, enabled: true, description: '' }));

type Gateway = 'pages' | 'ignores-paging' | 'denies-users';

/** Answers the collector's calls for an account of USERS and nothing else. */
function gateway(kind: Gateway): { client: SignedClient; userRequests: string[] } {
  const userRequests: string[] = [];
  const answer = (url: URL): Response => {
    const limit = kind === 'ignores-paging' ? 1000 : Number(url.searchParams.get('limit') ?? 1000);
    const offset = kind === 'ignores-paging' ? 0 : Number(url.searchParams.get('offset') ?? 0);
    const empty = (key: string) => Response.json({ total_count: 0, [key]: [] });
    switch (url.pathname) {
      case '/v3/auth/domains':
        return Response.json({ domains: [DOMAIN] });
      case '/v3/users':
        userRequests.push(url.search);
        if (kind === 'denies-users') return Response.json({ error: { code: 403, title: 'Forbidden', message: 'not authorized to perform (iam:users:listUsers)' } }, { status: 403 });
        return Response.json({ total_count: USERS.length, users: USERS.slice(offset, offset + limit) });
      case '/v3/projects':
        return Response.json({ projects: [] });
      case '/v3/groups':
        return empty('groups');
      case '/v3.0/OS-ROLE/roles':
        return empty('roles');
      case '/v3.0/OS-PERMISSION/role-assignments':
        return empty('role_assignments');
      case '/v3.0/OS-AGENCY/agencies':
        return empty('agencies');
      case '/v1.0/enterprise-projects':
        return empty('enterprise_projects');
      default:
        return Response.json({ error: { code: 404, title: 'Not Found', message: 'no such API' } }, { status: 404 });
    }
  };
  const client = new SignedClient({
    credentials: { ak: 'AKEXAMPLE0000000', sk: 'SKEXAMPLE' },
    fetch: async (input) => answer(new URL(String(input))),
    sleep: async () => undefined,
  });
  return { client, userRequests };
}

const run = (kind: Gateway) => {
  const g = gateway(kind);
  return collect({ client: g.client, endpoints: endpointsFor('https://gateway.example.com'), regions: [], accessKey: 'AKEXAMPLE0000000', now: () => new Date(0) }).then((r) => ({ ...r, ...g }));
};

describe('collect', () => {
  it('follows limit/offset paging to the last page', async () => {
    const { snapshot, report, userRequests } = await run('pages');
    expect(userRequests).toEqual(['?limit=1000&offset=0', '?limit=1000&offset=1000', '?limit=1000&offset=2000']);
    expect(snapshot.users.map((u) => u.id)).toEqual(USERS.map((u) => u.id));
    expect(report.calls.find((c) => c.name === 'IAM users')).toMatchObject({ status: 'ok', count: USERS.length });
    expect(report.complete).toBe(true);
  });

  it('a gateway that ignores limit/offset: stops at the repeated page, no duplicates, and says what is missing', async () => {
    const { snapshot, report, userRequests } = await run('ignores-paging');
    expect(userRequests).toHaveLength(2);
    expect(new Set(snapshot.users.map((u) => u.id)).size).toBe(snapshot.users.length);
    expect(snapshot.users).toHaveLength(1000);
    expect(report.calls.find((c) => c.name === 'IAM users')).toMatchObject({ status: 'partial', count: 1000, message: expect.stringContaining(`1000 of ${USERS.length} items read`) });
    expect(report.complete).toBe(false);
  });

  it('users denied: the account’s root user stands in, so the console’s Import accepts the snapshot', async () => {
    const { snapshot, report } = await run('denies-users');
    expect(snapshot.users).toEqual([{ id: DOMAIN.id, name: DOMAIN.name, type: 'iam', root: true, groups: [] }]);
    expect(report.calls.find((c) => c.name === 'IAM users')).toMatchObject({ status: 'denied', permission: 'iam:users:listUsers' });
    expect(report.calls.find((c) => c.name === 'Account (root user)')).toMatchObject({ status: 'partial' });
    expect(report.complete).toBe(false);
    const imported = snapshotToState(snapshot, null, 0);
    expect(imported.ok, JSON.stringify(imported.ok ? '' : imported.problem)).toBe(true);
  });
});
