/** How an agency reads in the lists: its delegated party, validity period and the authorizations that use it. */
import type { TFunction } from 'i18next';
import type { Agency, Project } from '@/api/contracts/iam';
import type { RegionalAuthorization } from '@/api/org-snapshot';
import { MODELARTS_TRUST_DOMAIN } from '@/api/resources/agencies';

export const isServiceAgency = (a: Pick<Agency, 'trust_domain_name'>) => a.trust_domain_name === MODELARTS_TRUST_DOMAIN;

export function delegatedParty(a: Pick<Agency, 'trust_domain_name'>, t: TFunction<'iam'>): string {
  return isServiceAgency(a) ? t('agencies.delegateService') : t('agencies.delegateAccount', { name: a.trust_domain_name ?? '—' });
}

/** FOREVER / null = Unlimited; ONEDAY = 1 day; replies give other periods in hours. */
export function validityDays(duration: string | null): number | null {
  if (duration === null || duration === 'FOREVER' || duration === '') return null;
  if (duration === 'ONEDAY') return 1;
  const hours = Number(duration);
  return Number.isFinite(hours) ? Math.max(1, Math.round(hours / 24)) : null;
}

export function validityLabel(a: Pick<Agency, 'duration'>, t: TFunction<'iam'>): string {
  const days = validityDays(a.duration);
  return days === null ? t('agencies.unlimited') : t('agencies.days', { count: days });
}

/** "maya (cn-north-4)" for each authorization that uses the agency. */
export function usedByLabels(rows: readonly RegionalAuthorization[], projects: readonly Project[], t: TFunction<'iam'>): string[] {
  return rows.map((a) => {
    const region = projects.find((p) => p.id === a.projectId)?.name ?? a.projectId;
    const who = a.user_type === 'all-users' ? t('agencies.allUsers') : (a.user_name ?? a.user_id);
    return t('agencies.usedByRow', { user: who, region });
  });
}
