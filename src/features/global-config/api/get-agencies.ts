/** Every agency of the account (for Use existing, uniqueness and default names): `@/api/resources/agencies`. */
import { useQuery } from '@tanstack/react-query';
import { agenciesQueryOptions } from '@/api/resources/agencies';
import { useSession } from '@/components/session/use-session';
import { personaKey } from './keys';

export function useAgencies(options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...agenciesQueryOptions(personaKey(session)), enabled: !!session.token && (options.enabled ?? true) });
}
