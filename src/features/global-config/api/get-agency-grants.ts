/** An agency's permissions in every scope (`@/api/resources/agencies`). */
import { useQuery } from '@tanstack/react-query';
import { agencyGrantsQueryOptions } from '@/api/resources/agencies';
import { useSession } from '@/components/session/use-session';
import { personaKey } from './keys';

export type { AgencyGrant } from '@/api/resources/agencies';

export function useAgencyGrants(agencyId: string | null | undefined) {
  const session = useSession();
  return useQuery({
    ...agencyGrantsQueryOptions(personaKey(session), session.domainId ?? '', agencyId ?? ''),
    enabled: !!session.token && !!session.domainId && !!agencyId,
  });
}
