/** Matrix computation, reading and CSV on the seed organisation (read through the regular APIs). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@/iam';
import { loadSeedSnapshot, PROJECT } from '../testing/seed-org';
import { computeMatrixRows, createMatrixResult, trimSnapshot, type MatrixJob } from './matrix-compute';
import { csvField, toCsv } from './matrix-csv';
import { cellConditionalKeys, cellProblems, cellReason, cellWord, filterRows, matrixCsvRows } from './matrix-view';

let snapshot: Snapshot;
let ids: Record<string, string>;
beforeAll(async () => {
  snapshot = await loadSeedSnapshot();
  ids = Object.fromEntries(snapshot.users.map((u) => [u.name, u.id]));
});

function compute(kind: MatrixJob['kind'], users: string[], columns: string[]) {
  const job: MatrixJob = { snapshot: trimSnapshot(snapshot, users.map((u) => ids[u]!)), users: users.map((u) => ids[u]!), kind, columns, projectId: PROJECT, workspaceId: '0' };
  const out = createMatrixResult(kind, users.length, columns.length);
  computeMatrixRows(job, out, 0, 1);
  computeMatrixRows(job, out, 1, users.length);
  return out;
}

describe('access matrix', () => {
  it('users × actions: decisions and reasons, computed in chunks', () => {
    const m = compute('actions', ['maya', 'dana', 'liam'], ['modelarts:trainJob:create', 'obs:object:GetObject']);
    expect([0, 1, 2].map((r) => cellWord(m, r, 0))).toEqual(['allow', 'explicit_deny', 'implicit_deny']);
    expect(cellReason(m, 1, 0)).toBe('denied_by_policy');
    // Strict mode is liam's refusing layer (non-strict mode would allow it: the engine says so).
    expect(cellReason(m, 2, 0)).toBe('strict_mode');
    expect(filterRows(m, 'allowed')).toEqual([0]);
    expect(filterRows(m, 'denied')).toEqual([1, 2]);
    expect(filterRows(m, 'all')).toEqual([0, 1, 2]);
  });

  it('strict mode is named only where non-strict mode would allow: not where the agency layer refuses (nora), nor in non-strict mode', () => {
    const m = compute('actions', ['nora'], ['modelarts:trainJob:create']);
    expect([cellWord(m, 0, 0), cellReason(m, 0, 0)]).toEqual(['implicit_deny', 'no_agency']);
    expect(cellReason(compute('actions', ['liam'], ['modelarts:trainJob:create']), 0, 0)).toBe('strict_mode');
    const job: MatrixJob = { snapshot: { ...snapshot, authMode: 'loose' }, users: [ids.liam!], kind: 'actions', columns: ['modelarts:trainJob:create'], projectId: PROJECT, workspaceId: '0' };
    const out = createMatrixResult('actions', 1, 1);
    computeMatrixRows(job, out, 0, 1);
    expect([cellWord(out, 0, 0), cellReason(out, 0, 0)]).toEqual(['allow', 'loose_mode']);
  });

  it('a verdict that depends on context the request lacks is Conditional, never Allowed, in cells, filters and CSV', () => {
    // arjun's trainJob:create is allowed unless modelarts:poolType = "public" (a conditional Deny).
    const m = compute('actions', ['arjun', 'maya'], ['modelarts:trainJob:create']);
    expect([0, 1].map((r) => cellWord(m, r, 0))).toEqual(['conditional', 'allow']);
    expect(filterRows(m, 'allowed')).toEqual([1]);
    expect(matrixCsvRows(m, [0], ['arjun', 'maya'], (w, keys) => `${w}|${keys.join()}`)).toEqual([['arjun', 'conditional|modelarts:poolType']]);
    expect(cellConditionalKeys(m, 0, 0)).toEqual(['modelarts:poolType']);
    expect(filterRows(m, 'conditional')).toEqual([0]);
    expect(filterRows(m, 'denied')).toEqual([]);
  });

  it('a readiness that rests on a condition is Conditional (with its keys), never Ready, in cells, filters and CSV', () => {
    // arjun has every permission for training jobs, but trainJob:create is refused when modelarts:poolType = "public".
    const m = compute('scenarios', ['arjun', 'maya', 'dana'], ['training-management']);
    expect([0, 1, 2].map((r) => cellWord(m, r, 0))).toEqual(['conditional', 'ready', 'notReady']);
    expect(cellConditionalKeys(m, 0, 0)).toEqual(['modelarts:poolType']);
    expect(cellConditionalKeys(m, 1, 0)).toEqual([]);
    expect(filterRows(m, 'allowed')).toEqual([1]);
    expect(filterRows(m, 'conditional')).toEqual([0]);
    expect(filterRows(m, 'denied')).toEqual([2]);
    expect(matrixCsvRows(m, [0, 1], ['arjun', 'maya', 'dana'], (w, keys) => (keys.length ? `${w} (${keys.join(', ')})` : w))).toEqual([
      ['arjun', 'conditional (modelarts:poolType)'],
      ['maya', 'ready'],
    ]);
  });

  it('users × scenarios: ready, and why not', () => {
    const m = compute('scenarios', ['maya', 'omar', 'nora'], ['training-management']);
    expect([0, 1, 2].map((r) => cellWord(m, r, 0))).toEqual(['ready', 'notReady', 'notReady']);
    expect(cellProblems(m, 1, 0)).toEqual(['missingAllow']);
    expect(cellProblems(m, 2, 0)).toContain('noAgency');
    expect(m.missing[1]).toBeGreaterThan(0);
  });

  it('a scenario cell names the layer that refuses: explicit Deny (dana), strict mode (liam), missing Allow (omar)', () => {
    const m = compute('scenarios', ['dana', 'liam', 'omar'], ['training-management']);
    expect(cellProblems(m, 0, 0)).toContain('explicitDeny');
    expect(cellProblems(m, 1, 0)).toEqual(['strictMode']);
    expect(cellProblems(m, 2, 0)).toEqual(['missingAllow']);
  });

  it('trimming keeps the row users and the authorizations that can be theirs', () => {
    const t = trimSnapshot(snapshot, [ids.maya!]);
    expect(t.users.map((u) => u.name)).toEqual(['maya']);
    // maya is authorized in both regions: the rows of each stay (the engine picks the request's region).
    expect(t.authorizations.map((a) => [a.userName, a.projectId])).toEqual([['maya', 'p-cn-north-4'], ['maya', 'p-cn-east-3']]);
    expect(t.policies).toBe(snapshot.policies);
  });

  it('exports CSV with quoting and formula neutralisation', () => {
    const m = compute('actions', ['maya', 'liam'], ['modelarts:trainJob:create']);
    const csv = toCsv(['User', 'modelarts:trainJob:create'], matrixCsvRows(m, [0, 1], ['maya', 'liam'], (w) => (w === 'allow' ? 'Allowed' : 'Implicit deny')));
    expect(csv).toBe('User,modelarts:trainJob:create\r\nmaya,Allowed\r\nliam,Implicit deny\r\n');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-x,y')).toBe('"\'-x,y"');
  });
});
