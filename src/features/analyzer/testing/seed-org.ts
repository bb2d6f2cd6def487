/** Test helper: signs in to the mock backend (msw/node) and reads the seed organisation through the regular APIs. */
import { setSession } from '@/api/session';
import type { Snapshot } from '@/iam';
import { fetchOrgSnapshot } from '@/api/org-input';

export const PROJECT = 'p-cn-north-4';
export const VISION_LAB = '4f6c1d2ab8e94e0f9a7c35d21b6e8f03';

export async function signIn(name = 'acme'): Promise<{ domainId: string; domainName: string }> {
  const res = await fetch('/v3/auth/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name } } } } }),
  });
  const body = (await res.json()) as { token: { user: { id: string; domain: { id: string; name: string } }; is_admin: boolean; is_root: boolean } };
  const domain = body.token.user.domain;
  setSession({
    token: res.headers.get('X-Subject-Token'),
    userId: body.token.user.id,
    userName: body.token.is_root ? null : name,
    domainId: domain.id,
    domainName: domain.name,
    isAdmin: body.token.is_admin,
    isRoot: body.token.is_root,
    projectId: PROJECT,
  });
  return { domainId: domain.id, domainName: domain.name };
}

export async function loadSeedSnapshot(): Promise<Snapshot> {
  const { domainId, domainName } = await signIn();
  return (await fetchOrgSnapshot(PROJECT, { id: domainId, name: domainName })) as unknown as Snapshot;
}
