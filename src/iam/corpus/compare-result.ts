/**
 * The comparison rules of src/iam/corpus/README.md:
 * the problems of one result against one case's `expect`; [] when it passes.
 */
import type { Case, CaseResult } from '../cli/case-file';

const lower = (xs: unknown): string[] | null => (Array.isArray(xs) ? xs.map((x) => String(x).toLowerCase()) : null);

export function compareResult(c: Case, r: CaseResult): string[] {
  const problems: string[] = [];
  const e = c.expect ?? {};
  if (r.name !== c.name) problems.push(`name ${JSON.stringify(r.name)}`);
  for (const k of ['decision', 'reason', 'blockedBy', 'ready'] as const) {
    if (!(k in e)) continue;
    const want = e[k];
    const got = r[k];
    const same = want === null ? got === null || got === undefined : got === want;
    if (!same) problems.push(`${k}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  for (const k of ['userMissing', 'agencyMissing'] as const) {
    const want = e[k];
    if (want === undefined) continue;
    const got = lower(r[k]);
    if (got === null) {
      problems.push(`${k}: expected a list`);
      continue;
    }
    for (const a of want.includes ?? []) if (!got.includes(a.toLowerCase())) problems.push(`${k}: expected to include ${a}`);
    for (const a of want.excludes ?? []) if (got.includes(a.toLowerCase())) problems.push(`${k}: expected not to include ${a}`);
  }
  if (e.blockers !== undefined) {
    const want = new Set(e.blockers.map(String));
    const got = Array.isArray(r.blockers) ? new Set(r.blockers.map(String)) : null;
    if (got === null || want.size !== got.size || [...want].some((b) => !got.has(b))) {
      problems.push(`blockers: expected ${JSON.stringify([...want])}, got ${JSON.stringify(r.blockers)}`);
    }
  }
  if (e.valid !== undefined || e.errorAt !== undefined) {
    const findings = Array.isArray(r.findings) ? (r.findings as Array<{ severity?: string; line?: number }>) : null;
    const errors = findings?.filter((f) => f.severity === 'error') ?? null;
    const valid = typeof r.valid === 'boolean' ? r.valid : errors === null ? undefined : errors.length === 0;
    if (e.valid !== undefined && valid !== e.valid) problems.push(`valid: expected ${e.valid}, got ${String(valid)}`);
    if (e.errorAt?.line !== undefined && errors?.[0]?.line !== e.errorAt.line) {
      problems.push(`errorAt.line: expected ${e.errorAt.line}, got ${String(errors?.[0]?.line)}`);
    }
  }
  if (r.error !== undefined && (problems.length > 0 || Object.keys(e).length === 0)) problems.push(`error: ${r.error}`);
  return problems;
}
