import { describe, expect, it } from 'vitest';
import type { User } from '@/api/contracts/iam';
import { fetchOrgSnapshot } from '@/api/org-input';
import { getUsersOrgSnapshot } from '@/api/resources/org-snapshot';
import type { Snapshot } from '@/iam';
import { call, signIn } from '@/testing/mock-session';
import { usersGlance } from './users-glance';

const TARGET = { projectId: 'p-cn-north-4', workspaceId: '0' };
const DOMAIN = { id: 'd-acme', name: 'acme' };
const PAGE = ['maya', 'omar', 'dana', 'wes', 'nora', 'liam', 'arjun', 'pat', 'sofia'];

describe('usersGlance', () => {
  it('a snapshot of one page of users gives exactly the whole organisation’s answers for them', async () => {
    await signIn('acme');
    const listed = (await (await call('/v3/users?limit=1000')).json()) as { users: User[] };
    const page = listed.users.filter((u) => PAGE.includes(u.name));
    expect(page).toHaveLength(PAGE.length);
    const whole = usersGlance((await fetchOrgSnapshot(TARGET.projectId, DOMAIN)) as unknown as Snapshot, TARGET);
    const partial = usersGlance((await getUsersOrgSnapshot(page, TARGET.projectId, DOMAIN)) as unknown as Snapshot, TARGET);
    expect(partial.size).toBe(PAGE.length);
    for (const u of page) expect(partial.get(u.id), u.name).toEqual(whole.get(u.id));

    const byName = (name: string) => partial.get(page.find((u) => u.name === name)!.id)!;
    expect(byName('maya')).toEqual({ groups: ['data-scientists'], readiness: 'ready' });
    expect(byName('dana')).toEqual({ groups: ['contractors', 'data-scientists'], readiness: 'notReady' });
    expect(byName('arjun').readiness).toBe('conditional'); // a conditional Deny on modelarts:poolType
    expect(byName('pat')).toEqual({ groups: [], readiness: 'notReady' });
  });
});
