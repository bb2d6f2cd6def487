/** How a policy (IAM role) is named and typed in this feature's tables. */
import type { TFunction } from 'i18next';
import type { Role } from '@/api/contracts/iam';
import { findSystemPolicy, findService } from '@/iam/catalog';

/**
 * Huawei lists the old RBAC roles ("Tenant Administrator", "OBS Administrator", …) as
 * "System-defined role" and the fine-grained ones as "System-defined policy".
 */
export function roleKindLabel(role: Pick<Role, 'catalog' | 'display_name'> | undefined, t: TFunction<'global-config'>): string {
  if (!role) return t('view.systemPolicy');
  if (role.catalog === 'custom') return t('view.customPolicy');
  return /Administrator$/.test(role.display_name) ? t('view.systemRole') : t('view.systemPolicy');
}

export function roleDescription(role: Pick<Role, 'description' | 'description_cn'> | undefined, language: string): string {
  if (!role) return '';
  return language.startsWith('zh') && role.description_cn ? role.description_cn : role.description;
}

/** The module (service) a policy belongs to: the services its statements name, or "All services". */
export function roleModule(role: Pick<Role, 'id' | 'display_name' | 'policy'>, allServices: string, language: string): string {
  const services = new Set<string>();
  for (const s of role.policy.Statement) {
    if (s.Effect !== 'Allow') continue;
    const actions = Array.isArray(s.Action) ? s.Action : typeof s.Action === 'string' ? [s.Action] : [];
    for (const a of actions) if (typeof a === 'string') services.add(a.split(':')[0] ?? '');
  }
  if (services.size === 0 || services.has('*')) return allServices;
  return [...services]
    .map((id) => {
      const svc = findService(id);
      if (!svc) return id.toUpperCase();
      return language.startsWith('zh') && svc.nameZh ? svc.nameZh : svc.name;
    })
    .join(', ');
}

/** Whether the console warns before granting it (Tenant Administrator). */
export function isHighPrivilege(role: Pick<Role, 'id' | 'display_name'>): boolean {
  return !!(findSystemPolicy(role.id)?.highPrivilege ?? findSystemPolicy(role.display_name)?.highPrivilege);
}
