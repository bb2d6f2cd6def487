/** GET /__mock/faults — the fault injection in force (404 when the mock does not offer it). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, request } from '@/api/client';
import { faultsSchema, type Faults } from '@/api/contracts/mock';
import { buildPath } from '@/api/paths';

/** null when the backend cannot tell (no GET endpoint). */
export async function getFaults(): Promise<Faults | null> {
  try {
    return await request(buildPath('mockFaults'), faultsSchema);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return null;
    throw e;
  }
}

export function getFaultsQueryOptions() {
  return queryOptions({ queryKey: ['settings', 'faults'], queryFn: getFaults, staleTime: 0 });
}

export function useFaults() {
  return useQuery(getFaultsQueryOptions());
}
