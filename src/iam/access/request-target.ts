/**
 * The request's effective workspace and enterprise project (docs/policy-semantics.md §3) and the context
 * the engine derives from the snapshot (g:UserName, g:UserId, g:DomainName always;
 * g:ProjectName and g:EnterpriseProjectId unless the request sets them).
 */
import type { ContextLookup } from '../evaluate/context-lookup';
import { createContextLookup } from '../evaluate/context-lookup';
import type { ContextValue, RequestContext, SnapshotUser } from '../model';
import type { PreparedSnapshot, RequestTarget, TargetRequest } from './prepared-types';

const DEFAULT_WORKSPACE = '0';
const DEFAULT_ENTERPRISE_PROJECT = '0';

const TARGET_LIMIT = 256;

function isIdOrAbsent(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

/** The request's target; memoised per prepared snapshot and (project, workspace, enterprise project). */
export function resolveTarget(prepared: PreparedSnapshot, request: TargetRequest): RequestTarget {
  const { projectId, workspaceId, enterpriseProjectId } = request;
  if (!isIdOrAbsent(projectId) || !isIdOrAbsent(workspaceId) || !isIdOrAbsent(enterpriseProjectId)) {
    return computeTarget(prepared, request);
  }
  const last = prepared.targets.last;
  if (last !== undefined && last.projectId === projectId && last.workspaceId === workspaceId && last.enterpriseProjectId === enterpriseProjectId) {
    return last.target;
  }
  const key = `${projectId ?? '\u0001'}\u0000${workspaceId ?? '\u0001'}\u0000${enterpriseProjectId ?? '\u0001'}`;
  let target = prepared.targets.byKey.get(key);
  if (target === undefined) {
    target = computeTarget(prepared, request);
    if (prepared.targets.byKey.size >= TARGET_LIMIT) prepared.targets.byKey.clear();
    prepared.targets.byKey.set(key, target);
  }
  prepared.targets.last = { projectId, workspaceId, enterpriseProjectId, target };
  return target;
}

function computeTarget(prepared: PreparedSnapshot, request: TargetRequest): RequestTarget {
  const workspaceId =
    request.workspaceId ?? (prepared.snapshot.workspaceEnabled ? DEFAULT_WORKSPACE : undefined);
  const workspace = workspaceId === undefined ? undefined : prepared.findWorkspace(workspaceId);
  const enterpriseProjectId = request.enterpriseProjectId ?? workspace?.enterpriseProjectId ?? DEFAULT_ENTERPRISE_PROJECT;
  const projectId = request.projectId;
  return { workspaceId, workspace, enterpriseProjectId, projectId, key: `${projectId ?? ''}\u0000${enterpriseProjectId}` };
}

const DERIVED_LIMIT = 256;

/** Derives the evaluation context; memoised per user and target when the request brings none. */
export function deriveContext(
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  target: RequestTarget,
  context: RequestContext | undefined,
): ContextLookup {
  if (context !== undefined && context !== null) return buildContext(prepared, user, target, context);
  let memo = prepared.derivedContexts.get(user);
  if (memo === undefined) {
    memo = new Map();
    prepared.derivedContexts.set(user, memo);
  }
  let derived = memo.get(target.key);
  if (derived === undefined) {
    derived = buildContext(prepared, user, target, undefined);
    if (memo.size >= DERIVED_LIMIT) memo.clear();
    memo.set(target.key, derived);
  }
  return derived;
}

function buildContext(
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  target: RequestTarget,
  context: RequestContext | undefined,
): ContextLookup {
  const map = new Map<string, ContextValue>(createContextLookup(context));
  map.set('g:username', user.name);
  map.set('g:userid', user.id);
  map.set('g:domainname', prepared.snapshot.domain?.name ?? '');
  const projectName = target.projectId === undefined ? undefined : prepared.projectName(target.projectId);
  if (projectName !== undefined && !map.has('g:projectname')) map.set('g:projectname', projectName);
  if (!map.has('g:enterpriseprojectid')) map.set('g:enterpriseprojectid', target.enterpriseProjectId);
  return map;
}
