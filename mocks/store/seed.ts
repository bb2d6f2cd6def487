/**
 * The seed organisation (docs/api.md "The seed organisation"): the account `acme` with 37 IAM users in
 * ten groups, 2 federated users, 3 enterprise projects, 2 region projects, 4 workspaces, system and
 * custom policies attached with every scope type, agencies with their grants and per-user
 * authorizations region by region (no all-users row; cn-east-3 has a smaller set), strict mode.
 *
 * Showcase users for scenario `training-management` (region p-cn-north-4, default workspace;
 * in cn-east-3 only maya of them is authorized):
 * - maya  ready: data-scientists (ModelArts Developer on both regions, OBS Access for ModelArts and
 *         ModelArts Agency Use globally) + her own agency with OBS rights.
 * - omar  missing OBS: group mlops has the ModelArts and IAM policies but no OBS policy.
 * - dana  blocked by a Deny: also in contractors, which holds "Deny Training Jobs" on all resources.
 * - wes   like maya, but the Internal workspace vision-lab does not grant him.
 * - nora  like maya, but no authorization (no agency).
 * - liam  analysts: OBS and agency use but no ModelArts policy; strict → denied, non-strict → ready.
 *
 * Everything is deterministic: fixed ids and times, and a seeded PRNG for the large organisation.
 */
import { OBS_MODELARTS_TRAINING } from '@/iam';
import type { PolicyDocument, Scope, SystemPolicy } from '@/iam/model';
import { systemPolicies } from '../engine';
import { prng, prngHex } from './ids';
import { defaultQuotas } from './quotas';
import { roleTypeOf, systemPolicyRec } from './snapshot/records';
import { authorizationKey, type AgencyRec, type AttachmentRec, type AuthorizationRec, type GroupRec, type PolicyRec, type StoreState, type UserRec, type WorkspaceRec } from './types';

export const DOMAIN = { id: 'd-acme', name: 'acme' } as const;
export const ROOT_USER_ID = 'u-root';
export const PROJECT_NORTH = 'p-cn-north-4';
export const PROJECT_EAST = 'p-cn-east-3';
export const EP_DEFAULT = '0';
export const EP_RESEARCH = '5aa119a8-d25b-45a7-8d1b-88e127885635';
export const EP_PRODUCTION = '9c3e7d1a-42b8-4f6e-b1d2-7e5a0c8f3b64';
export const WS_DEFAULT = '0';
export const WS_VISION_LAB = '4f6c1d2ab8e94e0f9a7c35d21b6e8f03';
export const WS_LLM_FINETUNE = 'b7e2a9c4d1f0483e8c6a2f5d9e1b7a40';
export const WS_NLP_SANDBOX = 'c91d5e7f3a2b4c6d8e0f1a2b3c4d5e6f';

/** 2025-11-03 09:00 UTC: "now" of the seed; other times are days before it. */
const T0 = Date.UTC(2025, 10, 3, 9, 0, 0);
const DAY = 86_400_000;
const daysAgo = (d: number, minutes = 0) => T0 - d * DAY + minutes * 60_000;

// ---------- custom policies ----------
const allow = (actions: string[], extra: Record<string, unknown> = {}): PolicyDocument => ({
  Version: '1.1',
  Statement: [{ Effect: 'Allow', Action: actions, ...extra }],
});
const deny = (actions: string[], extra: Record<string, unknown> = {}): PolicyDocument => ({
  Version: '1.1',
  Statement: [{ Effect: 'Deny', Action: actions, ...extra }],
});

interface CustomDef {
  id: string;
  name: string;
  description: string;
  document: PolicyDocument;
  created: number;
}

