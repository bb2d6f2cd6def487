/**
 * Running a plan of grants (Authorize, a policy's Attach to…): one call per grant with progress; a
 * failure names the grant that failed and keeps the plan, and Retry resumes with the grants not yet
 * done (granting twice would be a no-op anyway). A change of plan starts again from the first.
 */
import { Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { useGrantPrincipalRoles, type GroupGrant } from '@/api/resources/grants';
import { ErrorAlert } from '../feedback/error-alert';

export function useGrantRun(principalType: 'group' | 'agency', grants: readonly GroupGrant[]) {
  const [done, setDone] = useState(0);
  const doneRef = useRef(0);
  const mutation = useGrantPrincipalRoles(principalType, (n) => setDone(doneRef.current + n));
  return {
    done,
    total: grants.length,
    pending: mutation.isPending,
    error: mutation.isError ? mutation.error : null,
    /** The grant that failed (the first not done). */
    failed: mutation.isError ? grants[done] : undefined,
    /** Call when the plan changes: the next run starts from its first grant. */
    restart: () => {
      setDone(0);
      doneRef.current = 0;
    },
    run: (onSuccess: () => void) => {
      doneRef.current = done;
      mutation.mutate(grants.slice(done), { onSuccess });
    },
  };
}

export type GrantRun = ReturnType<typeof useGrantRun>;

/** Progress while granting (and after a failure part-way), and the failure with Retry. */
export function GrantRunStatus({ state, roles, onRetry, principalName }: { state: GrantRun; roles: readonly Role[]; onRetry: () => void; principalName?: (id: string) => string }) {
  const { t } = useTranslation('grant');
  const failedRole = state.failed ? (roles.find((r) => r.id === state.failed!.roleId)?.display_name ?? state.failed.roleId) : '';
  const failedTo = state.failed && principalName ? principalName(state.failed.groupId) : undefined;
  return (
    <>
      {state.pending || (state.error !== null && state.done > 0) ? (
        <Stack gap={4}>
          <Text size="sm" aria-live="polite">
            {t('run.progress', { done: state.done, total: state.total })}
          </Text>
          <Progress value={(state.done / Math.max(1, state.total)) * 100} aria-label={t('run.progressLabel')} />
        </Stack>
      ) : null}
      {state.error !== null ? (
        <ErrorAlert
          error={state.error}
          title={failedTo ? t('run.failedTo', { policy: failedRole, name: failedTo }) : t('run.failed', { policy: failedRole })}
          onRetry={onRetry}
          retrying={state.pending}
        />
      ) : null}
    </>
  );
}
