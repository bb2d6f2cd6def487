/** How a policy (IAM role) is named and typed in this feature's tables. */
import type { TFunction } from 'i18next';
import type { Role } from '@/api/contracts/iam';
import { findService, findSystemPolicy, SERVICES } from '@/iam/catalog';

/**
 * One word for every policy the cloud provides, as on the Policies page and in the ModelArts
 * permission tables of the Huawei documentation: "System-defined policy" (系统策略), the RBAC
 * roles ("Tenant Administrator", "OBS Administrator", …) included; else "Custom policy".
 */
export function roleKindLabel(role: Pick<Role, 'catalog'> | undefined, t: TFunction<'global-config'>): string {
  return role?.catalog === 'custom' ? t('view.customPolicy') : t('view.systemPolicy');
}

export function roleDescription(role: Pick<Role, 'id' | 'display_name' | 'description' | 'description_cn'> | undefined, language: string): string {
  if (!role) return '';
  if (!language.startsWith('zh')) return role.description;
  return role.description_cn || findSystemPolicy(role.id)?.descriptionZh || role.description;
}

export interface ModuleLabels {
  allServices: string;
  allExceptIam: string;
  more: (list: string, count: number) => string;
}

/**
 * The module (service) a policy belongs to: the services its Allow statements name — "All
 * services", "All services except IAM" (Tenant Administrator), or the first three and a count.
 */
export function roleModule(role: Pick<Role, 'id' | 'display_name' | 'policy'>, labels: ModuleLabels, language: string): string {
  const services = new Set<string>();
  for (const s of role.policy.Statement) {
    if (s.Effect !== 'Allow') continue;
    const actions = Array.isArray(s.Action) ? s.Action : typeof s.Action === 'string' ? [s.Action] : [];
    for (const a of actions) if (typeof a === 'string') services.add(a.split(':')[0] ?? '');
  }
  if (services.size === 0 || services.has('*')) return labels.allServices;
  const others = SERVICES.filter((svc) => svc.id !== 'iam');
  if (!services.has('iam') && others.length > 3 && others.every((svc) => services.has(svc.id))) return labels.allExceptIam;
  const names = [...services].map((id) => {
      const svc = findService(id);
      if (!svc) return id.toUpperCase();
    return language.startsWith('zh') && svc.nameZh ? svc.nameZh : svc.name;
  });
  return names.length > 3 ? labels.more(names.slice(0, 3).join(', '), names.length - 3) : names.join(', ');
}

/** Whether the console warns before granting it (Tenant Administrator). */
export function isHighPrivilege(role: Pick<Role, 'id' | 'display_name'>): boolean {
  return !!(findSystemPolicy(role.id)?.highPrivilege ?? findSystemPolicy(role.display_name)?.highPrivilege);
}
