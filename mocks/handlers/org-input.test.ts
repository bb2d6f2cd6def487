/**
 * The console's organisation read (src/api/org-input.ts) against this backend: memberships in one
 * request through our `GET /v3/users?include=group_ids` (docs/api.md), and the per-group reads when
 * a gateway does not answer the extension (leaves `group_ids` out, or rejects the parameter).
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { getOrgInput } from '@/api/org-input';
import { setSession } from '@/api/session';
import { patterns } from '@/api/paths';
import { server } from '../node';
import { store } from '../store';
import { as, expectIamError } from '../testing';

const PROJECT = 'p-cn-north-4';

async function readAs(name = 'acme') {
  const persona = await as(name);
  setSession({ token: persona.token, userId: null, userName: name === 'acme' ? null : name, domainId: 'd-acme', domainName: 'acme', isAdmin: true, isRoot: name === 'acme', projectId: PROJECT });
  const paths: string[] = [];
  const listen = ({ request }: { request: Request }) => void paths.push(new URL(request.url).pathname + new URL(request.url).search);
  server.events.on('request:start', listen);
  try {
    const input = await getOrgInput(PROJECT, { id: 'd-acme', name: 'acme' });
    return { input, paths, perGroup: paths.filter((p) => /^\/v3\/groups\/[^/?]+\/users/.test(p)).length };
  } finally {
    server.events.removeListener('request:start', listen);
  }
}

/** user name → sorted group ids, as the snapshot will hold them. */
const memberships = (input: Awaited<ReturnType<typeof getOrgInput>>) =>
  Object.fromEntries(input.users.map(({ user, groupIds }) => [user.name, [...groupIds].sort()]));

/** What the store holds: the truth both paths must reproduce. */
const stored = () => Object.fromEntries([...store.state.users.values()].map((u) => [u.name, [...u.groups].sort()]));

/** A gateway without the extension: the regular answer, `group_ids` dropped. */
function withoutExtension(reject: boolean) {
  server.use(
    http.get(patterns.users, async ({ request }) => {
      const url = new URL(request.url);
      if (!url.searchParams.has('include')) return undefined; // the regular handler answers
      if (reject) return HttpResponse.json({ error: { code: 400, title: 'Bad Request', message: 'Unknown parameter include.' } }, { status: 400 });
      url.searchParams.delete('include');
      const res = await fetch(url, { headers: request.headers });
      const body = (await res.json()) as { total_count: number; users: Array<Record<string, unknown>> };
      return HttpResponse.json({ ...body, users: body.users.map(({ group_ids: _, ...u }) => u) });
    }),
  );
}

afterEach(() => server.resetHandlers());

describe('GET /v3/users?include=group_ids (ours)', () => {
  it('embeds each user’s group ids; a bad value is a 400', async () => {
    const root = await as();
    const body = (await root.get('/v3/users?include=group_ids&name=omar')).body;
    expect(body.users[0].group_ids).toEqual(store.userByName('omar')!.groups);
    expect((await root.get('/v3/users?name=omar')).body.users[0].group_ids).toBeUndefined();
    expectIamError(await root.get('/v3/users?include=everything'), 400);
  });

  it('needs the permission the per-group reads need (iam:users:listUsersForGroup)', async () => {
    // maya may not list users at all: the extension does not widen what she reads.
    const maya = await as('maya');
    expectIamError(await maya.get('/v3/users?include=group_ids'), 403);
  });
});

describe('getOrgInput memberships', () => {
  it('reads them in one request per 1,000 users when the server answers the extension', async () => {
    const { input, paths, perGroup } = await readAs();
    expect(perGroup).toBe(0);
    expect(paths.some((p) => p.startsWith('/v3/users?') && p.includes('include=group_ids'))).toBe(true);
    expect(memberships(input)).toEqual(stored());
  });

  it('falls back to one read per group when the gateway leaves group_ids out', async () => {
    withoutExtension(false);
    const { input, perGroup } = await readAs();
    expect(perGroup).toBe(store.state.groups.size);
    expect(memberships(input)).toEqual(stored());
  });

  it('falls back when the gateway rejects the parameter (400), asking for the users without it', async () => {
    withoutExtension(true);
    const { input, paths, perGroup } = await readAs();
    expect(paths.some((p) => p.startsWith('/v3/users?') && !p.includes('include'))).toBe(true);
    expect(perGroup).toBe(store.state.groups.size);
    expect(memberships(input)).toEqual(stored());
  });
});
