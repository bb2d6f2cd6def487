/** Reading a computed matrix: cell verdict words, row filters, CSV rows (pure). */
import { ACCESS_REASONS, type AccessReason } from '@/iam';
import { SCENARIO_DETAIL, VERDICT, type MatrixResult } from './matrix-compute';

export type VerdictFilter = 'all' | 'denied' | 'allowed';

export type CellWord = 'allow' | 'explicit_deny' | 'implicit_deny' | 'conditional' | 'ready' | 'notReady';

export function cellWord(result: MatrixResult, row: number, col: number): CellWord {
  const v = result.verdicts[row * result.cols + col];
  if (result.kind === 'scenarios') return v === VERDICT.ready ? 'ready' : 'notReady';
  return v === VERDICT.allow ? 'allow' : v === VERDICT.explicitDeny ? 'explicit_deny' : v === VERDICT.conditional ? 'conditional' : 'implicit_deny';
}

export function cellReason(result: MatrixResult, row: number, col: number): AccessReason | undefined {
  return result.kind === 'actions' ? ACCESS_REASONS[result.details[row * result.cols + col] ?? 0] : undefined;
}

/** Scenario cell problems, as keys: userMissing, agencyMissing, workspace, noAgency. */
export function cellProblems(result: MatrixResult, row: number, col: number): Array<keyof typeof SCENARIO_DETAIL> {
  const bits = result.details[row * result.cols + col] ?? 0;
  return (Object.keys(SCENARIO_DETAIL) as Array<keyof typeof SCENARIO_DETAIL>).filter((k) => (bits & SCENARIO_DETAIL[k]) !== 0);
}

function rowAllowed(result: MatrixResult, row: number): boolean {
  for (let c = 0; c < result.cols; c++) if (result.verdicts[row * result.cols + c] !== VERDICT.allow) return false;
  return true;
}

/** Row indexes that pass the verdict filter. */
export function filterRows(result: MatrixResult, filter: VerdictFilter): number[] {
  const out: number[] = [];
  for (let r = 0; r < result.rows; r++) {
    if (filter === 'all' || (filter === 'allowed') === rowAllowed(result, r)) out.push(r);
  }
  return out;
}

/** The CSV body rows: user name, then each cell's words. */
export function matrixCsvRows(result: MatrixResult, rows: readonly number[], userNames: readonly string[], word: (w: CellWord) => string): string[][] {
  return rows.map((r) => [userNames[r] ?? '', ...Array.from({ length: result.cols }, (_, c) => word(cellWord(result, r, c)))]);
}
