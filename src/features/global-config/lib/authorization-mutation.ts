/**
 * What an Add Authorization or Modify plan changes, in the policy engine's terms, for the
 * consequence preview (src/components/consequence): the new agency with its grants, then the
 * authorization row of the region project. It mirrors what the service does with the calls the
 * plan makes (create-flow.ts): an agency role granted on the domain path holds on global scope,
 * one granted on a project path on that project; POST adds a row (refused when the user has one),
 * PUT replaces the row's agency. Types only from the engine: this module stays out of the
 * engine's chunk (scripts/check-bundle.mjs).
 */
import { ALL_USERS_ID, type CreateAuthorizationBody } from '@/api/contracts/modelarts';
import type { AccessMutation, SnapshotAuthorization } from '@/iam';
import type { CreatePlan } from './add-authorization-form';

/** The engine's id of an agency the plan will create (it has no id before). */
export const NEW_AGENCY_ID = 'new-agency';

export interface MutationContext {
  /** The region project the authorization is created in (the console's). */
  projectId: string;
  /** An agency an earlier attempt already created (its grants are granted again, harmlessly). */
  created: { id: string; name: string } | null;
  /** Modify (PUT: replace the row of this engine user id: the row's `user_id`, "all" for all users) rather than Add (POST). */
  modify: { userId: string } | null;
}

/** The engine's row for an authorization body (a federated user without an id is named by user_name). */
function rowOf(body: CreateAuthorizationBody, content: string, projectId: string): SnapshotAuthorization & { projectId: string } {
  const userType = body.user_type ?? 'iam';
  const userId = userType === 'all-users' ? ALL_USERS_ID : (body.user_id ?? body.user_name ?? '');
  return { userId, userName: userType === 'all-users' ? null : (body.user_name ?? null), userType, type: 'agency', content, projectId };
}

export function planMutation(plan: CreatePlan, ctx: MutationContext): AccessMutation {
  const steps: AccessMutation[] = [];
  let content = plan.agencyName;
  if (plan.newAgency !== null) {
    const agency = ctx.created ?? { id: NEW_AGENCY_ID, name: plan.newAgency.name };
    content = agency.name;
    if (ctx.created === null) steps.push({ kind: 'add', agencies: [agency] });
    for (const g of plan.newAgency.grants) {
      steps.push({
        kind: 'attach',
        principal: { type: 'agency', id: agency.id },
        policyId: g.roleId,
        scope: g.target.kind === 'domain' ? { type: 'global' } : { type: 'projects', ids: [g.target.projectId] },
      });
    }
  }
  const authorization = rowOf(plan.authorization, content, ctx.projectId);
  steps.push(ctx.modify !== null ? { kind: 'setAuthorization', authorization: { ...authorization, userId: ctx.modify.userId } } : { kind: 'createAuthorization', authorization });
  return { kind: 'sequence', steps };
}
