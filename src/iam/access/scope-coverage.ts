/**
 * Whether an attachment's scope covers a request (docs/policy-semantics.md §3 layer 2, docs/huawei-reference.md §4.7):
 * IAM forces a permission to "All resources" when the chosen scope cannot hold it.
 */
import type { Scope, ServiceKind } from '../model';

export interface ScopeTarget {
  /** Kind of the action's service. */
  kind: ServiceKind;
  projectId: string | undefined;
  /** The effective enterprise project (docs/policy-semantics.md §3). */
  enterpriseProjectId: string;
}

export function coversScope(scope: Scope, target: ScopeTarget): boolean {
  switch (scope.type) {
    case 'all':
    case 'global':
      return true;
    case 'projects':
      return target.kind === 'global' || (target.projectId !== undefined && scope.ids.includes(target.projectId));
    case 'enterpriseProjects':
      return scope.ids.includes(target.enterpriseProjectId);
    default:
      return false;
  }
}

/** A short English description of a scope, for explanations. */
export function describeScope(scope: Scope): string {
  switch (scope.type) {
    case 'all':
      return 'all resources';
    case 'global':
      return 'global services';
    case 'projects':
      return `the projects ${scope.ids.join(', ')}`;
    case 'enterpriseProjects':
      return `the enterprise projects ${scope.ids.join(', ')}`;
    default:
      return 'an unknown scope';
  }
}
