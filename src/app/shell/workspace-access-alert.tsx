/**
 * When `?workspace=` names a workspace the persona cannot access: say so, say why — it does not
 * exist (any more), it is being deleted, or the engine's explanation of the 403 (e.g. an Internal
 * workspace that does not grant this user) — and offer the default workspace.
 */
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconLock } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '@/api/client';
import { workspaceSchema } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { ConditionalReasonText } from '@/components/feedback/conditional-reason-lazy';
import { explanationReasons } from '@/components/feedback/describe-error';
import { useFindingText } from '@/i18n/finding-text';
import { useSession } from '@/components/session/use-session';
import { DEFAULT_WORKSPACE_ID, useSetWorkspaceId, useWorkspaceParam } from '@/components/session/use-workspace-id';
import { useAccessibleWorkspaces } from '@/api/resources/workspaces';
import { displayName } from '../session/sign-in';

/** Why the workspace is out of reach: GET it and read the answer (404, DELETING, or a 403 with the engine's reasons). */
function useInaccessibleReason(workspaceId: string | null, enabled: boolean) {
  const { projectId, userId } = useSession();
  return useQuery({
    queryKey: ['shell', 'inaccessible-workspace', projectId, userId, workspaceId],
    queryFn: async ({ signal }) => {
      try {
        const w = await request(buildPath('workspace', { projectId, workspaceId: workspaceId ?? '' }), workspaceSchema, { signal });
        return w.status === 'DELETING' ? ({ kind: 'deleting', name: w.name } as const) : ({ kind: 'unknown' } as const);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return { kind: 'missing' } as const;
        if (e instanceof ApiError && e.status === 403) return { kind: 'forbidden', reasons: explanationReasons(e.explanation), conditional: e.explanation } as const;
        return { kind: 'unknown' } as const;
      }
    },
    enabled: enabled && !!workspaceId,
    retry: false,
  });
}

export function WorkspaceAccessAlert() {
  const { t } = useTranslation('shell');
  const reasonText = useFindingText('explanations', { useSuspense: false });
  const param = useWorkspaceParam();
  const session = useSession();
  const workspaces = useAccessibleWorkspaces();
  const setWorkspaceId = useSetWorkspaceId();
  const inaccessible = !!param && !!workspaces.data && !workspaces.data.workspaces.some((w) => w.id === param);
  const reason = useInaccessibleReason(param, inaccessible);
  if (!inaccessible) return null;
  const user = displayName(session);
  const why = reason.data;
  return (
    <Alert color="orange" variant="light" icon={<IconLock size={18} aria-hidden />} title={t('workspace.inaccessibleTitle')} mb="md" role="alert">
      <Stack gap={6}>
        {why?.kind === 'missing' ? (
          <Text size="sm">{t('workspace.missing', { id: param })}</Text>
        ) : why?.kind === 'deleting' ? (
          <Text size="sm">{t('workspace.deleting', { name: why.name })}</Text>
        ) : why?.kind === 'forbidden' && why.reasons.length > 0 ? (
          <>
            <Text size="sm">{t('workspace.forbidden', { id: param, user })}</Text>
            {why.conditional ? <Suspense fallback={null}>
                <ConditionalReasonText explanation={why.conditional} />
              </Suspense> : null}
            <List size="sm" spacing={2}>
              {why.reasons.map((r, i) => (
                <List.Item key={i}>{reasonText(r)}</List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">{t('workspace.inaccessible', { id: param, user })}</Text>
        )}
        <div>
          <Button size="xs" color="orange" onClick={() => setWorkspaceId(DEFAULT_WORKSPACE_ID)}>
            {t('workspace.switchToDefault')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
