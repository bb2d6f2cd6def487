/**
 * Runs a fix plan step by step with progress. A failed step stops the run and keeps what was
 * created (policy ids, the new group), so Retry resumes without creating anything twice.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { GRANT_CHANGES, grantAgencyRole, grantGroupRole, type AgencyGrantScope, type GrantTarget } from '@/api/resources/grants';
import { createGroup } from '@/api/resources/groups';
import { invalidateResources } from '@/api/resources/invalidation';
import { addUserToGroup } from '@/api/resources/memberships';
import { createRole } from '@/api/resources/roles';
import type { CreateRoleBody } from '@/api/contracts/iam';
import type { ServiceKind } from '@/iam';
import type { FixStep } from '../lib/fix-plan';

export type StepStatus = 'pending' | 'running' | 'done' | 'failed';

export interface ApplyContext {
  domainId: string;
  /** The region project that project-level policies are granted in. */
  projectId: string;
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
        const { name, kind, document } = step.policy;
        const role = await createRole({ role: { display_name: name, type: kind === 'global' ? 'AX' : 'XA', description: ctx.description, policy: document as CreateRoleBody['role']['policy'] } });
        // (createRole checks the document against the contract's schema before sending it.)
        c.roleIds[step.policy.key] = role.id;
        return;
      }
      case 'createGroup':
        c.groupId = (await createGroup({ group: { name: step.name, description: ctx.description } })).id;
        return;
      case 'addUser':
        return addUserToGroup({ groupId: requireId(groupId), userId: ctx.userId });
      case 'grantGroup':
        return grantGroupRole(ctx.domainId, { groupId: requireId(groupId), roleId: requireId(c.roleIds[step.policy.key]), target: groupTarget(step.policy.kind, ctx) });
      case 'grantAgency':
        return grantAgencyRole(ctx.domainId, requireId(ctx.agencyId), requireId(c.roleIds[step.policy.key]), agencyScope(step.policy.kind, ctx));
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
        // Refreshed once all is done: until then the plan must not change under a Retry.
        await invalidateResources(queryClient, ['roles', 'groups', 'memberships', ...GRANT_CHANGES]);
        return true;
      } finally {
        setRunning(false);
      }
    },
    [queryClient],
  );

  return { apply, reset, status, error, running };
}

/** A global-service policy on "Global services", a project-level one on the region project. */
function groupTarget(kind: ServiceKind, ctx: ApplyContext): GrantTarget {
  return kind === 'global' ? { kind: 'global' } : { kind: 'project', projectId: ctx.projectId };
}
/** Global policies on the domain path, project-level ones on the region project's path. */
function agencyScope(kind: ServiceKind, ctx: ApplyContext): AgencyGrantScope {
  return kind === 'global' ? { kind: 'domain' } : { kind: 'project', projectId: ctx.projectId };
}

function requireId(id: string | null | undefined): string {
  if (!id) throw new Error('A previous step did not finish.');
  return id;
}
