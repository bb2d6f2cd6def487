/**
 * How the organisation the console shows was collected from a real account (`npm run collect`):
 * the coverage report an imported snapshot carried (docs/snapshot-format.md "Collection report"),
 * or null for the demo seed. Console-only (`GET /__mock/collection`, docs/api.md): a real gateway
 * serves live data, so a 404 there reads as null. Import, reset and seed drop every cached answer
 * (demo-data.ts), this one included.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError, request } from '../client';
import { collectionSchema, type CollectionReport } from '../contracts/snapshot';
import { buildPath } from '../paths';
import { useApiScope, type Persona } from './persona';

const collectionResponseSchema = z.object({ collection: z.nullable(collectionSchema) });

export async function getCollection(signal?: AbortSignal): Promise<CollectionReport | null> {
  try {
    return (await request(buildPath('mockCollection'), collectionResponseSchema, { signal })).collection;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

export const collectionKeys = {
  all: ['collection'] as const,
  current: (persona: Persona) => ['collection', persona] as const,
};

export function getCollectionQueryOptions(persona: Persona) {
  return queryOptions({ queryKey: collectionKeys.current(persona), queryFn: ({ signal }) => getCollection(signal), staleTime: 60_000 });
}

export function useCollection() {
  const scope = useApiScope();
  return useQuery({ ...getCollectionQueryOptions(scope.persona), enabled: scope.ready });
}

/** The calls that did not return everything (denied, failed or partial). */
export function incompleteCalls(report: CollectionReport | null | undefined): CollectionReport['calls'] {
  return report ? report.calls.filter((c) => c.status !== 'ok') : [];
}
