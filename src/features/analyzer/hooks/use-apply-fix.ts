/**
 * Runs a fix plan step by step with progress. A failed step stops the run and keeps what was
 * created (policy ids, the new group), so Retry resumes without creating anything twice.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { addUserToGroup } from '../api/add-user-to-group';
import { createGroup } from '../api/create-group';
import { createRole } from '../api/create-role';
import { grantAgencyRole } from '../api/grant-agency-role';
import { grantGroupRole, type GrantTarget } from '../api/grant-group-role';
import type { FixStep } from '../lib/fix-plan';

export type StepStatus = 'pending' | 'running' | 'done' | 'failed';

export interface ApplyContext extends GrantTarget {
  userId: string;
  /** The existing group chosen, when not creating one. */
  groupId: string | null;
  agencyId: string | null;
  description: string;
}

interface Created {
  roleIds: Record<string, string>;
  groupId: string | null;
  done: Set<string>;
}

export function useApplyFix() {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Record<string, StepStatus>>({});
  const [error, setError] = useState<{ stepId: string; error: unknown } | null>(null);
  const [running, setRunning] = useState(false);
  const created = useRef<Created>({ roleIds: {}, groupId: null, done: new Set() });

  const reset = useCallback(() => {
    created.current = { roleIds: {}, groupId: null, done: new Set() };
    setStatus({});
    setError(null);
  }, []);

  const runStep = async (step: FixStep, ctx: ApplyContext): Promise<void> => {
    const c = created.current;
    const groupId = ctx.groupId ?? c.groupId;
    switch (step.type) {
      case 'createPolicy': {
        const role = await createRole(step.policy.name, ctx.description, step.policy.kind, step.policy.document);
        c.roleIds[step.policy.key] = role.id;
        return;
      }
      case 'createGroup':
        c.groupId = (await createGroup(step.name, ctx.description)).id;
        return;
      case 'addUser':
        return addUserToGroup(requireId(groupId), ctx.userId);
      case 'grantGroup':
        return grantGroupRole(requireId(groupId), requireId(c.roleIds[step.policy.key]), step.policy.kind, ctx);
      case 'grantAgency':
        return grantAgencyRole(requireId(ctx.agencyId), requireId(c.roleIds[step.policy.key]), step.policy.kind, ctx);
    }
  };

  /** Runs the steps not yet done; resolves true when all are done. */
  const apply = useCallback(
    async (steps: readonly FixStep[], ctx: ApplyContext): Promise<boolean> => {
      setRunning(true);
      setError(null);
      const c = created.current;
      setStatus(Object.fromEntries(steps.map((s) => [s.id, c.done.has(s.id) ? 'done' : 'pending'])));
      try {
        for (const step of steps) {
          if (c.done.has(step.id)) continue;
          setStatus((prev) => ({ ...prev, [step.id]: 'running' }));
          try {
            await runStep(step, ctx);
          } catch (e) {
            setStatus((prev) => ({ ...prev, [step.id]: 'failed' }));
            setError({ stepId: step.id, error: e });
            return false;
          }
          c.done.add(step.id);
          setStatus((prev) => ({ ...prev, [step.id]: 'done' }));
        }
        await queryClient.invalidateQueries();
        return true;
      } finally {
        setRunning(false);
      }
    },
    [queryClient],
  );

  return { apply, reset, status, error, running };
}

function requireId(id: string | null | undefined): string {
  if (!id) throw new Error('A previous step did not finish.');
  return id;
}
