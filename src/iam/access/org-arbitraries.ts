/**
 * fast-check arbitraries for whole organisations (property tests only): the corpus' base
 * organisation (projects, enterprise projects, workspaces, agencies, groups) with random
 * members, random policies (conditions included) attached to groups and agencies with random
 * scopes, random authorizations and mode.
 */
import fc from 'fast-check';
import { conditionArb, policyArb } from '../evaluate/arbitraries';
import type { PolicyDocument, Scope, Snapshot, SnapshotAttachment, SnapshotAuthorization, SnapshotPolicy, SnapshotUser } from '../model';
import { BASE_SNAPSHOT } from './test-snapshot';

export const ORG_USERS = ['u-ann', 'u-ben', 'u-cy', 'u-dee', 'u-eli', 'u-fay'];
export const ORG_GROUPS = BASE_SNAPSHOT.groups.map((g) => g.id);
export const ORG_AGENCIES = BASE_SNAPSHOT.agencies.map((a) => a.id);
/** Actions the properties ask about (ModelArts with and without layers, OBS, IAM, a non-catalog one). */
export const ORG_ACTIONS = [
  'modelarts:trainJob:create',
  'modelarts:notebook:list',
  'modelarts:workspace:get',
  'obs:object:GetObject',
  'iam:users:listUsers',
  'bss:balance:view',
];

/** Statements about ORG_ACTIONS (most without Resource), often with conditions: the organisations' policies. */
const orgStatementArb = fc.record(
  {
    Effect: fc.constantFrom('Allow', 'Deny', 'Allow'),
    Action: fc.array(fc.oneof(fc.constantFrom(...ORG_ACTIONS), fc.constantFrom('modelarts:*:*', 'obs:*:*', '*:*:*', 'modelarts:trainJob:*')), { minLength: 1, maxLength: 3 }),
    Condition: conditionArb,
  },
  { requiredKeys: ['Effect', 'Action'] },
);

const orgPolicyArb: fc.Arbitrary<PolicyDocument> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ Version: fc.constant('1.1'), Statement: fc.array(orgStatementArb, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: policyArb },
);

const RESEARCH_EP = BASE_SNAPSHOT.enterpriseProjects[1]!.id;

export const scopeArb: fc.Arbitrary<Scope> = fc.constantFrom<Scope>(
  { type: 'all' },
  { type: 'global' },
  { type: 'projects', ids: ['p-cn-north-4'] },
  { type: 'enterpriseProjects', ids: [RESEARCH_EP] },
);

export const attachmentArb = (policyIds: readonly string[]): fc.Arbitrary<SnapshotAttachment> =>
  fc.record({
    principal: fc.oneof(
      fc.constantFrom(...ORG_GROUPS).map((id) => ({ type: 'group' as const, id })),
      fc.constantFrom(...ORG_AGENCIES).map((id) => ({ type: 'agency' as const, id })),
    ),
    policyId: fc.constantFrom(...policyIds),
    scope: scopeArb,
  });

const authorizationArb: fc.Arbitrary<SnapshotAuthorization | null> = fc.option(
  fc.constantFrom(...BASE_SNAPSHOT.agencies).map((a) => ({ userId: '', userType: 'iam' as const, type: 'agency' as const, content: a.name })),
);

export const orgArb: fc.Arbitrary<Snapshot> = fc
  .record({
    memberships: fc.array(fc.uniqueArray(fc.constantFrom(...ORG_GROUPS), { maxLength: 3 }), { minLength: ORG_USERS.length, maxLength: ORG_USERS.length }),
    policies: fc.array(orgPolicyArb, { minLength: 1, maxLength: 5 }),
    attachmentSeeds: fc.array(fc.tuple(fc.nat(), fc.nat(), scopeArb, fc.boolean()), { minLength: 2, maxLength: 10 }),
    authorizations: fc.array(authorizationArb, { minLength: ORG_USERS.length, maxLength: ORG_USERS.length }),
    allUsers: fc.boolean(),
    authMode: fc.constantFrom('strict' as const, 'loose' as const),
  })
  .map(({ memberships, policies, attachmentSeeds, authorizations, allUsers, authMode }) => {
    const users: SnapshotUser[] = ORG_USERS.map((id, i) => ({ id, name: id.slice(2), type: 'iam', groups: memberships[i]! }));
    const snapshotPolicies: SnapshotPolicy[] = policies.map((document, i) => ({ id: `pol-${i}`, name: `policy ${i}`, type: 'custom', document }));
    const attachments: SnapshotAttachment[] = attachmentSeeds.map(([p, who, scope, group]) => ({
      principal: group ? { type: 'group', id: ORG_GROUPS[who % ORG_GROUPS.length]! } : { type: 'agency', id: ORG_AGENCIES[who % ORG_AGENCIES.length]! },
      policyId: snapshotPolicies[p % snapshotPolicies.length]!.id,
      scope,
    }));
    const auths = authorizations.flatMap((a, i) => (a === null ? [] : [{ ...a, userId: ORG_USERS[i]! }]));
    if (allUsers) auths.push({ userId: 'all', userType: 'all-users', type: 'agency', content: BASE_SNAPSHOT.agencies[3]!.name });
    return {
      ...structuredClone(BASE_SNAPSHOT),
      authMode,
      users,
      policies: snapshotPolicies,
      attachments,
      authorizations: auths,
    };
  });
