/** PUT /__mock/faults — latency, failure rate, offline, fail-next rules, delete delay. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/api/client';
import { faultsSchema, type Faults, type FaultsInput } from '@/api/contracts/mock';
import { buildPath } from '@/api/paths';
import { getFaultsQueryOptions } from './get-faults';

export async function putFaults(faults: FaultsInput): Promise<Faults> {
  const body = faultsSchema.parse(faults);
  const res = await send(buildPath('mockFaults'), { method: 'PUT', body });
  const reply = faultsSchema.safeParse(await res.json().catch(() => null));
  return reply.success ? reply.data : body;
}

export function usePutFaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putFaults,
    onSuccess: (faults) => {
      queryClient.setQueryData(getFaultsQueryOptions().queryKey, faults);
    },
  });
}
