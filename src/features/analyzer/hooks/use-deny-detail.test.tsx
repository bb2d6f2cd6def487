/** The Deny behind an explicit-Deny scenario cell: named as checkScenario names it (the seed: dana and contractors' Deny Training Jobs). */
import { renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkScenario, type Snapshot } from '@/iam';
import { TestProviders } from '@/testing/render';
import { loadSeedSnapshot, PROJECT } from '../testing/seed-org';
import { useDenyDetail } from './use-deny-detail';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await loadSeedSnapshot();
});

describe('useDenyDetail', () => {
  it("names the first permission a Deny refuses, its statement, and how many more; nothing where no Deny refuses", () => {
    const id = (name: string) => snapshot.users.find((u) => u.name === name)!.id;
    const job = { kind: 'scenarios' as const, users: [id('dana'), id('maya'), id('liam')], columns: ['training-management'], projectId: PROJECT, workspaceId: '0' };
    const { result } = renderHook(() => useDenyDetail(snapshot, job), { wrapper: TestProviders });
    const denies = checkScenario(snapshot, { user: 'dana', scenario: 'training-management', projectId: PROJECT, workspaceId: '0' }).user.denies ?? {};
    const [first, ...rest] = Object.keys(denies);
    expect(rest.length).toBeGreaterThan(0);
    expect(result.current?.(0, 0)).toBe(`explicit Deny: Deny Training Jobs · statement 1 denies ${first} and ${rest.length} more user permissions`);
    expect(result.current?.(1, 0)).toBeUndefined();
    expect(result.current?.(2, 0)).toBeUndefined();
  });

  it('asks nothing of action columns', () => {
    const { result } = renderHook(() => useDenyDetail(snapshot, { kind: 'actions', users: [], columns: [], projectId: PROJECT, workspaceId: '0' }), { wrapper: TestProviders });
    expect(result.current).toBeUndefined();
  });
});
