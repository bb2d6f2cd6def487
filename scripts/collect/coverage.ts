/**
 * The coverage report: one record per API the collector called (group-member calls fold into one),
 * each ok / partial / denied / failed with the HTTP status, how many items it read and the IAM
 * permission it needs. It travels inside the snapshot (`collection`, docs/snapshot-format.md) so
 * the console's Import can show it, and is printed as a table.
 */
import type { CollectionCall, CollectionReport } from '@/api/contracts/snapshot';

export type CallStatus = CollectionCall['status'];

/** The worse of two statuses (failed > denied > partial > ok). */
export function worse(a: CallStatus, b: CallStatus): CallStatus {
  const rank: Record<CallStatus, number> = { ok: 0, partial: 1, denied: 2, failed: 3 };
  return rank[a] >= rank[b] ? a : b;
}

export class Coverage {
  readonly calls: CollectionCall[] = [];

  add(call: CollectionCall): CollectionCall {
    this.calls.push(call);
    return call;
  }

  get complete(): boolean {
    return this.calls.every((c) => c.status === 'ok');
  }

  report(regions: readonly string[], collectedAt: Date): CollectionReport {
    return { tool: 'npm run collect', collectedAt: collectedAt.toISOString(), complete: this.complete, regions: [...regions], calls: this.calls };
  }
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** A plain-text table for the terminal, then what is missing and why. */
export function formatReport(report: CollectionReport): string {
  const rows = report.calls.map((c) => [c.status.toUpperCase(), c.name + (c.region ? ` (${c.region})` : ''), c.count === undefined ? '-' : String(c.count), c.httpStatus === undefined ? '-' : String(c.httpStatus)]);
  const header = ['STATUS', 'CALL', 'ITEMS', 'HTTP'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd();
  const out = [line(header), ...rows.map(line)];
  const problems = report.calls.filter((c) => c.status !== 'ok');
  out.push('');
  if (problems.length === 0) out.push('Complete: every call answered.');
  else {
    out.push(`INCOMPLETE: ${problems.length} of ${report.calls.length} calls did not return everything.`);
    for (const c of problems) {
      const needs = c.status === 'denied' && c.permission ? ` Missing permission: ${c.permission}.` : '';
      out.push(`- ${c.name}${c.region ? ` (${c.region})` : ''}: ${c.status}${c.message ? ` — ${c.message}` : ''}.${needs}`);
    }
  }
  return out.join('\n');
}
