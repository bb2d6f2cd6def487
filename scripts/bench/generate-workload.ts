/**
 * Generated bench workloads: policy sets with a realistic action mix (exact catalog actions,
 * resource-type and operation wildcards, service wildcards, a few Deny statements and
 * conditions) and requests over the catalog.
 */
import { ACTIONS } from '../../src/iam/catalog';
import type { PolicyDocument, PolicyRequest, Snapshot, Statement } from '../../src/iam/model';
import type { Random } from './random';

const USERS = ['alice', 'bob', 'carol', 'dave', 'erin'];

function wildcardFor(random: Random): string {
  const a = random.pick(ACTIONS);
  switch (random.int(4)) {
    case 0:
      return `${a.service}:${a.resourceType}:*`;
    case 1:
      return `${a.service}:*:${a.operation.slice(0, 3)}*`;
    case 2:
      return `${a.service}:*:*${a.operation.slice(-4)}*`;
    default:
      return `${a.service}:*:*`;
  }
}

function conditionFor(random: Random): Statement['Condition'] {
  switch (random.int(4)) {
    case 0:
      return { StringEquals: { 'g:UserName': [random.pick(USERS), random.pick(USERS)] } };
    case 1:
      return { IpAddress: { 'g:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] } };
    case 2:
      return { Bool: { 'g:MFAPresent': ['true'] } };
    default:
      return { NumberLessThan: { 'g:MFAAge': ['3600'] } };
  }
}

function statementFor(random: Random): Statement {
  const count = 1 + random.int(8);
  const actions: string[] = [];
  for (let i = 0; i < count; i++) actions.push(random.chance(0.7) ? random.pick(ACTIONS).action : wildcardFor(random));
  const statement: Statement = { Effect: random.chance(0.1) ? 'Deny' : 'Allow', Action: actions };
  if (random.chance(0.15)) statement.Condition = conditionFor(random);
  return statement;
}

/** `policies` documents holding `statements` statements in total. */
export function generatePolicies(random: Random, policies: number, statements: number): PolicyDocument[] {
  const docs: PolicyDocument[] = Array.from({ length: policies }, () => ({ Version: '1.1', Statement: [] }));
  for (let i = 0; i < statements; i++) docs[i % policies]!.Statement.push(statementFor(random));
  return docs;
}

export function generateRequests(random: Random, count: number): PolicyRequest[] {
  return Array.from({ length: count }, () => ({
    action: random.pick(ACTIONS).action,
    context: {
      'g:UserName': random.pick(USERS),
      'g:SourceIp': random.chance(0.5) ? '10.1.2.3' : '172.16.0.1',
      'g:MFAPresent': random.chance(0.5),
      'g:MFAAge': random.int(7200),
    },
  }));
}

/** An organisation of `users` users in 20 groups sharing 40 policies, with mixed scopes. */
export function generateSnapshot(random: Random, users: number): Snapshot {
  const policies = generatePolicies(random, 40, 240).map((document, i) => ({
    id: `pol-${i}`,
    name: `Policy ${i}`,
    type: 'custom' as const,
    document,
  }));
  const groups = Array.from({ length: 20 }, (_, i) => ({ id: `g-${i}`, name: i === 0 ? 'admin' : `group-${i}` }));
  const scopes = [
    { type: 'all' as const },
    { type: 'global' as const },
    { type: 'projects' as const, ids: ['p-1'] },
    { type: 'enterpriseProjects' as const, ids: ['0'] },
  ];
  const attachments = groups.flatMap((g) =>
    Array.from({ length: 2 + random.int(3) }, () => ({
      principal: { type: 'group' as const, id: g.id },
      policyId: random.pick(policies).id,
      scope: random.pick(scopes),
    })),
  );
  return {
    format: 'modelarts-console-snapshot',
    version: 1,
    domain: { id: 'd-bench', name: 'bench' },
    authMode: 'strict',
    workspaceEnabled: true,
    projects: [{ id: 'p-1', name: 'cn-north-4' }],
    enterpriseProjects: [{ id: '0', name: 'default' }],
    users: Array.from({ length: users }, (_, i) => ({
      id: `u-${i}`,
      name: `user-${i}`,
      type: 'iam' as const,
      groups: Array.from({ length: 1 + random.int(3) }, () => random.pick(groups.slice(1)).id),
    })),
    groups,
    policies,
    attachments,
    agencies: [{ id: 'ag-1', name: 'modelarts_agency_all' }],
    authorizations: [{ userId: 'all', userName: 'all-users', userType: 'all-users', type: 'agency', content: 'modelarts_agency_all' }],
    workspaces: [{ id: '0', name: 'default', enterpriseProjectId: '0', authType: 'PUBLIC', owner: 'u-0', grants: [] }],
  };
}
