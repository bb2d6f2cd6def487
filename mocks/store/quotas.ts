/** Default quotas of a workspace (docs/huawei-reference.md §3.6: quota -1 = unlimited, within min/max). */
import type { QuotaRec } from './types';

const QUOTA_DEFS: ReadonlyArray<Omit<QuotaRec, 'usedQuota' | 'updateTime'>> = [
  { resource: 'modelarts.notebook.instance', quota: 20, minQuota: 1, maxQuota: 500, nameEn: 'Notebook instances', nameCn: 'Notebook实例', unitEn: 'instances', unitCn: '个' },
  { resource: 'modelarts.trainjob.instance', quota: 50, minQuota: 1, maxQuota: 1000, nameEn: 'Training jobs', nameCn: '训练作业', unitEn: 'jobs', unitCn: '个' },
  { resource: 'modelarts.trainjob.gpu', quota: -1, minQuota: 0, maxQuota: 1024, nameEn: 'Training GPU cards', nameCn: '训练GPU卡', unitEn: 'cards', unitCn: '卡' },
  { resource: 'modelarts.service.instance', quota: 10, minQuota: 1, maxQuota: 200, nameEn: 'Real-time services', nameCn: '在线服务', unitEn: 'services', unitCn: '个' },
  { resource: 'modelarts.dataset', quota: 100, minQuota: 1, maxQuota: 5000, nameEn: 'Datasets', nameCn: '数据集', unitEn: 'datasets', unitCn: '个' },
];

/** Fresh quotas; `used` gives the used amount per resource index (deterministic seeds pass it). */
export function defaultQuotas(now: number, used: readonly number[] = []): QuotaRec[] {
  return QUOTA_DEFS.map((d, i) => ({ ...d, usedQuota: used[i] ?? 0, updateTime: now }));
}
