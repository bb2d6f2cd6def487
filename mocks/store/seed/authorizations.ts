/** Authorizations (Global Configuration) of the seed, region by region. */
import { authorizationKey, type AuthorizationRec, type UserRec } from '../types';
import { daysAgo, PROJECT_EAST, PROJECT_NORTH } from './constants';

export function seedAuthorizations(users: ReadonlyMap<string, UserRec>): Map<string, AuthorizationRec> {
  // Per user, no all-users row.
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
  return authorizations;
}
