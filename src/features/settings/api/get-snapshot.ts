/** GET /__mock/snapshot — the current demo data as one snapshot document (docs/snapshot-format.md). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { send } from '@/api/client';
import { buildPath } from '@/api/paths';

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
  return queryOptions({ queryKey: ['settings', 'snapshot'], queryFn: getSnapshot, staleTime: 0 });
}

export function useSnapshot(enabled = true) {
  return useQuery({ ...getSnapshotQueryOptions(), enabled });
}
