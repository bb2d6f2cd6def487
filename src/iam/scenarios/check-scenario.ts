/**
 * checkScenario (docs/policy-semantics.md §4): what a user (identity verdict, layers 1–3) and the agency the
 * user is authorized with still miss for a ModelArts function, the workspace / agency
 * blockers, the seed rows behind each missing action and least-privilege fix policies.
 */
import { evaluateIdentity } from '../access/evaluate-identity';
import { actionFacts } from '../access/action-facts';
import { findConditional } from '../access/conditional';
import { evaluatePrincipal, serviceOfAction } from '../access/evaluate-principal';
import { admitsUser, agencyLayerApplies, workspaceLayerApplies } from '../access/modelarts-layers';
import { prepareSnapshot } from '../access/prepare-snapshot';
import type { PreparedSnapshot, RequestTarget } from '../access/prepared-types';
import { deriveContext, resolveTarget } from '../access/request-target';
import type { ContextLookup } from '../evaluate/context-lookup';
import type { AccessReason, AuthMode, MissingLayer, ScenarioRequest, ScenarioResult, Snapshot, SnapshotAgency, SnapshotUser, StatementRef } from '../model';
import { buildFixPolicies } from './build-fix-policies';
import { collectRequired, type RequiredAction } from './collect-required';
import { findScenario } from './find-scenario';

type Blocker = ScenarioResult['blockers'][number];

function findBlockers(
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  target: RequestTarget,
  userActions: readonly RequiredAction[],
): Blocker[] {
  const blockers: Blocker[] = [];
  const lower = userActions.map((a) => a.action.toLowerCase());
  const workspaceEnabled = prepared.snapshot.workspaceEnabled;
  if (lower.some((a) => workspaceLayerApplies(a, workspaceEnabled)) && !admitsUser(target.workspace, user)) {
    blockers.push('workspace_not_authorized');
  }
  if (lower.some(agencyLayerApplies) && prepared.findAuthorization(user, target.projectId) === undefined) blockers.push('no_agency');
  return blockers;
}

function findAgencyMissing(
  prepared: PreparedSnapshot,
  agency: SnapshotAgency | undefined,
  required: readonly RequiredAction[],
  target: RequestTarget,
  context: ContextLookup,
): string[] {
  if (agency === undefined) return required.map((r) => r.action);
  const principal = prepared.agencyPolicies(agency.id);
  return required
    .filter((r) => evaluatePrincipal(principal, { action: r.action }, target, context).decision !== 'allow')
    .map((r) => r.action);
}

function collectSources(
  missing: readonly string[],
  required: readonly RequiredAction[],
  into: ScenarioResult['sources'],
): void {
  for (const action of missing) {
    const sources = required.find((r) => r.action === action)?.sources ?? [];
    const list = (into[action] ??= []);
    for (const s of sources) if (!list.some((x) => x.table === s.table && x.row === s.row)) list.push(s);
  }
}

function missingLayer(reason: AccessReason, mode: AuthMode, action: string): MissingLayer {
  if (reason === 'denied_by_policy') return 'explicit_deny';
  // Non-strict mode allows a ModelArts action that no Deny refuses (docs/policy-semantics.md §3 layer 3).
  return mode === 'strict' && serviceOfAction(action) === 'modelarts' ? 'strict_mode' : 'missing_allow';
}

export function checkScenario(snapshot: Snapshot, request: ScenarioRequest): ScenarioResult {
  const scenario = findScenario(request.scenario);
  if (scenario === undefined) throw new Error(`Unknown scenario "${String(request.scenario)}"`);
  const prepared = prepareSnapshot(snapshot);
  const required = collectRequired(scenario, new Set(request.features ?? []), snapshot.workspaceEnabled);
  const user = typeof request.user === 'string' ? prepared.findUser(request.user) : undefined;
  const target = resolveTarget(prepared, request);
  let userMissing: string[];
  let agencyMissing: string[];
  let agencyName: string | null = null;
  let blockers: Blocker[] = [];
  const layers: Record<string, MissingLayer> = {};
  const denies: Record<string, StatementRef[]> = {};
  const conditional: string[] = [];
  const conditionalKeys: string[] = [];
  if (user === undefined) {
    userMissing = required.user.map((r) => r.action);
    agencyMissing = required.agency.map((r) => r.action);
  } else {
    const context = deriveContext(prepared, user, target, undefined);
    const mode = request.authMode ?? snapshot.authMode;
    userMissing = [];
    for (const r of required.user) {
      const identity = evaluateIdentity(prepared, user, { action: r.action }, target, context, mode);
      if (identity.decision === 'allow') {
        const facts = actionFacts(r.action);
        const found = findConditional(prepared, user, facts, undefined, target, context, mode, true);
        if (found !== undefined) {
          conditional.push(r.action);
          for (const k of found.keys) if (!conditionalKeys.includes(k)) conditionalKeys.push(k);
        }
        continue;
      }
      userMissing.push(r.action);
      layers[r.action] = missingLayer(identity.reason, mode, r.action);
      if (identity.decision === 'explicit_deny') denies[r.action] = identity.statements;
    }
    blockers = findBlockers(prepared, user, target, required.user);
    const authorization = prepared.findAuthorization(user, target.projectId);
    const agency = authorization === undefined ? undefined : prepared.findAgencyByName(authorization.content);
    agencyName = agency?.name ?? authorization?.content ?? null;
    agencyMissing = findAgencyMissing(prepared, agency, required.agency, target, context);
  }
  const sources: ScenarioResult['sources'] = {};
  collectSources(userMissing, required.user, sources);
  collectSources(agencyMissing, required.agency, sources);
  return {
    ready: userMissing.length === 0 && agencyMissing.length === 0 && blockers.length === 0,
    user: { missing: userMissing, layers, denies, conditional, conditionalKeys },
    agency: { name: agencyName, missing: agencyMissing },
    blockers,
    sources,
    fix: {
      userPolicies: buildFixPolicies(scenario.id, 'user', userMissing),
      agencyPolicies: buildFixPolicies(scenario.id, 'agency', agencyMissing),
    },
  };
}