export const CUSTOM_POLICIES: readonly CustomDef[] = [
  {
    id: 'pol-ma-developer',
    name: 'ModelArts Developer',
    description: 'Develop, train and deploy on ModelArts; read workspaces and pools. No pool or workspace management.',
    document: allow([
      'modelarts:notebook:*',
      'modelarts:trainJob:*',
      'modelarts:trainJobLog:*',
      'modelarts:trainJobVersion:*',
      'modelarts:trainJobInnerModel:*',
      'modelarts:aiAlgorithm:*',
      'modelarts:image:*',
      'modelarts:model:*',
      'modelarts:service:*',
      'modelarts:dataset:*',
      'modelarts:processTask:*',
      'modelarts:workflow:*',
      'modelarts:exemlProject:*',
      'modelarts:workspace:get',
      'modelarts:workspace:list',
      'modelarts:workspace:getQuotas',
      'modelarts:pool:list',
      'modelarts:pool:get',
      'modelarts:tag:list',
      'modelarts:network:get',
    ]),
    created: daysAgo(120),
  },
  {
    id: 'pol-obs-modelarts',
    name: 'OBS Access for ModelArts',
    description: 'The OBS bucket and object actions that ModelArts training jobs, notebooks and datasets need.',
    document: allow([...OBS_MODELARTS_TRAINING]),
    created: daysAgo(120),
  },
  {
    id: 'pol-ma-agency-use',
    name: 'ModelArts Agency Use',
    description: 'Use the configured ModelArts agency: assume it, list agencies and credentials, list projects.',
    document: allow(['iam:tokens:assume', 'iam:credentials:listCredentials', 'iam:agencies:listAgencies', 'iam:agencies:getAgency', 'iam:projects:listProjects']),
    created: daysAgo(118),
  },
  {
    id: 'pol-deny-training',
    name: 'Deny Training Jobs',
    description: 'Contractors may use notebooks but not run training jobs.',
    document: deny(['modelarts:trainJob:*', 'modelarts:trainJobVersion:*']),
    created: daysAgo(60),
  },
  {
    id: 'pol-deny-public-pool',
    name: 'Deny Public Resource Pools',
    description: 'Training jobs, notebooks and services must run on dedicated resource pools, not on public ones.',
    document: deny(['modelarts:trainJob:create', 'modelarts:notebook:create', 'modelarts:service:create'], {
      Condition: { StringEquals: { 'modelarts:poolType': ['public'] } },
    }),
    created: daysAgo(45),
  },
  {
    id: 'pol-ma-readonly',
    name: 'ModelArts Read Only',
    description: 'List and view every ModelArts resource.',
    document: allow(['modelarts:*:list*', 'modelarts:*:get*']),
    created: daysAgo(100),
  },
  {
    id: 'pol-iam-readonly',
    name: 'IAM Read Only',
    description: 'List and view users, groups, policies and agencies.',
    document: allow(['iam:*:list*', 'iam:*:get*']),
    created: daysAgo(100),
  },
  {
    id: 'pol-workspace-admin',
    name: 'Workspace Administrator',
    description: 'Create, change and delete workspaces, including the clean-up of their resources.',
    document: allow(['modelarts:workspace:*', 'modelarts:*:*delete*']),
    created: daysAgo(90),
  },
  {
    id: 'pol-agency-obs',
    name: 'ModelArts Agency OBS',
    description: 'What a ModelArts agency needs in OBS to run notebooks, training and batch jobs.',
    document: allow([
      'obs:bucket:ListAllMyBuckets',
      'obs:bucket:ListBucket',
      'obs:bucket:HeadBucket',
      'obs:bucket:GetBucketLocation',
      'obs:bucket:CreateBucket',
      'obs:object:GetObject',
      'obs:object:GetObjectVersion',
      'obs:object:PutObject',
      'obs:object:DeleteObject',
    ]),
    created: daysAgo(118),
  },
  {
    id: 'pol-team-labeling',
    name: 'Team Labeling',
    description: 'Label datasets and manage labeling tasks.',
    document: allow(['modelarts:dataset:*', 'modelarts:processTask:*', 'modelarts:workspace:get', 'modelarts:workspace:list']),
    created: daysAgo(70),
  },
  {
    id: 'pol-deny-billing',
    name: 'No Payments',
    description: 'Resource pools may be viewed and used, but never paid for or unsubscribed from the console.',
    document: deny(['bss:order:pay', 'bss:unsubscribe:update']),
    created: daysAgo(80),
  },
];

