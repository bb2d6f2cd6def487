/**
 * The console's own demo-data endpoints (ours, not Huawei's; docs/api.md "Console-only endpoints"):
 * export and import the snapshot, reset to the seed, load the large organisation, fault injection.
 * Import, reset and seed replace everything, so they drop every cached answer.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, request, send } from '../client';
import { faultsSchema, importResultSchema, type Faults, type FaultsInput, type SeedSize } from '../contracts/mock';
import type { SnapshotDocument } from '../contracts/snapshot';
import { buildPath } from '../paths';
import { orgSnapshotParts } from './partial-loads';

export const demoDataKeys = {
  faults: ['demo-data', 'faults'] as const,
  snapshot: ['demo-data', 'snapshot'] as const,
};

/** The snapshot exactly as the backend wrote it (text, for a faithful download) and parsed. */
export async function getSnapshot(): Promise<{ text: string; json: unknown }> {
  const res = await send(buildPath('mockSnapshot'));
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* shown as "unknown" counts */
  }
  return { text, json };
}
export function getSnapshotQueryOptions() {
  return queryOptions({ queryKey: demoDataKeys.snapshot, queryFn: getSnapshot, staleTime: 0 });
}
export function useSnapshot(enabled = true) {
  return useQuery({ ...getSnapshotQueryOptions(), enabled });
}

/** The fault injection in force; null when the backend cannot tell (no GET endpoint). */
export async function getFaults(): Promise<Faults | null> {
  try {
    return await request(buildPath('mockFaults'), faultsSchema);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return null;
    throw e;
  }
}
export function getFaultsQueryOptions() {
  return queryOptions({ queryKey: demoDataKeys.faults, queryFn: getFaults, staleTime: 0 });
}
export function useFaults() {
  return useQuery(getFaultsQueryOptions());
}

export async function putFaults(faults: FaultsInput): Promise<Faults> {
  const body = faultsSchema.parse(faults);
  const res = await send(buildPath('mockFaults'), { method: 'PUT', body });
  const reply = faultsSchema.safeParse(await res.json().catch(() => null));
  return reply.success ? reply.data : body;
}
export function usePutFaults() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: putFaults, onSuccess: (faults) => queryClient.setQueryData(demoDataKeys.faults, faults) });
}

export function putSnapshot(snapshot: SnapshotDocument) {
  return request(buildPath('mockSnapshot'), importResultSchema, { method: 'PUT', body: snapshot });
}
export async function postReset(): Promise<void> {
  await send(buildPath('mockReset'), { method: 'POST' });
}
export async function postSeed(size: SeedSize): Promise<void> {
  await send(buildPath('mockSeed'), { method: 'POST', body: { size } });
}

/** A mutation that replaces every resource: afterwards no page may show a cached row. */
export function useReplaceAllMutation<V>(mutationFn: (v: V) => Promise<unknown>, before?: (v: V) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (_r, v) => {
      before?.(v);
      orgSnapshotParts.clear();
      await queryClient.resetQueries();
    },
  });
}
