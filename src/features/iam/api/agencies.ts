/** The Agencies pages' server state: hooks over `@/api/resources/agencies` for the signed-in persona. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateAgencyBody, UpdateAgencyBody } from '@/api/contracts/iam';
import type { RegionalAuthorization } from '@/api/org-snapshot';
import {
  agenciesQueryOptions,
  agencyGrantsQueryOptions,
  agencyQueryOptions,
  agencyUsageQueryOptions,
  createAgency,
  deleteAgency,
  deleteAuthorizations,
  invalidateAgencies,
  updateAgency,
} from '@/api/resources/agencies';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

function usePersona() {
  const session = useSession();
  return { session, who: personaKey(session), ready: !!session.token };
}

export function useAgencyList() {
  const { who, ready } = usePersona();
  return useQuery({ ...agenciesQueryOptions(who), enabled: ready });
}

export function useAgency(id: string) {
  const { who, ready } = usePersona();
  return useQuery({ ...agencyQueryOptions(who, id), enabled: ready && !!id });
}

export function useAgencyPermissions(id: string) {
  const { session, who, ready } = usePersona();
  return useQuery({ ...agencyGrantsQueryOptions(who, session.domainId ?? '', id), enabled: ready && !!session.domainId && !!id });
}

/** Which authorizations (every region) use each agency; needs the authorization list (administrators). */
export function useAgencyUsage(options: { enabled?: boolean } = {}) {
  const { who, ready } = usePersona();
  return useQuery({ ...agencyUsageQueryOptions(who), enabled: ready && (options.enabled ?? true) });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  const { who } = usePersona();
  return () => Promise.all([invalidateAgencies(queryClient, who), queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }), queryClient.invalidateQueries({ queryKey: ['global-config', who] })]);
}

export function useCreateAgency() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateAgencyBody) => createAgency(body), onSettled: invalidate });
}

export function useUpdateAgency(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UpdateAgencyBody) => updateAgency(id, body), onSettled: invalidate });
}

/** Deletes an agency; with `removeAuthorizations`, first deletes those authorizations (each in its region). */
export function useDeleteAgency() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, removeAuthorizations = [] }: { id: string; removeAuthorizations?: readonly RegionalAuthorization[] }) => {
      await deleteAuthorizations(removeAuthorizations);
      await deleteAgency(id);
    },
    onSettled: invalidate,
  });
}
