/** Reading a computed matrix: cell verdict words, row filters, CSV rows (pure). */
import { ACCESS_REASONS, type AccessReason } from '@/iam';
import { SCENARIO_DETAIL, STRICT_ONLY, VERDICT, type MatrixResult } from './matrix-compute';

/** allowed: every cell Allowed / Ready; conditional: some cell Conditional; denied: some cell Denied / Not ready. */
export type VerdictFilter = 'all' | 'denied' | 'conditional' | 'allowed';

export type CellWord = 'allow' | 'explicit_deny' | 'implicit_deny' | 'conditional' | 'ready' | 'notReady';

export function cellWord(result: MatrixResult, row: number, col: number): CellWord {
  const v = result.verdicts[row * result.cols + col];
  if (result.kind === 'scenarios') return v === VERDICT.ready ? 'ready' : v === VERDICT.conditional ? 'conditional' : 'notReady';
  return v === VERDICT.allow ? 'allow' : v === VERDICT.explicitDeny ? 'explicit_deny' : v === VERDICT.conditional ? 'conditional' : 'implicit_deny';
}

/** An action cell's reason; `strict_mode` for a no_matching_allow that non-strict mode would allow (the engine says so). */
export function cellReason(result: MatrixResult, row: number, col: number): AccessReason | 'strict_mode' | undefined {
  if (result.kind !== 'actions') return undefined;
  const detail = result.details[row * result.cols + col] ?? 0;
  return (detail & STRICT_ONLY) !== 0 ? 'strict_mode' : ACCESS_REASONS[detail & ~STRICT_ONLY];
}

/** The context keys a Conditional cell depends on (empty for other cells). */
export function cellConditionalKeys(result: MatrixResult, row: number, col: number): readonly string[] {
  return result.conditionalKeys.get(row * result.cols + col) ?? [];
}

/** Scenario cell problems, as keys: the layers that refuse (explicitDeny, strictMode, missingAllow, agencyMissing, workspace, noAgency). */
export function cellProblems(result: MatrixResult, row: number, col: number): Array<keyof typeof SCENARIO_DETAIL> {
  const bits = result.details[row * result.cols + col] ?? 0;
  return (Object.keys(SCENARIO_DETAIL) as Array<keyof typeof SCENARIO_DETAIL>).filter((k) => (bits & SCENARIO_DETAIL[k]) !== 0);
}

/** Whether the row passes the filter (allow and ready share code 0, Conditional is 3 in both kinds). */
function rowPasses(result: MatrixResult, row: number, filter: VerdictFilter): boolean {
  let denied = false;
  let conditional = false;
  for (let c = 0; c < result.cols; c++) {
    const v = result.verdicts[row * result.cols + c];
    if (v === VERDICT.conditional) conditional = true;
    else if (v !== VERDICT.allow) denied = true;
  }
  return filter === 'all' || (filter === 'allowed' ? !denied && !conditional : filter === 'denied' ? denied : conditional);
}

/** Row indexes that pass the verdict filter. */
export function filterRows(result: MatrixResult, filter: VerdictFilter): number[] {
  const out: number[] = [];
  for (let r = 0; r < result.rows; r++) if (rowPasses(result, r, filter)) out.push(r);
  return out;
}

/** The CSV body rows: user name, then each cell's words (a Conditional cell's with its keys). */
export function matrixCsvRows(
  result: MatrixResult,
  rows: readonly number[],
  userNames: readonly string[],
  word: (w: CellWord, keys: readonly string[]) => string,
): string[][] {
  return rows.map((r) => [userNames[r] ?? '', ...Array.from({ length: result.cols }, (_, c) => word(cellWord(result, r, c), cellConditionalKeys(result, r, c)))]);
}
