import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '@/api/contracts/snapshot';
import { checkScenario, evaluateAccess } from '@/iam';
import type { Snapshot } from '@/iam/model';
import { systemPolicies } from '../engine';
import { buildLargeSeed, buildSeed, LARGE_SIZES, PROJECT_NORTH, WS_DEFAULT, WS_VISION_LAB } from './seed';
import { stateToSnapshot } from './snapshot/export';

const snapshot: Snapshot = stateToSnapshot(buildSeed());
const training = (user: string, extra: { workspaceId?: string; authMode?: 'strict' | 'loose' } = {}) =>
  checkScenario(snapshot, { user, scenario: 'training-management', projectId: PROJECT_NORTH, workspaceId: WS_DEFAULT, ...extra });
const access = (user: string, action: string, workspaceId = WS_DEFAULT) => evaluateAccess(snapshot, { user, action, projectId: PROJECT_NORTH, workspaceId });

describe('the seed organisation', () => {
  it('is a valid snapshot with the documented sizes', () => {
    const checked = checkSnapshot(snapshot);
    expect(checked.ok).toBe(true);
    const iamUsers = snapshot.users.filter((u) => u.type === 'iam' && !u.root);
    expect(iamUsers.length).toBeGreaterThanOrEqual(30);
    expect(snapshot.users.filter((u) => u.type === 'federate')).toHaveLength(2);
    expect(snapshot.enterpriseProjects).toHaveLength(3);
    expect(snapshot.projects.map((p) => p.id)).toEqual(['p-cn-north-4', 'p-cn-east-3']);
    expect(new Set(snapshot.workspaces.map((w) => w.authType))).toEqual(new Set(['PUBLIC', 'PRIVATE', 'INTERNAL']));
    expect(snapshot.workspaces).toHaveLength(4);
    for (const w of snapshot.workspaces.filter((x) => x.id !== '0')) expect(w.id).toMatch(/^[0-9a-f]{32}$/);
    expect(snapshot.authMode).toBe('strict');
    expect(snapshot.authorizations.some((a) => a.userType === 'all-users')).toBe(false);
    expect(new Set(snapshot.attachments.map((a) => a.scope.type))).toEqual(new Set(['all', 'global', 'projects', 'enterpriseProjects']));
    expect(new Set(snapshot.policies.map((p) => p.type))).toEqual(new Set(['system', 'custom']));
    for (const a of snapshot.agencies.filter((x) => x.name.startsWith('modelarts_agency_'))) {
      expect(a.name).toMatch(/^modelarts_agency_[a-z]+_[0-9a-f]{4}$/);
      expect(a.delegate).toBe('op_svc_modelarts');
      expect(a.description).toBe('Created by ModelArts service.');
    }
  });

  it('attaches system policies from the engine catalog (ids sys-…)', () => {
    const ids = new Set(systemPolicies().map((p) => p.id));
    const attached = snapshot.attachments.map((a) => a.policyId).filter((id) => ids.has(id));
    for (const id of ['sys-modelarts-fullaccess', 'sys-modelarts-commonoperations', 'sys-obs-administrator', 'sys-tenant-administrator', 'sys-ecs-fullaccess', 'sys-swr-administrator']) {
      expect(attached).toContain(id);
    }
  });

  it('is deterministic', () => {
    expect(stateToSnapshot(buildSeed())).toEqual(snapshot);
  });
});

describe('showcase users, scenario training-management (cn-north-4, default workspace)', () => {
  it('maya is ready', () => {
    const r = training('maya');
    expect(r.user.missing).toEqual([]);
    expect(r.agency.missing).toEqual([]);
    expect(r.blockers).toEqual([]);
    expect(r.ready).toBe(true);
  });

  it('omar misses OBS permissions only', () => {
    const r = training('omar');
    expect(r.ready).toBe(false);
    expect(r.blockers).toEqual([]);
    expect(r.agency.missing).toEqual([]);
    expect(r.user.missing.length).toBeGreaterThan(0);
    expect(r.user.missing.every((a) => a.toLowerCase().startsWith('obs:'))).toBe(true);
    expect(r.user.missing.map((a) => a.toLowerCase())).toContain('obs:object:getobject');
  });

  it('dana is blocked by a Deny policy', () => {
    const r = training('dana');
    expect(r.ready).toBe(false);
    expect(r.blockers).toEqual([]);
    expect(r.user.missing.map((a) => a.toLowerCase())).toContain('modelarts:trainjob:create');
    const a = access('dana', 'modelarts:trainJob:create');
    expect(a.decision).toBe('explicit_deny');
    expect(a.reason).toBe('denied_by_policy');
  });

  it('wes is blocked by the Internal workspace vision-lab, ready in the default workspace', () => {
    const inLab = training('wes', { workspaceId: WS_VISION_LAB });
    expect(inLab.ready).toBe(false);
    expect(inLab.blockers).toEqual(['workspace_not_authorized']);
    expect(inLab.user.missing).toEqual([]);
    expect(snapshot.workspaces.find((w) => w.id === WS_VISION_LAB)).toMatchObject({ name: 'vision-lab', authType: 'INTERNAL' });
    const a = access('wes', 'modelarts:trainJob:create', WS_VISION_LAB);
    expect(a.decision).toBe('implicit_deny');
    expect(a.reason).toBe('workspace_not_authorized');
    expect(training('wes').ready).toBe(true);
  });

  it('nora has no agency', () => {
    const r = training('nora');
    expect(r.ready).toBe(false);
    expect(r.blockers).toEqual(['no_agency']);
    expect(r.user.missing).toEqual([]);
    expect(r.agency.name).toBeNull();
    const a = access('nora', 'modelarts:trainJob:create');
    expect(a).toMatchObject({ decision: 'implicit_deny', reason: 'no_agency', blockedBy: 'agency' });
  });

  it('liam has no ModelArts policy: denied in strict mode, ready in non-strict mode', () => {
    const strict = training('liam');
    expect(strict.ready).toBe(false);
    expect(strict.blockers).toEqual([]);
    expect(strict.agency.missing).toEqual([]);
    expect(strict.user.missing.length).toBeGreaterThan(0);
    expect(strict.user.missing.every((a) => a.toLowerCase().startsWith('modelarts:'))).toBe(true);
    expect(access('liam', 'modelarts:trainJob:create')).toMatchObject({ decision: 'implicit_deny', reason: 'no_matching_allow' });

    expect(training('liam', { authMode: 'loose' }).ready).toBe(true);
    const loose = { ...snapshot, authMode: 'loose' as const };
    expect(checkScenario(loose, { user: 'liam', scenario: 'training-management', projectId: PROJECT_NORTH }).ready).toBe(true);
    expect(evaluateAccess(loose, { user: 'liam', action: 'modelarts:trainJob:create', projectId: PROJECT_NORTH })).toMatchObject({ decision: 'allow', reason: 'loose_mode' });
  });
});

describe('the large organisation', () => {
  it('has 10,000 users, 1,000 groups and 5,000 authorizations, fast and deterministically', () => {
    const large = buildLargeSeed();
    expect(large.users.size).toBe(LARGE_SIZES.users);
    expect(large.groups.size).toBe(LARGE_SIZES.groups);
    expect(large.authorizations.size).toBe(LARGE_SIZES.authorizations);
    const snap = stateToSnapshot(large);
    expect(checkSnapshot(snap).ok).toBe(true);
    expect(stateToSnapshot(buildLargeSeed())).toEqual(snap);
    // The showcase survives in the large organisation.
    expect(checkScenario(snap, { user: 'maya', scenario: 'training-management', projectId: PROJECT_NORTH }).ready).toBe(true);
  });
});
