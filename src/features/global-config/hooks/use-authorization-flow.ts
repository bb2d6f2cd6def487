/**
 * Runs the Add Authorization (or Modify with a new agency) steps and keeps their progress, so a
 * retry resumes from the failed step: the created agency's id and the grants that succeeded are
 * remembered; no second agency is created.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useSession } from '@/components/session/use-session';
import { createModelArtsAgency } from '@/api/resources/agencies';
import { useCreateAuthorization, useUpdateAuthorization } from '@/api/resources/authorizations';
import { GRANT_CHANGES, grantAgencyRole } from '@/api/resources/grants';
import { invalidateResources } from '@/api/resources/invalidation';
import type { CreatePlan } from '../lib/add-authorization-form';
import { CreateStepError, EMPTY_PROGRESS, runCreateFlow, type CreateProgress, type CreateStep, type StepStatus } from '../lib/create-flow';

export type StepStatuses = Record<CreateStep, StepStatus>;
const INITIAL_STEPS: StepStatuses = { agency: 'pending', grants: 'pending', authorization: 'pending' };

export interface FlowFailure {
  step: CreateStep;
  error: unknown;
}

/**
 * `run` resolves null when every step succeeded, else the failure.
 * `modifyRowUserId` set = Modify (PUT, optimistic on that row); unset = Add (POST). */
export function useAuthorizationFlow(modifyRowUserId?: string) {
  const session = useSession();
  const queryClient = useQueryClient();
  const create = useCreateAuthorization();
  const update = useUpdateAuthorization();
  const progressRef = useRef<CreateProgress>(EMPTY_PROGRESS);
  const [progress, setProgress] = useState<CreateProgress>(EMPTY_PROGRESS);
  const [steps, setSteps] = useState<StepStatuses>(INITIAL_STEPS);
  const [failure, setFailure] = useState<FlowFailure | null>(null);
  const [running, setRunning] = useState(false);
  const [started, setStarted] = useState(false);
  const [grantTotal, setGrantTotal] = useState(0);

  const run = useCallback(
    async (plan: CreatePlan): Promise<FlowFailure | null> => {
      setRunning(true);
      setStarted(true);
      setGrantTotal(plan.newAgency?.grants.length ?? 0);
      setFailure(null);
      setSteps(INITIAL_STEPS);
      const domainId = session.domainId ?? '';
      try {
        await runCreateFlow(
          plan,
          progressRef.current,
          {
            createAgency: (name) => createModelArtsAgency(name, session.domainId),
            grant: (agencyId, g) => grantAgencyRole(domainId, agencyId, g.roleId, g.target),
            createAuthorization: async (body) => {
              if (modifyRowUserId !== undefined) await update.mutateAsync({ rowUserId: modifyRowUserId, body });
              else await create.mutateAsync(body);
            },
          },
          (step, status) => setSteps((s) => ({ ...s, [step]: status })),
          (p) => {
            progressRef.current = p;
            setProgress(p);
          },
        );
        return null;
      } catch (e) {
        const failed: FlowFailure = e instanceof CreateStepError ? { step: e.step, error: e.cause } : { step: 'authorization', error: e };
        setFailure(failed);
        return failed;
      } finally {
        setRunning(false);
        // The agency and its grants may exist even when a later step failed.
        if (plan.newAgency) void invalidateResources(queryClient, ['agencies', ...GRANT_CHANGES]);
      }
    },
    [session, queryClient, create, update, modifyRowUserId],
  );

  /** After a Modify conflict was resolved: the failure is old news; what was created is kept for the next run. */
  const clearFailure = useCallback(() => {
    setFailure(null);
    setSteps((s) => ({ ...s, authorization: 'pending' }));
  }, []);

  /** Resume with an agency an earlier run created (e.g. before a reload): it is not created again. */
  const adoptAgency = useCallback((agency: { id: string; name: string }) => {
    progressRef.current = { ...progressRef.current, agency };
    setProgress(progressRef.current);
  }, []);

  return { run, progress, steps, failure, running, started, grantTotal, clearFailure, adoptAgency };
}
