/** The snapshot read through the regular APIs gives the showcase users their documented verdicts (docs/api.md). */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkScenario, evaluateAccess, type Snapshot } from '@/iam';
import { loadSeedSnapshot, PROJECT, VISION_LAB } from './seed-org';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await loadSeedSnapshot();
});
const training = (user: string, workspaceId = '0') => checkScenario(snapshot, { user, scenario: 'training-management', projectId: PROJECT, workspaceId });

describe('getOrgSnapshot (seed organisation)', () => {
  it('holds users with their groups, policies, attachments, agencies, authorizations and workspaces', () => {
    expect(snapshot.users.find((u) => u.name === 'omar')?.groups).toHaveLength(1);
    expect(snapshot.users.find((u) => u.name === 'acme')?.root).toBe(true);
    expect(snapshot.attachments.length).toBeGreaterThan(0);
    expect(snapshot.authorizations.some((a) => a.userName === 'maya')).toBe(true);
    expect(snapshot.workspaces.map((w) => w.id)).toContain(VISION_LAB);
    expect(snapshot.authMode).toBe('strict');
  });

  it('maya is ready; omar misses only OBS permissions', () => {
    expect(training('maya').ready).toBe(true);
    const omar = training('omar');
    expect(omar.ready).toBe(false);
    expect(omar.user.missing.length).toBeGreaterThan(0);
    expect(omar.user.missing.every((a) => a.startsWith('obs:'))).toBe(true);
    expect(omar.fix.userPolicies).toEqual([expect.objectContaining({ kind: 'global' })]);
  });

  it('dana is blocked by a Deny; wes by vision-lab only; nora has no agency', () => {
    const r = evaluateAccess(snapshot, { user: 'dana', action: 'modelarts:trainJob:create', projectId: PROJECT, workspaceId: '0' });
    expect(r).toMatchObject({ decision: 'explicit_deny', reason: 'denied_by_policy' });
    expect(training('wes', VISION_LAB).blockers).toEqual(['workspace_not_authorized']);
    expect(training('wes').ready).toBe(true);
    expect(training('nora').blockers).toContain('no_agency');
  });

  it('liam is denied in strict mode and allowed in non-strict mode', () => {
    const req = { user: 'liam', action: 'modelarts:notebook:list', projectId: PROJECT, workspaceId: '0' };
    expect(evaluateAccess(snapshot, req).decision).toBe('implicit_deny');
    expect(evaluateAccess(snapshot, { ...req, authMode: 'loose' }).decision).toBe('allow');
  });
});