// ---------- people ----------
interface GroupDef {
  id: string;
  name: string;
  description: string;
  created: number;
}
const GROUPS: readonly GroupDef[] = [
  { id: 'g-admin', name: 'admin', description: 'Built-in administrators (IAM Security Administrator).', created: daysAgo(400) },
  { id: 'g-data-scientists', name: 'data-scientists', description: 'Data science team: notebooks, training and deployment.', created: daysAgo(120) },
  { id: 'g-ml-engineers', name: 'ml-engineers', description: 'ML platform engineers: full ModelArts incl. resource pools.', created: daysAgo(120) },
  { id: 'g-mlops', name: 'mlops', description: 'MLOps pipeline owners (new group; OBS policy still to be added).', created: daysAgo(12) },
  { id: 'g-auditors', name: 'auditors', description: 'Read-only access for compliance reviews.', created: daysAgo(100) },
  { id: 'g-interns', name: 'interns', description: 'Interns: development on dedicated pools only.', created: daysAgo(45) },
  { id: 'g-vision-team', name: 'vision-team', description: 'Computer vision research (enterprise project "research").', created: daysAgo(90) },
  { id: 'g-analysts', name: 'analysts', description: 'Business analysts: OBS data and agency use, no ModelArts policy.', created: daysAgo(75) },
  { id: 'g-contractors', name: 'contractors', description: 'External contractors: no training jobs.', created: daysAgo(60) },
  { id: 'g-labeling-team', name: 'labeling-team', description: 'Data labeling team.', created: daysAgo(70) },
];

/** [name, groups (ids without "g-"), description, days ago] */
const IAM_USERS: ReadonlyArray<readonly [string, readonly string[], string, number]> = [
  ['sofia', ['admin'], 'Platform administrator', 380],
  ['ken', ['admin'], 'Security administrator', 300],
  ['maya', ['data-scientists'], 'Senior data scientist', 118],
  ['dana', ['data-scientists', 'contractors'], 'Data scientist (contractor, Nexa Consulting)', 58],
  ['wes', ['data-scientists'], 'Data scientist, NLP', 110],
  ['nora', ['data-scientists'], 'Data scientist (joined last week)', 6],
  ['priya', ['data-scientists'], 'Lead data scientist, NLP', 117],
  ['chen', ['data-scientists'], 'Data scientist, recommendation', 115],
  ['aisha', ['data-scientists'], 'Data scientist, forecasting', 96],
  ['tom', ['data-scientists'], 'Data scientist', 88],
  ['lucas', ['data-scientists'], 'Data scientist (on leave)', 84],
  ['ravi', ['ml-engineers'], 'ML platform lead', 119],
  ['elena', ['ml-engineers'], 'ML engineer', 114],
  ['jonas', ['ml-engineers'], 'ML engineer, serving', 101],
  ['mei', ['ml-engineers'], 'ML engineer, data pipelines', 99],
  ['kofi', ['ml-engineers'], 'ML engineer, GPU pools', 77],
  ['sam', ['ml-engineers'], 'ML engineer', 52],
  ['felix', ['ml-engineers', 'contractors'], 'ML engineer (contractor)', 40],
  ['omar', ['mlops'], 'MLOps engineer', 11],
  ['yuki', ['mlops'], 'MLOps engineer', 10],
  ['pablo', ['mlops'], 'MLOps engineer', 9],
  ['grace', ['auditors'], 'Internal audit', 98],
  ['henry', ['auditors'], 'Compliance officer', 97],
  ['ines', ['auditors'], 'External auditor (Q4 review)', 20],
  ['zoe', ['interns'], 'Intern, computer vision', 44],
  ['max', ['interns'], 'Intern, NLP', 44],
  ['lena', ['interns'], 'Intern, data engineering', 43],
  ['arjun', ['interns'], 'Intern, MLOps', 30],
  ['kai', ['vision-team'], 'Vision research lead', 89],
  ['nina', ['vision-team'], 'Research scientist, segmentation', 87],
  ['wei', ['vision-team'], 'Research engineer, detection', 86],
  ['liam', ['analysts'], 'Business analyst', 74],
  ['olivia', ['analysts'], 'Business analyst', 72],
  ['ben', ['analysts'], 'Analytics engineer (AK/SK automation)', 70],
  ['rosa', ['labeling-team'], 'Labeling coordinator', 69],
  ['ahmed', ['labeling-team'], 'Annotator', 65],
  ['pat', [], 'New hire: no group yet', 1],
];

/** Agencies: [id, name, description?, delegate?, days ago]. */
const AGENCIES: ReadonlyArray<readonly [string, string, number, string?, string?]> = [
  ['ag-maya', 'modelarts_agency_maya_3f9a', 117],
  ['ag-omar', 'modelarts_agency_omar_7c21', 10],
  ['ag-dana', 'modelarts_agency_dana_b04e', 57],
  ['ag-wes', 'modelarts_agency_wes_5d17', 109],
  ['ag-liam', 'modelarts_agency_liam_e9a2', 73],
  ['ag-ravi', 'modelarts_agency_ravi_8e1d', 118],
  ['ag-develop', 'ma_agency_develop_user', 44],
  ['ag-partner', 'partner_ops_agency', 50, 'Partner Co. operations team (cross-account access).', 'partnerco'],
];
const MODELARTS_AGENCY_DESCRIPTION = 'Created by ModelArts service.';

