/**
 * The preview's mutation is what the service does: run the plan's calls against the mock
 * backend, read the organisation again through the regular APIs, and the consequences are the
 * ones the mutation predicted from the organisation before — for Add with a new agency (Common
 * User), Add for all users with an existing agency, Add refused (a federated user who has one),
 * and Modify.
 */
import { describe, expect, it } from 'vitest';
import { fetchOrgSnapshot } from '@/api/org-input';
import { createModelArtsAgency } from '@/api/resources/agencies';
import { createAuthorization, updateAuthorization } from '@/api/resources/authorizations';
import { grantAgencyRole } from '@/api/resources/grants';
import { applyMutation, previewConsequences, type Snapshot } from '@/iam';
import { COMMON_USER_POLICY_IDS, findSystemPolicy } from '@/iam/catalog';
import { signIn } from '@/testing/mock-session';
import { buildCreatePlan, initialValues, type AddAuthorizationValues, type CreatePlan, type RoleType } from './add-authorization-form';
import { planMutation, type MutationContext } from './authorization-mutation';
import { EMPTY_PROGRESS, runCreateFlow } from './create-flow';

const DOMAIN = { id: 'd-acme', name: 'acme' };
const PROJECT = 'p-cn-north-4';
const TARGET = { projectId: PROJECT, workspaceId: '0' };
const COMMON = COMMON_USER_POLICY_IDS.map((id) => ({ id, type: (findSystemPolicy(id)?.type ?? 'XA') as RoleType }));
const snapshot = async () => (await fetchOrgSnapshot(PROJECT, DOMAIN)) as unknown as Snapshot;

/** Runs the plan against the mock; the preview of `ctx`'s mutation on the organisation before must equal the real change. */
async function expectPredicted(plan: CreatePlan, ctx: Omit<MutationContext, 'projectId' | 'created'>) {
  await signIn('acme');
  const before = await snapshot();
  const predicted = previewConsequences(before, applyMutation(before, planMutation(plan, { ...ctx, projectId: PROJECT, created: null })), TARGET);
  await runCreateFlow(plan, EMPTY_PROGRESS, {
    createAgency: (name) => createModelArtsAgency(name, DOMAIN.id),
    grant: (agencyId, g) => grantAgencyRole(DOMAIN.id, agencyId, g.roleId, g.target),
    createAuthorization: async (body) => {
      await (ctx.modify !== null ? updateAuthorization(PROJECT, body) : createAuthorization(PROJECT, body));
    },
  }).catch(() => undefined);
  const actual = previewConsequences(before, await snapshot(), TARGET);
  expect(predicted).toEqual(actual);
  return predicted;
}

const values = (patch: Partial<AddAuthorizationValues>): AddAuthorizationValues => ({ ...initialValues(), agreed: true, ...patch });
const names = (users: { name: string }[]) => users.map((u) => u.name);

describe('planMutation: the preview predicts what the service does', () => {
  it('Add for nora with a new agency (Common User): nora gains training jobs', async () => {
    const plan = buildCreatePlan(values({ iamUser: { id: 'u-nora', name: 'nora' }, agencyName: 'modelarts_agency_nora_test' }), COMMON);
    const p = await expectPredicted(plan, { modify: null });
    expect(names(p.gain)).toEqual(['nora']);
    expect(p.scenarios.find((s) => s.id === 'training-management')?.gain.map((u) => u.name)).toEqual(['nora']);
  });

  it('Add for all users with an existing agency: those without an agency of their own gain', async () => {
    const plan = buildCreatePlan(values({ userType: 'all-users', agencyMode: 'existing', existingAgency: 'ma_agency_develop_user' }), COMMON);
    const p = await expectPredicted(plan, { modify: null });
    expect(names(p.gain)).toContain('nora');
    expect(p.lose).toEqual([]);
  });

  it('Add for a federated user who already has an authorization: the service refuses, and the preview says nothing changes', async () => {
    const plan = buildCreatePlan(values({ userType: 'federate', federatedName: 'carol', agencyMode: 'existing', existingAgency: 'ma_agency_develop_user' }), COMMON);
    expect((await expectPredicted(plan, { modify: null })).none).toBe(true);
  });

  it("Modify maya's agency to a new one that may do less: maya loses", async () => {
    await signIn('acme');
    const before = await snapshot();
    const maya = before.authorizations.find((a) => a.userName === 'maya' && a.projectId === PROJECT)!;
    const custom = { roleId: 'sys-ecs-fullaccess', roleType: 'XA' as const, scope: 'projects' as const, projectIds: [PROJECT] };
    const built = buildCreatePlan(values({ iamUser: { id: maya.userId, name: 'maya' }, agencyName: 'maya_less', permissionMode: 'custom', customPolicies: [custom] }), COMMON);
    const plan: CreatePlan = { ...built, authorization: { ...built.authorization, version: 1 } };
    const p = await expectPredicted(plan, { modify: { userId: maya.userId } });
    expect(names(p.lose)).toEqual(['maya']);
    expect(p.gain).toEqual([]);
  });
});
