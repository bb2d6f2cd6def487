/**
 * The three steps of Add Authorization — create agency → grant permissions → create
 * authorization — as a resumable runner. It remembers what succeeded (the agency's id, each
 * grant), so a retry after a failure continues from the failed step and never creates a second
 * agency. Framework-free: the hook injects the API calls.
 */
import type { CreateAuthorizationBody } from '@/api/contracts/modelarts';
import type { CreatePlan, GrantSpec } from './add-authorization-form';

export type CreateStep = 'agency' | 'grants' | 'authorization';
export const CREATE_STEPS: CreateStep[] = ['agency', 'grants', 'authorization'];

export interface CreateProgress {
  /** The agency created by an earlier attempt (id and name), if any. */
  agency: { id: string; name: string } | null;
  /** Keys of the grants that succeeded. */
  granted: string[];
  authorized: boolean;
}

export const EMPTY_PROGRESS: CreateProgress = { agency: null, granted: [], authorized: false };

export interface CreateDeps {
  createAgency(name: string): Promise<{ id: string; name: string }>;
  grant(agencyId: string, grant: GrantSpec): Promise<void>;
  createAuthorization(body: CreateAuthorizationBody): Promise<void>;
}

export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

/** A step failed: which one, why, and the progress to resume from. */
export class CreateStepError extends Error {
  override readonly name = 'CreateStepError';
  constructor(
    readonly step: CreateStep,
    override readonly cause: unknown,
    readonly progress: CreateProgress,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Runs (or resumes) the plan. `onStep` reports each step's status; `onProgress` every change of
 * the progress so the caller can keep it across a failure. Resolves with the final progress or
 * rejects with a CreateStepError.
 */
export async function runCreateFlow(
  plan: CreatePlan,
  start: CreateProgress,
  deps: CreateDeps,
  onStep: (step: CreateStep, status: StepStatus) => void = () => {},
  onProgress: (progress: CreateProgress) => void = () => {},
): Promise<CreateProgress> {
  let progress: CreateProgress = { ...start, granted: [...start.granted] };
  const update = (patch: Partial<CreateProgress>) => {
    progress = { ...progress, ...patch };
    onProgress(progress);
  };

  // 1. Create agency (skipped for Use existing, or when an earlier attempt created it).
  let agencyName = plan.agencyName;
  if (plan.newAgency) {
    if (progress.agency) {
      agencyName = progress.agency.name;
      onStep('agency', 'done');
    } else {
      onStep('agency', 'running');
      try {
        const agency = await deps.createAgency(plan.newAgency.name);
        agencyName = agency.name;
        update({ agency });
        onStep('agency', 'done');
      } catch (e) {
        onStep('agency', 'failed');
        throw new CreateStepError('agency', e, progress);
      }
    }
    // 2. Grant its policies, each once.
    const agencyId = progress.agency!.id;
    const todo = plan.newAgency.grants.filter((g) => !progress.granted.includes(g.key));
    onStep('grants', 'running');
    for (const g of todo) {
      try {
        await deps.grant(agencyId, g);
        update({ granted: [...progress.granted, g.key] });
      } catch (e) {
        onStep('grants', 'failed');
        throw new CreateStepError('grants', e, progress);
      }
    }
    onStep('grants', 'done');
  } else {
    onStep('agency', 'skipped');
    onStep('grants', 'skipped');
  }

  // 3. Create the authorization.
  onStep('authorization', 'running');
  try {
    await deps.createAuthorization({ ...plan.authorization, content: agencyName });
    update({ authorized: true });
    onStep('authorization', 'done');
  } catch (e) {
    onStep('authorization', 'failed');
    throw new CreateStepError('authorization', e, progress);
  }
  return progress;
}