// ---------- helpers ----------
function findSystem(...names: string[]): SystemPolicy | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  return systemPolicies().find((p) => wanted.includes(p.name.toLowerCase()));
}

const projects = (...ids: string[]): Scope => ({ type: 'projects', ids });
const eps = (...ids: string[]): Scope => ({ type: 'enterpriseProjects', ids });
const GLOBAL: Scope = { type: 'global' };
const ALL: Scope = { type: 'all' };

/** The seed organisation, built fresh each call (callers own the result). */
export function buildSeed(): StoreState {
  const policies = new Map<string, PolicyRec>();
  for (const sys of systemPolicies()) policies.set(sys.id, systemPolicyRec(sys, daysAgo(900)));
  for (const c of CUSTOM_POLICIES) {
    policies.set(c.id, {
      id: c.id,
      name: c.name,
      type: 'custom',
      description: c.description,
      document: structuredClone(c.document),
      roleType: roleTypeOf(c.document),
      version: 1,
      createTime: c.created,
      updateTime: c.created,
    });
  }

  const groups = new Map<string, GroupRec>();
  for (const g of GROUPS) groups.set(g.id, { id: g.id, name: g.name, description: g.description, createTime: g.created });

  const users = new Map<string, UserRec>();
  users.set(ROOT_USER_ID, {
    id: ROOT_USER_ID,
    name: DOMAIN.name,
    type: 'iam',
    root: true,
    groups: ['g-admin'],
    description: 'Account (root user)',
    enabled: true,
    createTime: daysAgo(400),
  });
  for (const [name, gs, description, age] of IAM_USERS) {
    users.set(`u-${name}`, { id: `u-${name}`, name, type: 'iam', root: false, groups: gs.map((g) => `g-${g}`), description, enabled: true, createTime: daysAgo(age) });
  }
  users.set('u-fed-carol', { id: 'u-fed-carol', name: 'carol', type: 'federate', root: false, groups: [], description: 'Federated via corporate SSO (Partner Co.)', enabled: true, createTime: daysAgo(35) });
  users.set('u-fed-diego', { id: 'u-fed-diego', name: 'diego', type: 'federate', root: false, groups: [], description: 'Federated via corporate SSO', enabled: true, createTime: daysAgo(33) });

  const agencies = new Map<string, AgencyRec>();
  for (const [id, name, age, description, delegate] of AGENCIES) {
    agencies.set(id, {
      id,
      name,
      delegate: delegate ?? 'op_svc_modelarts',
      duration: 'FOREVER',
      description: description ?? MODELARTS_AGENCY_DESCRIPTION,
      createTime: daysAgo(age),
    });
  }

  const attachments = new Map<string, AttachmentRec>();
  let next = 1;
  const attach = (type: 'group' | 'agency', id: string, policyId: string | undefined, scope: Scope) => {
    if (!policyId) return;
    const raId = `ra-${next++}`;
    attachments.set(raId, { id: raId, principal: { type, id }, policyId, scope });
  };
  /** A system policy by name, or the custom fallback when the catalog does not hold it. */
  const sys = (fallback: string | undefined, ...names: string[]) => findSystem(...names)?.id ?? fallback;

  // Group grants: every scope type is used.
  attach('group', 'g-data-scientists', 'pol-ma-developer', projects(PROJECT_NORTH, PROJECT_EAST));
  attach('group', 'g-data-scientists', 'pol-obs-modelarts', GLOBAL);
  attach('group', 'g-data-scientists', 'pol-ma-agency-use', GLOBAL);

  attach('group', 'g-ml-engineers', sys('pol-ma-developer', 'ModelArts FullAccess'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('group', 'g-ml-engineers', sys('pol-obs-modelarts', 'OBS Administrator'), GLOBAL);
  attach('group', 'g-ml-engineers', 'pol-ma-agency-use', GLOBAL);
  attach('group', 'g-ml-engineers', 'pol-deny-billing', ALL);

  attach('group', 'g-mlops', 'pol-ma-developer', projects(PROJECT_NORTH));
  attach('group', 'g-mlops', 'pol-ma-agency-use', GLOBAL);
  attach('group', 'g-mlops', 'pol-workspace-admin', eps(EP_PRODUCTION));

  attach('group', 'g-auditors', 'pol-ma-readonly', ALL);
  attach('group', 'g-auditors', 'pol-iam-readonly', GLOBAL);
  attach('group', 'g-auditors', sys(undefined, 'OBS ReadOnlyAccess'), GLOBAL);

  attach('group', 'g-interns', 'pol-ma-developer', projects(PROJECT_NORTH));
  attach('group', 'g-interns', 'pol-deny-public-pool', projects(PROJECT_NORTH));
  attach('group', 'g-interns', 'pol-obs-modelarts', GLOBAL);
  attach('group', 'g-interns', 'pol-ma-agency-use', GLOBAL);

  attach('group', 'g-vision-team', sys('pol-ma-developer', 'ModelArts CommonOperations'), eps(EP_RESEARCH));
  attach('group', 'g-vision-team', 'pol-obs-modelarts', GLOBAL);
  attach('group', 'g-vision-team', 'pol-ma-agency-use', GLOBAL);

  attach('group', 'g-analysts', 'pol-obs-modelarts', GLOBAL);
  attach('group', 'g-analysts', 'pol-ma-agency-use', GLOBAL);

  attach('group', 'g-contractors', 'pol-deny-training', ALL);

  attach('group', 'g-labeling-team', 'pol-team-labeling', projects(PROJECT_NORTH));
  attach('group', 'g-labeling-team', 'pol-obs-modelarts', GLOBAL);

  // Agency grants.
  for (const id of ['ag-maya', 'ag-omar', 'ag-dana', 'ag-wes', 'ag-liam']) attach('agency', id, 'pol-agency-obs', GLOBAL);
  // "Common User" preset (docs/huawei-reference.md §2): CommonOperations, Tenant Administrator, OBS Administrator, ECS FullAccess, SWR Administrator.
  attach('agency', 'ag-ravi', sys('pol-ma-developer', 'ModelArts CommonOperations'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('agency', 'ag-ravi', sys(undefined, 'Tenant Administrator'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('agency', 'ag-ravi', sys('pol-agency-obs', 'OBS Administrator'), GLOBAL);
  attach('agency', 'ag-ravi', sys(undefined, 'ECS FullAccess'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('agency', 'ag-ravi', sys(undefined, 'SWR Administrator', 'SWR Admin'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('agency', 'ag-develop', sys('pol-agency-obs', 'OBS Administrator'), GLOBAL);
  attach('agency', 'ag-partner', 'pol-ma-readonly', projects(PROJECT_NORTH));

  // Authorizations (Global Configuration), region by region: per user, no all-users row.
  // cn-north-4 holds the showcase answers; cn-east-3 has its own, smaller set.
  const authorizations = new Map<string, AuthorizationRec>();
  const authorizeIn =
    (projectId: string) =>
    (userId: string, content: string, age: number, minutes: number, userType: AuthorizationRec['userType'] = 'iam', userName?: string) => {
      const name = userName ?? users.get(userId)?.name ?? null;
      authorizations.set(authorizationKey(projectId, userId), { projectId, userId, userName: name, userType, type: 'agency', content, createTime: daysAgo(age, minutes) });
    };
  const authorize = authorizeIn(PROJECT_NORTH);
  authorize('u-maya', 'modelarts_agency_maya_3f9a', 117, 14);
  authorize('u-omar', 'modelarts_agency_omar_7c21', 10, 92);
  authorize('u-dana', 'modelarts_agency_dana_b04e', 57, 31);
  authorize('u-wes', 'modelarts_agency_wes_5d17', 109, 7);
  authorize('u-liam', 'modelarts_agency_liam_e9a2', 73, 45);
  let m = 0;
  for (const name of ['ravi', 'elena', 'jonas', 'mei', 'kofi', 'sam', 'felix', 'priya', 'chen', 'aisha', 'tom', 'yuki', 'kai', 'nina', 'wei', 'rosa', 'ahmed']) {
    authorize(`u-${name}`, 'modelarts_agency_ravi_8e1d', 118 - (m % 60), 13 * m++);
  }
  for (const name of ['zoe', 'max', 'lena', 'arjun']) authorize(`u-${name}`, 'ma_agency_develop_user', 44 - m % 3, 17 * m++);
  authorize('u-fed-carol', 'modelarts_agency_ravi_8e1d', 34, 5, 'federate', 'carol');
  authorize('ag-partner', 'modelarts_agency_ravi_8e1d', 49, 12, 'grant', 'partner_ops_agency');
  authorizations.set(authorizationKey(PROJECT_NORTH, 'u-ben'), {
    projectId: PROJECT_NORTH,
    userId: 'u-ben',
    userName: 'ben',
    userType: 'iam',
    type: 'credential',
    content: 'HPUAL3QZ7NWX4KD9RBTM',
    secretKey: 'xY7kR2pQ9sT4vW8zA1bC3dE5fG6hJ0mN2qL4oP6r',
    createTime: daysAgo(69, 40),
  });
  // cn-east-3: the ML platform team and maya (GPU capacity there); nobody else is authorized in that region yet.
  const authorizeEast = authorizeIn(PROJECT_EAST);
  authorizeEast('u-maya', 'modelarts_agency_maya_3f9a', 52, 20);
  for (const [i, name] of ['ravi', 'elena', 'kofi', 'priya'].entries()) authorizeEast(`u-${name}`, 'modelarts_agency_ravi_8e1d', 96 - i * 7, 11 * i);

  const workspaces = new Map<string, WorkspaceRec>();
  const ws = (w: Omit<WorkspaceRec, 'status' | 'version' | 'quotas' | 'updateTime'> & { used: number[]; updated: number }) => {
    const { used, updated, ...rest } = w;
    workspaces.set(w.id, { ...rest, status: 'NORMAL', version: 1, updateTime: updated, quotas: defaultQuotas(updated, used) });
  };
  ws({ id: WS_DEFAULT, name: 'default', enterpriseProjectId: EP_DEFAULT, authType: 'PUBLIC', owner: ROOT_USER_ID, grants: [], description: 'Default workspace', createTime: daysAgo(400), updated: daysAgo(400), used: [7, 12, 8, 3, 21] });
  ws({
    id: WS_VISION_LAB,
    name: 'vision-lab',
    enterpriseProjectId: EP_RESEARCH,
    authType: 'INTERNAL',
    owner: 'u-kai',
    grants: [{ userId: 'u-nina' }, { userId: 'u-wei' }, { userId: 'u-maya' }],
    description: 'Computer vision research: detection and segmentation models.',
    createTime: daysAgo(88),
    updated: daysAgo(15),
    used: [4, 9, 16, 2, 11],
  });
  ws({ id: WS_LLM_FINETUNE, name: 'llm-finetune', enterpriseProjectId: EP_PRODUCTION, authType: 'PRIVATE', owner: 'u-ravi', grants: [], description: 'Fine-tuning of large language models (restricted).', createTime: daysAgo(64), updated: daysAgo(3), used: [1, 6, 64, 1, 3] });
  ws({ id: WS_NLP_SANDBOX, name: 'nlp-sandbox', enterpriseProjectId: EP_RESEARCH, authType: 'PUBLIC', owner: 'u-priya', grants: [], description: 'Shared sandbox for NLP experiments.', createTime: daysAgo(80), updated: daysAgo(22), used: [5, 3, 0, 1, 8] });

  return {
    domain: { ...DOMAIN },
    authMode: 'strict',
    workspaceEnabled: true,
    projects: [
      { id: PROJECT_NORTH, name: 'cn-north-4', description: 'CN North-Beijing4' },
      { id: PROJECT_EAST, name: 'cn-east-3', description: 'CN East-Shanghai1' },
    ],
    enterpriseProjects: [
      { id: EP_DEFAULT, name: 'default', description: 'Default enterprise project', status: 1, type: 'prod' },
      { id: EP_RESEARCH, name: 'research', description: 'Research and experimentation', status: 1, type: 'poc' },
      { id: EP_PRODUCTION, name: 'production', description: 'Production workloads', status: 1, type: 'prod' },
    ],
    users,
    groups,
    policies,
    attachments,
    agencies,
    authorizations,
    workspaces,
    nextAttachment: next,
  };
}

// ---------- the large organisation ----------
export const LARGE_SIZES = { users: 10_000, groups: 1_000, authorizations: 5_000 } as const;

const FIRST = ['alex', 'bea', 'carl', 'dina', 'emil', 'fang', 'gita', 'hugo', 'ida', 'jin', 'kira', 'lars', 'mona', 'nils', 'owen', 'pia', 'quin', 'rui', 'sara', 'timo', 'uma', 'vik', 'wen', 'xia', 'yara', 'zhen'];
const LAST = ['berg', 'chen', 'diaz', 'eriksen', 'fischer', 'garcia', 'haddad', 'ito', 'jensen', 'kim', 'lopez', 'meyer', 'novak', 'okafor', 'park', 'rossi', 'silva', 'tanaka', 'wang', 'zhou'];
const DEPTS = ['vision', 'nlp', 'speech', 'recsys', 'fraud', 'forecast', 'search', 'ads', 'robotics', 'health'];
const ROLES = ['dev', 'train', 'serve', 'data', 'ops', 'review'];

/**
 * The seed organisation grown to 10,000 users, 1,000 groups and 5,000 authorizations
 * (showcase users included), generated with a seeded PRNG: same output every call.
 */
export function buildLargeSeed(): StoreState {
  const s = buildSeed();
  const rand = prng(20251103);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const policyIds = [...s.policies.values()].filter((p) => p.type === 'custom' && !p.id.startsWith('pol-deny')).map((p) => p.id);
  const projectIds = s.projects.map((p) => p.id);
  const epIds = s.enterpriseProjects.map((e) => e.id);
  const scopes: Array<() => Scope> = [() => ALL, () => GLOBAL, () => projects(pick(projectIds)), () => eps(pick(epIds))];

  const newGroups: string[] = [];
  for (let i = s.groups.size + 1; i <= LARGE_SIZES.groups; i++) {
    const id = `g-l${String(i).padStart(4, '0')}`;
    const name = `${pick(DEPTS)}-${pick(ROLES)}-${String(i).padStart(4, '0')}`;
    s.groups.set(id, { id, name, description: `Generated team ${i}`, createTime: daysAgo(Math.floor(rand() * 300)) });
    newGroups.push(id);
    const raId = `ra-${s.nextAttachment++}`;
    s.attachments.set(raId, { id: raId, principal: { type: 'group', id }, policyId: pick(policyIds), scope: pick(scopes)() });
  }

  const newUsers: string[] = [];
  for (let i = s.users.size + 1; i <= LARGE_SIZES.users; i++) {
    const id = `u-l${String(i).padStart(5, '0')}`;
    const name = `${pick(FIRST)}.${pick(LAST)}${i}`;
    const gs = [pick(newGroups)];
    if (rand() < 0.3) gs.push(pick(newGroups));
    s.users.set(id, { id, name, type: 'iam', root: false, groups: [...new Set(gs)], description: '', enabled: true, createTime: daysAgo(Math.floor(rand() * 365)) });
    newUsers.push(id);
  }

  const agencyNames: string[] = [];
  for (let i = 1; i <= 200; i++) {
    const owner = s.users.get(pick(newUsers))!;
    const id = `ag-l${String(i).padStart(3, '0')}`;
    let name = '';
    do name = `modelarts_agency_${owner.name.replace(/[^A-Za-z0-9_+=,.@-]/g, '_').slice(0, 40)}_${prngHex(rand, 4)}`;
    while (agencyNames.includes(name));
    s.agencies.set(id, { id, name, delegate: 'op_svc_modelarts', duration: 'FOREVER', description: MODELARTS_AGENCY_DESCRIPTION, createTime: daysAgo(Math.floor(rand() * 200)) });
    agencyNames.push(name);
    const raId = `ra-${s.nextAttachment++}`;
    s.attachments.set(raId, { id: raId, principal: { type: 'agency', id }, policyId: 'pol-agency-obs', scope: GLOBAL });
  }

  // 5,000 authorizations in all: the new ones in cn-north-4 (the showcase region); cn-east-3 keeps its small set.
  for (let i = 0; s.authorizations.size < LARGE_SIZES.authorizations; i++) {
    const userId = newUsers[i]!;
    s.authorizations.set(authorizationKey(PROJECT_NORTH, userId), {
      projectId: PROJECT_NORTH,
      userId,
      userName: s.users.get(userId)!.name,
      userType: 'iam',
      type: 'agency',
      content: pick(agencyNames),
      createTime: daysAgo(Math.floor(rand() * 200), Math.floor(rand() * 1440)),
    });
  }
  return s;
}

/** Aliases: the seed organisation and the large one. */
export const seed = buildSeed;
export const seedLarge = buildLargeSeed;
