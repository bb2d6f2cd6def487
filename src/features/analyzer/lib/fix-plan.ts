/**
 * The steps of applying a scenario fix, in order (pure): save each policy as a custom policy,
 * create the new group and add the user (or use an existing group), grant the user policies to
 * the group with the scope their kind needs, grant the agency policies to the user's agency.
 * Each step has a stable id so a retry resumes after the last finished one.
 */
import type { PolicyDocument, ServiceKind } from '@/iam';

export interface FixPolicyDraft {
  /** "user-0", "agency-1"… */
  key: string;
  side: 'user' | 'agency';
  name: string;
  kind: ServiceKind;
  document: PolicyDocument;
}

export type GroupTarget = { kind: 'new'; name: string } | { kind: 'existing'; groupId: string; groupName: string };

export type FixStep =
  | { id: string; type: 'createPolicy'; policy: FixPolicyDraft }
  | { id: string; type: 'createGroup'; name: string }
  | { id: string; type: 'addUser'; userName: string }
  | { id: string; type: 'grantGroup'; policy: FixPolicyDraft; groupName: string }
  | { id: string; type: 'grantAgency'; policy: FixPolicyDraft; agencyName: string };

export interface FixPlanInput {
  userName: string;
  policies: readonly FixPolicyDraft[];
  group: GroupTarget;
  /** The user's agency; null when agency policies cannot be attached (no agency). */
  agencyName: string | null;
}

export function planFix({ userName, policies, group, agencyName }: FixPlanInput): FixStep[] {
  const userPolicies = policies.filter((p) => p.side === 'user');
  const agencyPolicies = agencyName === null ? [] : policies.filter((p) => p.side === 'agency');
  const steps: FixStep[] = [...userPolicies, ...agencyPolicies].map((policy) => ({ id: `policy:${policy.key}`, type: 'createPolicy', policy }));
  if (userPolicies.length > 0) {
    const groupName = group.kind === 'new' ? group.name : group.groupName;
    if (group.kind === 'new') {
      steps.push({ id: 'group', type: 'createGroup', name: group.name });
      steps.push({ id: 'member', type: 'addUser', userName });
    }
    for (const policy of userPolicies) steps.push({ id: `grant:${policy.key}`, type: 'grantGroup', policy, groupName });
  }
  if (agencyName !== null) for (const policy of agencyPolicies) steps.push({ id: `agency:${policy.key}`, type: 'grantAgency', policy, agencyName });
  return steps;
}

/** Group name rule of the IAM API (createGroupSchema): 1–64 characters, none of < > & ' ". */
export function defaultGroupName(userName: string, scenario: string): string {
  return `fix-${scenario}-${userName}`.replace(/[<>&'"]/g, '_').slice(0, 64);
}

/** Policy names for the drafts: `<scenario>-<user>-<side>-<kind>`, at most 128 characters. */
export function defaultPolicyName(scenario: string, userName: string, side: 'user' | 'agency', kind: ServiceKind): string {
  return `${scenario}-${userName}-${side}-${kind}`.slice(0, 128);
}
