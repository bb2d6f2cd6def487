/**
 * Evaluates the policies attached to a principal (a user's groups or an agency) under the
 * scope rules of docs/policy-semantics.md §3 layer 2, and names the attached policies that would allow the
 * action on their own if their scope covered the request. Each policy is compiled once per
 * snapshot and shared by every principal it is attached to.
 */
import type { ContextLookup } from '../evaluate/context-lookup';
import { collectCandidates } from '../evaluate/collect-candidates';
import { createSink, decideSink, scanStatement, scanStatements, type ScanInput } from '../evaluate/evaluate-policies';
import type { PolicyResult, ServiceKind } from '../model';
import { actionFacts } from './action-facts';
import type { AttachmentRun, Coverage, PreparedAttachment, PreparedPrincipal, RequestTarget, RunCandidate } from './prepared-types';
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

function computeCoverage(attachments: readonly PreparedAttachment[], target: RequestTarget): Coverage {
  const cover = (kind: ServiceKind) =>
    attachments.map((a) => coversScope(a.scope, { kind, projectId: target.projectId, enterpriseProjectId: target.enterpriseProjectId }));
  return [cover('project'), cover('global')];
}

function memoCoverage(memo: Map<string, Coverage>, attachments: readonly PreparedAttachment[], target: RequestTarget): Coverage {
  let both = memo.get(target.key);
  if (both === undefined) {
    both = computeCoverage(attachments, target);
    if (memo.size >= COVERAGE_LIMIT) memo.clear();
    memo.set(target.key, both);
  }
  return both;
}

/** Which of a principal's attachments cover [project-level, global] actions on the target; memoised per principal and target. */
export function coverageOf(principal: PreparedPrincipal, target: RequestTarget): Coverage {
  return memoCoverage(principal.coverage, principal.attachments, target);
}

/** The same for one group's or agency's run of attachments, shared by every member. */
export function runCoverage(run: AttachmentRun, target: RequestTarget): Coverage {
  return memoCoverage(run.coverage, run.attachments, target);
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
