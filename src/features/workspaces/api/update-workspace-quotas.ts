/** PUT /v1/{project_id}/workspaces/{id}/quotas — validated with the service's schema; the reply is the new quotas. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { updateWorkspaceQuotasSchema, workspaceQuotasSchema, type WorkspaceQuota } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, workspaceKeys } from './keys';

export type QuotaChange = z.infer<typeof updateWorkspaceQuotasSchema>['quotas'][number];

export async function updateWorkspaceQuotas(projectId: string, workspaceId: string, quotas: QuotaChange[]): Promise<WorkspaceQuota[]> {
  const res = await request(buildPath('workspaceQuotas', { projectId, workspaceId }), workspaceQuotasSchema, {
    method: 'PUT',
    body: updateWorkspaceQuotasSchema.parse({ quotas }),
  });
  return res.quotas;
}

export function useUpdateWorkspaceQuotas(workspaceId: string) {
  const queryClient = useQueryClient();
  const session = useSession();
  const key = workspaceKeys.quotas(personaKey(session), session.projectId, workspaceId);
  return useMutation({
    mutationFn: (quotas: QuotaChange[]) => updateWorkspaceQuotas(session.projectId, workspaceId, quotas),
    onSuccess: (quotas) => queryClient.setQueryData(key, quotas),
  });
}
