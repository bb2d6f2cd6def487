/** Plain English sentences for access results (engine.md §3: `explanation`). */
import type { SnapshotUser, SnapshotWorkspace, StatementRef } from '../model';
import type { IdentityVerdict } from './evaluate-identity';

function quoteList(items: readonly string[]): string {
  if (items.length === 1) return `"${items[0]}"`;
  const quoted = items.map((i) => `"${i}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function policyNames(statements: readonly StatementRef[]): string[] {
  const first = statements[0];
  if (statements.length === 1 && first !== undefined) return [first.policyName ?? first.policyId ?? `policy ${first.policyIndex + 1}`];
  const names: string[] = [];
  for (const s of statements) {
    const name = s.policyName ?? s.policyId ?? `policy ${s.policyIndex + 1}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

export function explainIdentity(user: SnapshotUser, action: string, verdict: IdentityVerdict): string[] {
  const who = `"${user.name}"`;
  switch (verdict.reason) {
    case 'root':
      return [`${who} is the account's root user, who has every permission by default; policies do not restrict it.`];
    case 'admin_group': {
      const out = [`${who} is a member of the admin group, which implicitly allows every action, including ${action}.`];
      if (verdict.statements.length > 0) out.push(`The policy ${quoteList(policyNames(verdict.statements))} also allows it.`);
      return out;
    }
    case 'allowed_by_policy':
      return [`The policy ${quoteList(policyNames(verdict.statements))}, attached to a group of ${who}, allows ${action}.`];
    case 'loose_mode':
      return [
        `No policy of ${who} allows ${action}, but the account uses non-strict authorization: IAM users may use ModelArts unless a policy denies it.`,
      ];
    case 'denied_by_policy':
      return [`The policy ${quoteList(policyNames(verdict.statements))} explicitly denies ${action} to ${who}; a Deny always wins over an Allow.`];
    case 'out_of_scope':
      return [
        `The policy ${quoteList(verdict.outOfScopePolicies ?? [])} would allow ${action}, but its authorization scope does not cover this request's project or enterprise project.`,
      ];
    default:
      return [`No policy attached to the groups of ${who} allows ${action} within the request's scope.`];
  }
}

export function explainLooseMode(wouldAllow: boolean): string {
  return wouldAllow
    ? 'In non-strict authorization mode this request would be allowed.'
    : 'Non-strict authorization mode would not allow this request either.';
}

export function explainWorkspaceRefusal(user: SnapshotUser, workspaceId: string | undefined, workspace: SnapshotWorkspace | undefined): string {
  if (workspace === undefined) return `The workspace "${workspaceId ?? ''}" does not exist, so ModelArts refuses the request.`;
  if (workspace.authType === 'PRIVATE') {
    return `The workspace "${workspace.name}" is PRIVATE: only its owner and the root user may use it, and "${user.name}" is neither.`;
  }
  return `The workspace "${workspace.name}" is INTERNAL: "${user.name}" is not its owner, the root user or a granted user.`;
}

export function explainWorkspaceAdmits(workspace: SnapshotWorkspace | undefined): string {
  return workspace === undefined ? '' : `The workspace "${workspace.name}" (${workspace.authType}) admits the user.`;
}

export function explainNoAgency(user: SnapshotUser): string {
  return `ModelArts acts through an agency, and neither "${user.name}" nor all users have an agency authorization in Global Configuration.`;
}

export function explainAgency(agencyName: string, allUsers: boolean): string {
  return `ModelArts acts through the agency "${agencyName}"${allUsers ? ' (the authorization for all users)' : ''}.`;
}

export function explainMissingKeys(keys: readonly string[]): string {
  return `The request has no value for ${quoteList(keys)}, which a policy condition needs.`;
}

export interface AccessExplainInput {
  user: SnapshotUser;
  action: string;
  identity: IdentityVerdict;
  /** The ModelArts layer that refused an identity-allowed request. */
  blocked: 'workspace' | 'agency' | null;
  looseModeWouldAllow: boolean | undefined;
  workspaceChecked: boolean;
  workspaceId: string | undefined;
  workspace: SnapshotWorkspace | undefined;
  /** The agency authorization used, when the agency layer applied and passed. */
  authorization: { content: string; userType: string } | undefined;
}

/** Every sentence of an access result, most important first. */
export function explainAccess(input: AccessExplainInput): string[] {
  const { user, identity } = input;
  const out = explainIdentity(user, input.action, identity);
  if (identity.decision !== 'allow') {
    if (identity.missingContextKeys.length > 0) out.push(explainMissingKeys(identity.missingContextKeys));
    if (input.looseModeWouldAllow !== undefined) out.push(explainLooseMode(input.looseModeWouldAllow));
    return out;
  }
  if (input.blocked === 'workspace') {
    out.push(explainWorkspaceRefusal(user, input.workspaceId, input.workspace));
    return out;
  }
  if (input.workspaceChecked && input.workspace !== undefined) out.push(explainWorkspaceAdmits(input.workspace));
  if (input.blocked === 'agency') out.push(explainNoAgency(user));
  else if (input.authorization !== undefined) {
    out.push(explainAgency(input.authorization.content, input.authorization.userType === 'all-users'));
  }
  return out;
}
