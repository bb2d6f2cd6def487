/**
 * Quota editing as data: one draft per resource (a number or Unlimited = -1), located validation
 * against each resource's min/max, and the changes to send (validated again by the service).
 */
import type { WorkspaceQuota } from '@/api/contracts/modelarts';

export const UNLIMITED = -1;

export interface QuotaDraft {
  unlimited: boolean;
  /** As typed: '' while empty. */
  value: number | '';
}

export type QuotaErrorCode = 'required' | 'notInteger' | 'outOfRange';
export type QuotaDrafts = Record<string, QuotaDraft>;

export function draftsOf(quotas: readonly WorkspaceQuota[]): QuotaDrafts {
  return Object.fromEntries(quotas.map((q) => [q.resource, { unlimited: q.quota === UNLIMITED, value: q.quota === UNLIMITED ? '' : q.quota }]));
}

export function validateQuota(q: Pick<WorkspaceQuota, 'min_quota' | 'max_quota'>, d: QuotaDraft): QuotaErrorCode | null {
  if (d.unlimited) return null;
  if (d.value === '') return 'required';
  if (!Number.isInteger(d.value)) return 'notInteger';
  return d.value < q.min_quota || d.value > q.max_quota ? 'outOfRange' : null;
}

export function validateQuotas(quotas: readonly WorkspaceQuota[], drafts: QuotaDrafts): Record<string, QuotaErrorCode> {
  const out: Record<string, QuotaErrorCode> = {};
  for (const q of quotas) {
    const d = drafts[q.resource];
    const e = d ? validateQuota(q, d) : null;
    if (e) out[q.resource] = e;
  }
  return out;
}

/** Only what changed, as the PUT body's items. */
export function quotaChanges(quotas: readonly WorkspaceQuota[], drafts: QuotaDrafts): Array<{ resource: string; quota: number }> {
  const out: Array<{ resource: string; quota: number }> = [];
  for (const q of quotas) {
    const d = drafts[q.resource];
    if (!d) continue;
    const quota = d.unlimited ? UNLIMITED : d.value;
    if (quota !== '' && quota !== q.quota) out.push({ resource: q.resource, quota });
  }
  return out;
}

/** The resource a service 400 names (`quotas[i].quota`), given the items that were sent. */
export function serverQuotaResource(message: string, sent: ReadonlyArray<{ resource: string }>): string | null {
  const m = /quotas\[(\d+)\]/.exec(message);
  return m ? (sent[Number(m[1])]?.resource ?? null) : null;
}
