/** GET /v3/users/{id} — one user. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { userResponseSchema } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export async function getUser(userId: string, signal?: AbortSignal) {
  return (await request(buildPath('user', { userId }), userResponseSchema, { signal })).user;
}

export function getUserQueryOptions(who: string, userId: string) {
  return queryOptions({ queryKey: iamKeys.user(who, userId), queryFn: ({ signal }) => getUser(userId, signal) });
}

export function useUser(userId: string) {
  const session = useSession();
  return useQuery({ ...getUserQueryOptions(personaKey(session), userId), enabled: !!session.token });
}
