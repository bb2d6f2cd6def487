import { describe, expect, it } from 'vitest';
import type { WorkspaceQuota } from '@/api/contracts/modelarts';
import { draftsOf, quotaChanges, serverQuotaResource, validateQuota, validateQuotas } from './quota-form';

const quota = (resource: string, q: number, min = 1, max = 500): WorkspaceQuota => ({
  resource,
  quota: q,
  min_quota: min,
  max_quota: max,
  used_quota: 0,
  name_en: resource,
  name_cn: resource,
  unit_en: '',
  unit_cn: '',
  update_time: 0,
});

describe('quota drafts', () => {
  const quotas = [quota('nb', 20), quota('gpu', -1, 0, 1024)];
  it('reads -1 as unlimited', () => {
    expect(draftsOf(quotas)).toEqual({ nb: { unlimited: false, value: 20 }, gpu: { unlimited: true, value: '' } });
  });
  it('validates within min and max, located per resource', () => {
    const q = quotas[0]!;
    expect(validateQuota(q, { unlimited: false, value: 500 })).toBeNull();
    expect(validateQuota(q, { unlimited: false, value: 501 })).toBe('outOfRange');
    expect(validateQuota(q, { unlimited: false, value: 0 })).toBe('outOfRange');
    expect(validateQuota(q, { unlimited: false, value: '' })).toBe('required');
    expect(validateQuota(q, { unlimited: false, value: 2.5 })).toBe('notInteger');
    expect(validateQuota(q, { unlimited: true, value: 9999 })).toBeNull();
    expect(validateQuotas(quotas, { nb: { unlimited: false, value: 9999 }, gpu: { unlimited: true, value: '' } })).toEqual({ nb: 'outOfRange' });
  });
  it('sends only the changes', () => {
    expect(quotaChanges(quotas, draftsOf(quotas))).toEqual([]);
    expect(quotaChanges(quotas, { nb: { unlimited: true, value: 20 }, gpu: { unlimited: false, value: 8 } })).toEqual([
      { resource: 'nb', quota: -1 },
      { resource: 'gpu', quota: 8 },
    ]);
  });
  it('locates a server error on the resource it names', () => {
    expect(serverQuotaResource('Invalid parameter "quotas[1].quota": …', [{ resource: 'a' }, { resource: 'b' }])).toBe('b');
    expect(serverQuotaResource('nothing', [])).toBeNull();
  });
});
