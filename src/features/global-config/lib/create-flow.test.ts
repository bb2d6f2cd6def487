import { describe, expect, it, vi } from 'vitest';
import type { CreatePlan } from './add-authorization-form';
import { CreateStepError, EMPTY_PROGRESS, runCreateFlow, type CreateDeps, type CreateProgress } from './create-flow';

const plan: CreatePlan = {
  newAgency: {
    name: 'modelarts_agency_nora_0f0f',
    grants: [
      { key: 'domain:a', roleId: 'a', target: { kind: 'domain' } },
      { key: 'project:p1:b', roleId: 'b', target: { kind: 'project', projectId: 'p1' } },
    ],
  },
  agencyName: 'modelarts_agency_nora_0f0f',
  authorization: { user_type: 'iam', type: 'agency', user_id: 'u-nora', content: 'modelarts_agency_nora_0f0f' },
};

function deps(failGrantOnce: string | null): CreateDeps & { calls: string[] } {
  const calls: string[] = [];
  let failed = false;
  return {
    calls,
    createAgency: vi.fn(async (name: string) => {
      calls.push(`agency:${name}`);
      return { id: 'ag-1', name };
    }),
    grant: vi.fn(async (_id, g) => {
      if (g.key === failGrantOnce && !failed) {
        failed = true;
        throw new Error('boom');
      }
      calls.push(`grant:${g.key}`);
    }),
    createAuthorization: vi.fn(async (body) => {
      calls.push(`auth:${body.content}`);
    }),
  };
}

describe('runCreateFlow', () => {
  it('runs the three steps in order', async () => {
    const d = deps(null);
    const steps: string[] = [];
    const result = await runCreateFlow(plan, EMPTY_PROGRESS, d, (s, st) => steps.push(`${s}:${st}`));
    expect(d.calls).toEqual(['agency:modelarts_agency_nora_0f0f', 'grant:domain:a', 'grant:project:p1:b', 'auth:modelarts_agency_nora_0f0f']);
    expect(result).toEqual({ agency: { id: 'ag-1', name: 'modelarts_agency_nora_0f0f' }, granted: ['domain:a', 'project:p1:b'], authorized: true });
    expect(steps).toEqual(['agency:running', 'agency:done', 'grants:running', 'grants:done', 'authorization:running', 'authorization:done']);
  });

  it('resumes from a failed grant without a second agency or a repeated grant', async () => {
    const d = deps('project:p1:b');
    let saved: CreateProgress = EMPTY_PROGRESS;
    const err = await runCreateFlow(plan, EMPTY_PROGRESS, d, undefined, (p) => (saved = p)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CreateStepError);
    expect((err as CreateStepError).step).toBe('grants');
    expect((err as CreateStepError).progress).toEqual(saved);
    expect(saved).toEqual({ agency: { id: 'ag-1', name: 'modelarts_agency_nora_0f0f' }, granted: ['domain:a'], authorized: false });

    await runCreateFlow(plan, saved, d);
    expect(d.createAgency).toHaveBeenCalledTimes(1);
    expect(d.calls).toEqual(['agency:modelarts_agency_nora_0f0f', 'grant:domain:a', 'grant:project:p1:b', 'auth:modelarts_agency_nora_0f0f']);
  });

  it('reports an authorization failure as the last step and keeps the agency', async () => {
    const d = deps(null);
    d.createAuthorization = vi.fn(async () => {
      throw new Error('ModelArts.0424');
    });
    const err = (await runCreateFlow(plan, EMPTY_PROGRESS, d).catch((e: unknown) => e)) as CreateStepError;
    expect(err.step).toBe('authorization');
    expect(err.progress.agency?.id).toBe('ag-1');
    expect(err.progress.granted).toHaveLength(2);
  });

  it('skips agency and grants for an existing agency', async () => {
    const d = deps(null);
    const steps: string[] = [];
    await runCreateFlow({ ...plan, newAgency: null, agencyName: 'shared' }, EMPTY_PROGRESS, d, (s, st) => steps.push(`${s}:${st}`));
    expect(d.calls).toEqual(['auth:shared']);
    expect(steps.slice(0, 2)).toEqual(['agency:skipped', 'grants:skipped']);
  });
});
