/** The large organisation: the seed grown with a seeded PRNG (benchmarks and the 10,000-user demo). */
import type { Scope } from '@/iam/model';
import { prng, prngHex } from '../ids';
import { authorizationKey, type StoreState } from '../types';
import { ALL, daysAgo, eps, GLOBAL, MODELARTS_AGENCY_DESCRIPTION, PROJECT_NORTH, projects } from './constants';
import { buildSeed } from './organisation';

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
