/**
 * Fixes proved before they are offered (docs/policy-semantics.md §4): the fix of a scenario
 * result — its user policies granted to a group of the user's, its agency policies to the user's
 * agency, project-level ones in the request's region project and global ones on global services,
 * as the console applies them — is simulated on a copy of the organisation, and offered only when
 * the user is then ready. When a Deny blocks, the honest remedies are named instead: leave the
 * group that carries the Deny, or edit the Deny statement; each says whether the user is then
 * ready, or ready once the fix (proved again on that organisation) is applied.
 */
import { applyMutation, type AccessMutation } from '../access/apply-mutation';
import type { FixPolicy, Scope, ScenarioRequest, ScenarioResult, Snapshot, StatementRef } from '../model';
import { buildFixPolicies } from './build-fix-policies';
import { checkScenario } from './check-scenario';

/** Where the fix goes: an existing group of the user's, or (absent) a new group holding only the user. */
export interface FixTarget {
  groupId?: string;
}

/** Ids the simulation gives the records a fix creates (no real id starts with a NUL). */
const NEW_GROUP = '\u0000fix-group';
const newPolicyId = (side: 'user' | 'agency', i: number) => `\u0000fix-${side}-${i}`;

function fixScope(policy: FixPolicy, projectId: string | undefined): Scope {
  if (policy.kind === 'global') return { type: 'global' };
  return projectId === undefined ? { type: 'all' } : { type: 'projects', ids: [projectId] };
}

/** The user's agency in the request's region, by the name the scenario result gives. */
function agencyIdOf(snapshot: Snapshot, result: ScenarioResult): string | undefined {
  return result.agency.name === null ? undefined : snapshot.agencies.find((a) => a.name === result.agency.name)?.id;
}

/** The fix as one mutation: create the policies (and the new group), add the user, grant. */
export function fixMutation(snapshot: Snapshot, request: ScenarioRequest, result: ScenarioResult, target: FixTarget = {}): AccessMutation {
  const user = snapshot.users.find((u) => u.id === request.user || u.name === request.user);
  const agencyId = agencyIdOf(snapshot, result);
  const { userPolicies } = result.fix;
  const agencyPolicies = agencyId === undefined ? [] : result.fix.agencyPolicies;
  const policies = [
    ...userPolicies.map((p, i) => ({ id: newPolicyId('user', i), name: p.name, type: 'custom' as const, document: p.document })),
    ...agencyPolicies.map((p, i) => ({ id: newPolicyId('agency', i), name: p.name, type: 'custom' as const, document: p.document })),
  ];
  const steps: AccessMutation[] = [];
  const groupId = target.groupId ?? NEW_GROUP;
  if (userPolicies.length > 0 && target.groupId === undefined && user !== undefined) {
    steps.push({ kind: 'add', groups: [{ id: NEW_GROUP, name: `fix-${request.scenario}-${user.name}` }] });
    steps.push({ kind: 'addMember', groupId: NEW_GROUP, userId: user.id });
  }
  steps.push({ kind: 'add', policies });
  userPolicies.forEach((p, i) =>
    steps.push({ kind: 'attach', principal: { type: 'group', id: groupId }, policyId: newPolicyId('user', i), scope: fixScope(p, request.projectId) }),
  );
  if (agencyId !== undefined) {
    agencyPolicies.forEach((p, i) =>
      steps.push({ kind: 'attach', principal: { type: 'agency', id: agencyId }, policyId: newPolicyId('agency', i), scope: fixScope(p, request.projectId) }),
    );
  }
  return { kind: 'sequence', steps };
}

/**
 * Ready whatever the request context: no required action is only Conditional. A user who would be
 * ready only for some values of a context key (a conditional Deny, say) is not called ready.
 */
export function readyForCertain(result: ScenarioResult): boolean {
  return result.ready && (result.user.conditional?.length ?? 0) === 0;
}

export interface FixProof {
  /** The fix has policies and, applied, makes the user ready whatever the context (readyForCertain): it may be offered. */
  offered: boolean;
  /** The scenario result on the organisation after the fix (the input result when there is nothing to apply). */
  after: ScenarioResult;
}

export function proveFix(snapshot: Snapshot, request: ScenarioRequest, result: ScenarioResult, target: FixTarget = {}): FixProof {
  if (readyForCertain(result) || result.fix.userPolicies.length + result.fix.agencyPolicies.length === 0) return { offered: false, after: result };
  const after = checkScenario(applyMutation(snapshot, fixMutation(snapshot, request, result, target)), request);
  return { offered: readyForCertain(after), after };
}

/**
 * The result with a fix that also grants, without a condition, `conditional` (user actions allowed
 * only for some context values): least-privilege policies for the missing and those actions.
 */
export function withUnconditionalGrant(result: ScenarioResult, scenarioId: string, conditional: readonly string[]): ScenarioResult {
  const actions = [...new Set([...result.user.missing, ...conditional])];
  return { ...result, fix: { ...result.fix, userPolicies: buildFixPolicies(scenarioId, 'user', actions) } };
}

