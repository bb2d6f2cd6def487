/**
 * An agency's permissions by scope (All resources, Global services, each region project): one row
 * per policy and scope with Remove; Authorize opens the same two-step dialog as a user group's.
 */
import { useTranslation } from 'react-i18next';
import type { Agency } from '@/api/contracts/iam';
import { useAgencyGrants, useRevokeAgencyRole, type AgencyGrant, type AgencyRoleGrant } from '@/api/resources/grants';
import { useRoles } from '@/api/resources/roles';
import { useApiScope } from '@/api/resources/persona';
import { confirmConsequences, notifyError, notifySuccess } from '@/components';
import { isGlobalRole } from '@/components/grant/scope';
import { revokesAsCode, type GrantScope, type Scope } from '@/iam';
import { PrincipalGrants } from '../shared/principal-grants';
import { useScopeLabel } from '../shared/scope-text';

const targetOf = (g: AgencyGrant): AgencyRoleGrant['target'] =>
  g.scope.kind === 'all' ? { kind: 'all' } : g.scope.kind === 'domain' ? { kind: 'global' } : { kind: 'project', projectId: g.scope.project.id };

/** The grant's scope as the engine reads the attachment (the domain path is Global services). */
const engineScope = (g: AgencyGrant): Scope =>
  g.scope.kind === 'all' ? { type: 'all' } : g.scope.kind === 'domain' ? { type: 'global' } : { type: 'projects', ids: [g.scope.project.id] };

export function AgencyPermissions({ agency }: { agency: Agency }) {
  const { t } = useTranslation('iam');
  const grants = useAgencyGrants(agency.id);
  const roles = useRoles();
  const revoke = useRevokeAgencyRole(agency.id);
  const roleById = new Map((roles.data ?? []).map((r) => [r.id, r]));
  const scopeLabel = useScopeLabel();
  const { domainId } = useApiScope();
  /** The grant's path for its code (the project's name only labels comments). */
  const codeScope = (g: AgencyGrant): GrantScope =>
    g.scope.kind === 'project' ? { kind: 'project', id: g.scope.project.id, name: g.scope.project.name } : { kind: g.scope.kind === 'domain' ? 'global' : 'all' };
  const nameOf = (g: AgencyGrant) => roleById.get(g.roleId)?.display_name ?? g.displayName ?? g.roleId;
  /** What the grant covers: a project-level policy on the domain path applies to All resources (docs/policy-semantics.md, scopes). */
  const shownScope = (g: AgencyGrant): Scope => {
    const role = roleById.get(g.roleId);
    return g.scope.kind === 'domain' && role && !isGlobalRole(role) ? { type: 'all' } : engineScope(g);
  };

  const onRemove = async (g: AgencyGrant) => {
    const policy = nameOf(g);
    const ok = await confirmConsequences({
      title: t('grants.removeTitle', { policy }),
      message: t('agencies.removeGrantBody', { policy, agency: agency.name, scope: scopeLabel(shownScope(g)) }),
      confirmLabel: t('grants.remove'),
      danger: true,
      mutation: { kind: 'detach', principal: { type: 'agency', id: agency.id }, policyId: g.roleId, scope: engineScope(g) },
      exportAs: (format) =>
        revokesAsCode({ title: t('grants.removeTitle', { policy }), domainId: domainId ?? '', grants: [{ principal: { type: 'agency', id: agency.id, name: agency.name }, role: { id: g.roleId, name: policy }, scope: codeScope(g) }] }, format),
    });
    if (!ok) return;
    revoke.mutate(
      { roleId: g.roleId, target: targetOf(g) },
      {
        onSuccess: () => notifySuccess(t('grants.removed', { policy })),
        onError: (e) => notifyError(t('grants.removeFailed', { policy }), e),
      },
    );
  };

  return (
    <PrincipalGrants
      principal={{ type: 'agency', id: agency.id, name: agency.name }}
      query={grants}
      label={t('agencies.permissionsTable', { name: agency.name })}
      empty={{ title: t('agencies.noPermissions'), description: t('agencies.noPermissionsHint') }}
      rows={grants.data?.map((g) => ({
        key: `${g.roleId}:${g.scope.kind}:${g.scope.kind === 'project' ? g.scope.project.id : ''}`,
        policy: nameOf(g),
        role: roleById.get(g.roleId),
        description: g.description,
        scope: shownScope(g),
        removing: revoke.isPending && revoke.variables?.roleId === g.roleId,
        onRemove: () => void onRemove(g),
      }))}
    />
  );
}
