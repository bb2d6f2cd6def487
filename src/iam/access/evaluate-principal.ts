/**
 * Evaluates the policies attached to a principal (a user's groups or an agency) under the
 * scope rules of engine.md §3 layer 2, and names the attached policies that would allow the
 * action on their own if their scope covered the request. Each policy is compiled once per
 * snapshot and shared by every principal it is attached to.
 */
import type { ContextLookup } from '../evaluate/context-lookup';
import { collectCandidates } from '../evaluate/collect-candidates';
import { createSink, decideSink, scanStatement, scanStatements, type ScanInput } from '../evaluate/evaluate-policies';
import type { PolicyResult, ServiceKind } from '../model';
import { actionFacts } from './action-facts';
import type { AttachmentRun, PreparedPrincipal, RunCandidate } from './prepare-snapshot';
import type { RequestTarget } from './request-target';
import { coversScope } from './scope-coverage';

export interface PrincipalRequest {
  action: string;
  resource?: string;
  explain?: boolean;
}

export function serviceOfAction(action: string): string {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}

const COVERAGE_LIMIT = 256;

/** Which of a principal's attachments cover [project-level, global] actions on the target; memoised per principal and target. */
export function coverageOf(principal: PreparedPrincipal, target: RequestTarget): readonly [readonly boolean[], readonly boolean[]] {
  let both = principal.coverage.get(target.key);
  if (both === undefined) {
    const cover = (kind: ServiceKind) =>
      principal.attachments.map((a) =>
        coversScope(a.scope, { kind, projectId: target.projectId, enterpriseProjectId: target.enterpriseProjectId }),
      );
    both = [cover('project'), cover('global')];
    if (principal.coverage.size >= COVERAGE_LIMIT) principal.coverage.clear();
    principal.coverage.set(target.key, both);
  }
  return both;
}

/** Which of a principal's attachments cover the request. */
export function coveredAttachments(principal: PreparedPrincipal, action: string, target: RequestTarget): readonly boolean[] {
  const both = coverageOf(principal, target);
  return actionFacts(action).global ? both[1] : both[0];
}

const CANDIDATE_LIMIT = 4096;

/** A run's candidate statements for an action, in attachment then statement order; memoised per run. */
export function runCandidates(run: AttachmentRun, actionLower: string): readonly RunCandidate[] {
  let found = run.candidates.get(actionLower);
  if (found === undefined) {
    const list: RunCandidate[] = [];
    run.attachments.forEach((a, index) => {
      for (const statement of collectCandidates(a.compiled, actionLower)) list.push({ index, statement });
    });
    if (run.candidates.size >= CANDIDATE_LIMIT) run.candidates.clear();
    run.candidates.set(actionLower, list);
    found = list;
  }
  return found;
}

/** §2 over the covered attachments; statements report the attachment's position as policyIndex. */
export function evaluatePrincipal(
  principal: PreparedPrincipal,
  request: PrincipalRequest,
  target: RequestTarget,
  context: ContextLookup,
  covered: readonly boolean[] = coveredAttachments(principal, request.action, target),
): PolicyResult {
  const explain = request.explain === true;
  const sink = createSink(explain);
  const input: ScanInput = { action: actionFacts(request.action).lower, resource: request.resource, context, policyIndex: 0 };
  if (!explain) {
    // Indexed path: the per-group candidate memo, shared by every member of the group.
    for (const { offset, run } of principal.runs) {
      for (const c of runCandidates(run, input.action)) {
        const i = offset + c.index;
        if (covered[i] === false) continue;
        input.policyIndex = i;
        scanStatement(c.statement, input, sink);
      }
    }
    return decideSink(sink);
  }
  const attachments = principal.attachments;
  for (let i = 0; i < attachments.length; i++) {
    if (covered[i] === false) continue;
    input.policyIndex = i;
    scanStatements(attachments[i]!.compiled, input, sink);
  }
  return decideSink(sink);
}

/** Names of uncovered attached policies that, on their own and ignoring scope, allow the action. */
export function findOutOfScopeAllows(
  principal: PreparedPrincipal,
  request: PrincipalRequest,
  context: ContextLookup,
  covered: readonly boolean[],
): string[] {
  const names: string[] = [];
  const action = request.action.toLowerCase();
  principal.attachments.forEach((a, i) => {
    if (covered[i] !== false || names.includes(a.policy.name)) return;
    const sink = createSink(false);
    scanStatements(a.compiled, { action, resource: request.resource, context }, sink);
    if (decideSink(sink).decision === 'allow') names.push(a.policy.name);
  });
  return names;
}