export interface OfferedFix extends FixProof {
  /** The result whose fix is proved (and, when offered, applied): the input, or withUnconditionalGrant of it. */
  result: ScenarioResult;
  /** The offered fix grants actions that were only Conditional without the condition. */
  withoutCondition: boolean;
  /**
   * Tried and not offered: the grant without the condition, simulated, leaves the user ready only
   * for some context values (a Deny reads them: no grant can settle it; the values decide).
   */
  valuesDecide: boolean;
  /**
   * With withoutCondition: the permissions granted without the condition and the keys they
   * depended on; with valuesDecide: the permissions that still depend on context, and the keys.
   */
  conditional?: { actions: string[]; keys: string[] };
}

/**
 * The fix to offer for a scenario result (docs/policy-semantics.md §4): its own, proved; or, when
 * that leaves the user ready only for some context values (or there is nothing else to fix), the
 * grant without the condition of the actions that are only Conditional, proved the same way.
 */
export function offerFix(snapshot: Snapshot, request: ScenarioRequest, result: ScenarioResult, target: FixTarget = {}): OfferedFix {
  const own = proveFix(snapshot, request, result, target);
  const conditional = own.after.user.conditional ?? [];
  if (own.offered || !own.after.ready || conditional.length === 0) return { ...own, result, withoutCondition: false, valuesDecide: false };
  const widened = withUnconditionalGrant(result, request.scenario, conditional);
  const proof = proveFix(snapshot, request, widened, target);
  if (proof.offered) {
    return { ...proof, result: widened, withoutCondition: true, valuesDecide: false, conditional: { actions: conditional, keys: own.after.user.conditionalKeys ?? [] } };
  }
  if (!proof.after.ready || readyForCertain(proof.after)) return { ...own, result, withoutCondition: false, valuesDecide: false };
  const still = { actions: proof.after.user.conditional ?? [], keys: proof.after.user.conditionalKeys ?? [] };
  return { ...own, result, withoutCondition: false, valuesDecide: true, conditional: still };
}

/**
 * What the user's scenario is after a remedy: ready, ready only for some context values, ready once
 * the (proved) fix is applied, or still not.
 */
export type RemedyOutcome = 'ready' | 'ready_conditional' | 'ready_with_fix' | 'not_ready';

export interface DenyRemedy {
  kind: 'leave_group' | 'edit_statement';
  /** leave_group: the group that carries the Deny policy. */
  groupId?: string;
  mutation: AccessMutation;
  outcome: RemedyOutcome;
}

export interface DenyBlocker {
  /** The Deny statement (policyIndex as in the scenario result's denies). */
  statement: StatementRef;
  /** The missing actions it refuses. */
  actions: string[];
  remedies: DenyRemedy[];
}

/** The groups, in the engine's attachment order for the user (prepare-snapshot.ts), that carry each attachment. */
function attachmentGroups(snapshot: Snapshot, groups: readonly string[]): string[] {
  const policies = new Set(snapshot.policies.map((p) => p.id));
  const out: string[] = [];
  for (const g of groups) {
    for (const a of snapshot.attachments) if (a.principal.type === 'group' && a.principal.id === g && policies.has(a.policyId)) out.push(g);
  }
  return out;
}

function outcomeAfter(snapshot: Snapshot, request: ScenarioRequest, mutation: AccessMutation): RemedyOutcome {
  const after = applyMutation(snapshot, mutation);
  const result = checkScenario(after, request);
  if (result.ready) return readyForCertain(result) ? 'ready' : 'ready_conditional';
  return proveFix(after, request, result).offered ? 'ready_with_fix' : 'not_ready';
}

/** The Deny statements behind the result's missing user actions, each with its remedies and what they lead to. */
export function denyBlockers(snapshot: Snapshot, request: ScenarioRequest, result: ScenarioResult): DenyBlocker[] {
  const user = snapshot.users.find((u) => u.id === request.user || u.name === request.user);
  if (user === undefined) return [];
  const owners = attachmentGroups(snapshot, user.groups);
  const byStatement = new Map<string, DenyBlocker>();
  for (const [action, statements] of Object.entries(result.user.denies ?? {})) {
    for (const s of statements) {
      const key = `${s.policyId ?? `#${s.policyIndex}`}\u0000${s.statementIndex}`;
      let blocker = byStatement.get(key);
      if (blocker === undefined) {
        byStatement.set(key, (blocker = { statement: s, actions: [], remedies: [] }));
        const groupId = owners[s.policyIndex];
        if (groupId !== undefined) {
          const mutation: AccessMutation = { kind: 'removeMember', groupId, userId: user.id };
          blocker.remedies.push({ kind: 'leave_group', groupId, mutation, outcome: outcomeAfter(snapshot, request, mutation) });
        }
        const policy = snapshot.policies.find((p) => p.id === s.policyId);
        if (policy !== undefined && policy.type === 'custom') {
          const document = { ...policy.document, Statement: policy.document.Statement.filter((_, i) => i !== s.statementIndex) };
          const mutation: AccessMutation = { kind: 'editPolicy', policyId: policy.id, document };
          blocker.remedies.push({ kind: 'edit_statement', mutation, outcome: outcomeAfter(snapshot, request, mutation) });
        }
      }
      if (!blocker.actions.includes(action)) blocker.actions.push(action);
    }
  }
  return [...byStatement.values()];
}
