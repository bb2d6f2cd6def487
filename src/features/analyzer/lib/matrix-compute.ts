/**
 * The access matrix, pure (runs in the Web Worker and in unit tests): users × scenarios
 * (checkScenarioDecisions) or users × actions (evaluateAccessDecisions), the engine's bulk
 * paths, as compact typed arrays.
 */
import { ACCESS_REASONS, checkScenarioDecisions, evaluateAccessDecisions, type Snapshot } from '@/iam';

export type MatrixColumnKind = 'scenarios' | 'actions';

export interface MatrixJob {
  snapshot: Snapshot;
  /** User ids, in row order. */
  users: string[];
  kind: MatrixColumnKind;
  /** Scenario ids or actions, in column order. */
  columns: string[];
  projectId: string;
  workspaceId: string;
}

/**
 * Verdict codes. Actions: allow / explicit deny / implicit deny / conditional (values for context
 * keys the request lacks could change it: never shown as Allowed). Scenarios: ready / not ready /
 * conditional (ready only while a condition holds: never shown as Ready).
 */
export const VERDICT = { allow: 0, explicitDeny: 1, implicitDeny: 2, conditional: 3, ready: 0, notReady: 1 } as const;

/** Detail bits of a scenario cell. */
export const SCENARIO_DETAIL = { explicitDeny: 1, agencyMissing: 2, workspace: 4, noAgency: 8, strictMode: 16, missingAllow: 32 } as const;

export interface MatrixResult {
  kind: MatrixColumnKind;
  rows: number;
  cols: number;
  /** rows × cols verdict codes (row-major). */
  verdicts: Uint8Array;
  /** Actions: index into ACCESS_REASONS, plus STRICT_ONLY. Scenarios: SCENARIO_DETAIL bits. */
  details: Uint8Array;
  /** Scenarios: how many user + agency permissions are missing. Actions: 0. */
  missing: Uint16Array;
  /** Conditional cells (row-major index) → the context keys their verdict depends on. */
  conditionalKeys: Map<number, readonly string[]>;
}

export function createMatrixResult(kind: MatrixColumnKind, rows: number, cols: number): MatrixResult {
  const n = rows * cols;
  return { kind, rows, cols, verdicts: new Uint8Array(n), details: new Uint8Array(n), missing: new Uint16Array(n), conditionalKeys: new Map() };
}

/** Action detail bit: strict mode refuses it, non-strict mode would allow it for certain (AccessVerdict.looseModeWouldAllow). */
export const STRICT_ONLY = 0x80;

const DECISION_CODE = { allow: VERDICT.allow, explicit_deny: VERDICT.explicitDeny, implicit_deny: VERDICT.implicitDeny } as const;
const REASON_INDEX = new Map<string, number>(ACCESS_REASONS.map((r, i) => [r, i]));

/** Fills rows [from, to) of `out`. */
export function computeMatrixRows(job: MatrixJob, out: MatrixResult, from: number, to: number): void {
  const { snapshot, columns, projectId, workspaceId } = job;
  const cols = columns.length;
  if (job.kind === 'actions') {
    const verdicts = evaluateAccessDecisions(snapshot, job.users.slice(from, to), columns, { projectId, workspaceId });
    const base = from * cols;
    for (let k = 0; k < verdicts.length; k++) {
      const res = verdicts[k]!;
      out.verdicts[base + k] = res.conditional === true ? VERDICT.conditional : DECISION_CODE[res.decision];
      out.details[base + k] = (REASON_INDEX.get(res.reason) ?? 0) | (res.looseModeWouldAllow === true ? STRICT_ONLY : 0);
      if (res.conditionalKeys !== undefined) out.conditionalKeys.set(base + k, res.conditionalKeys);
    }
    return;
  }
  const verdicts = checkScenarioDecisions(snapshot, job.users.slice(from, to), columns, { projectId, workspaceId });
  const base = from * cols;
  for (let k = 0; k < verdicts.length; k++) {
    const res = verdicts[k]!;
    const conditional = res.ready && res.conditionalKeys.length > 0;
    out.verdicts[base + k] = conditional ? VERDICT.conditional : res.ready ? VERDICT.ready : VERDICT.notReady;
    if (conditional) out.conditionalKeys.set(base + k, res.conditionalKeys);
    out.details[base + k] =
      // The user side by the layer that refuses (docs/policy-semantics.md §3): a Deny, strict mode, or no Allow.
      (res.userDenied > 0 ? SCENARIO_DETAIL.explicitDeny : 0) |
      (res.userStrict > 0 ? SCENARIO_DETAIL.strictMode : 0) |
      (res.userMissing - res.userDenied - res.userStrict > 0 ? SCENARIO_DETAIL.missingAllow : 0) |
      (res.agencyMissing > 0 ? SCENARIO_DETAIL.agencyMissing : 0) |
      (res.workspaceBlocked ? SCENARIO_DETAIL.workspace : 0) |
      (res.noAgency ? SCENARIO_DETAIL.noAgency : 0);
    out.missing[base + k] = Math.min(65535, res.userMissing + res.agencyMissing);
  }
}

/**
 * Keeps only what the matrix reads, so less is copied into the worker: the row users and the
 * authorizations that can be theirs (by id or name) or everyone's; other collections stay whole.
 */
export function trimSnapshot(snapshot: Snapshot, userIds: readonly string[]): Snapshot {
  const wanted = new Set(userIds);
  const users = snapshot.users.filter((u) => wanted.has(u.id));
  const names = new Set(users.map((u) => u.name));
  const authorizations = snapshot.authorizations.filter(
    (a) => a.userType === 'all-users' || wanted.has(a.userId) || (typeof a.userName === 'string' && names.has(a.userName)),
  );
  return { ...snapshot, users, authorizations };
}
