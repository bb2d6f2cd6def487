/** A group's grants (policy, scope), Authorize, and Remove (confirmation) per grant. */
import { useTranslation } from 'react-i18next';
import type { Group as IamGroup, RoleAssignment } from '@/api/contracts/iam';
import { assignmentScope } from '@/api/org-snapshot';
import { confirmConsequences, notifyError, notifySuccess } from '@/components';
import { revokesAsCode, type GrantScope, type Scope } from '@/iam';
import { useApiScope } from '@/api/resources/persona';
import { useEnterpriseProjects, useProjects } from '@/api/resources/projects';
import { useRoleAssignments, useRevokeGroupRole } from '@/api/resources/grants';
import { useRoles } from '@/api/resources/roles';
import { assignmentTarget } from '@/components/grant/scope';
import { PrincipalGrants } from '../shared/principal-grants';

function toScope(a: RoleAssignment): Scope {
  const s = assignmentScope(a.scope);
  return 'id' in s ? { type: s.type, ids: [s.id] } : { type: s.type };
}

export function GroupPermissionsTab({ group }: { group: IamGroup }) {
  const { t } = useTranslation('iam');
  const assignments = useRoleAssignments({ groupId: group.id });
  const roles = useRoles();
  const revoke = useRevokeGroupRole();
  const roleById = new Map((roles.data ?? []).map((r) => [r.id, r]));
  const { domainId } = useApiScope();
  const projects = useProjects().data ?? [];
  const enterpriseProjects = useEnterpriseProjects().data ?? [];
  /** The grant's scope for its code (names only label comments; ids are what the commands use). */
  const grantScope = (a: RoleAssignment): GrantScope => {
    const s = a.scope;
    if ('project' in s) return { kind: 'project', id: s.project.id, name: projects.find((p) => p.id === s.project.id)?.name ?? s.project.id };
    if ('enterprise_project' in s) return { kind: 'enterpriseProject', id: s.enterprise_project.id, name: enterpriseProjects.find((e) => e.id === s.enterprise_project.id)?.name ?? s.enterprise_project.id };
    return { kind: s.inherited_to_projects ? 'all' : 'global' };
  };

  const onRemove = async (a: RoleAssignment) => {
    const name = roleById.get(a.role_id)?.display_name ?? a.role_id;
    const ok = await confirmConsequences({
      title: t('grants.removeTitle', { policy: name }),
      message: t('grants.removeBody', { policy: name, group: group.name }),
      confirmLabel: t('grants.remove'),
      danger: true,
      mutation: { kind: 'detach', principal: { type: 'group', id: group.id }, policyId: a.role_id, scope: toScope(a) },
      exportAs: (format) =>
        revokesAsCode({ title: t('grants.removeTitle', { policy: name }), domainId: domainId ?? '', grants: [{ principal: { type: 'group', id: group.id, name: group.name }, role: { id: a.role_id, name }, scope: grantScope(a) }] }, format),
    });
    if (!ok) return;
    revoke.mutate(
      { groupId: group.id, roleId: a.role_id, target: assignmentTarget(a.scope) },
      {
        onSuccess: () => notifySuccess(t('grants.removed', { policy: name })),
        onError: (e) => notifyError(t('grants.removeFailed', { policy: name }), e),
      },
    );
  };

  return (
    <PrincipalGrants
      principal={{ type: 'group', id: group.id, name: group.name }}
      query={assignments}
      label={t('grants.table')}
      empty={{ title: t('grants.none'), description: t('grants.noneHint') }}
      rows={assignments.data?.map((a) => ({
        key: a.id,
        policy: roleById.get(a.role_id)?.display_name ?? a.role_id,
        role: roleById.get(a.role_id),
        scope: toScope(a),
        removing: revoke.isPending && revoke.variables?.roleId === a.role_id,
        onRemove: () => void onRemove(a),
      }))}
    />
  );
}
