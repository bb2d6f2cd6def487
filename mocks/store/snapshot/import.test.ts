/** Regressions of issue 12 items 3 and 4: an import validates everything the API would, all or nothing. */
import { describe, expect, it } from 'vitest';
import type { SnapshotDocument } from '@/api/contracts/snapshot';
import { evaluateAccess } from '@/iam';
import { systemPolicies } from '../../engine';
import { buildSeed } from '../seed';
import { MockStore } from '../store';
import { stateToSnapshot } from './export';
import { snapshotToState } from './import';

const seedDoc = () => structuredClone(stateToSnapshot(buildSeed())) as unknown as SnapshotDocument;
const problemOf = (doc: unknown) => {
  const r = snapshotToState(doc, null, 0);
  return r.ok ? null : r.problem;
};

describe('import rules', () => {
  it('a project named "constructor" or "__proto__" gets its own name, not an Object member', () => {
    const doc = seedDoc();
    doc.projects.push({ id: 'p-c', name: 'constructor' }, { id: 'p-p', name: '__proto__' }, { id: 'p-t', name: 'toString' });
    const r = snapshotToState(doc, null, 0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.projects.slice(-3).map((p) => p.description)).toEqual(['constructor', '__proto__', 'toString']);
    expect(() => structuredClone(r.state)).not.toThrow(); // what IndexedDB does: a function here was a DataCloneError
  });

  it('needs exactly one root user, an IAM user', () => {
    const none = seedDoc();
    for (const u of none.users) delete u.root;
    expect(problemOf(none)?.path).toBe('$.users');
    const two = seedDoc();
    two.users[3]!.root = true;
    expect(problemOf(two)?.path).toMatch(/^\$\.users\[\d+\]\.root$/);
  });

  it('refuses a custom policy with error findings (and so never enforces it)', () => {
    const doc = seedDoc();
    const i = doc.policies.findIndex((p) => p.type === 'custom');
    doc.policies[i]!.document = { Version: '1.0', Statement: [{ Effect: 'Allow', Action: ['*:*:*'] }] };
    const p = problemOf(doc);
    expect(p?.path).toMatch(new RegExp(`^\\$\\.policies\\[${i}\\]\\.document`));
  });

  it('accepts system policies the catalog does not know as Huawei writes them: services of both kinds, and 1.0 roles (RBAC)', () => {
    const doc = seedDoc();
    const group = doc.groups[0]!;
    doc.policies.push(
      { id: 's-mixed', name: 'Real mixed system policy', type: 'system', description: '', document: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['obs:bucket:ListAllMyBuckets', 'ecs:servers:list'] }] } },
      { id: 's-role10', name: 'Real 1.0 role', type: 'system', description: '', document: { Version: '1.0', Statement: [{ Action: ['modelarts:trainJob:*'], Effect: 'Allow' }] } },
    );
    doc.attachments.push({ principal: { type: 'group', id: group.id }, policyId: 's-role10', scope: { type: 'all' } });
    const r = snapshotToState(doc, null, 0);
    expect(r.ok, JSON.stringify(r.ok ? '' : r.problem)).toBe(true);
    // The same mixed document as a custom policy is still refused (one kind of service per custom policy).
    const custom = seedDoc();
    custom.policies.push({ id: 'c-mixed', name: 'Custom mixed', type: 'custom', description: '', document: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['obs:bucket:ListAllMyBuckets', 'ecs:servers:list'] }] } });
    expect(problemOf(custom)?.message).toContain('cannot mix');
  });

  it('refuses a custom policy reusing a system id, names equal but for case, duplicate group names', () => {
    const sysId = systemPolicies()[0]!.id;
    const reuse = seedDoc();
    reuse.attachments = reuse.attachments.filter((a) => a.policyId !== sysId);
    reuse.policies = reuse.policies.filter((p) => p.id !== sysId);
    reuse.policies.push({ id: sysId, name: 'Mine', type: 'custom', document: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['obs:bucket:ListAllMyBuckets'] }] } });
    expect(problemOf(reuse)?.message).toContain('system policy');
    const caseDup = seedDoc();
    const custom = caseDup.policies.find((p) => p.type === 'custom')!;
    caseDup.policies.push({ ...structuredClone(custom), id: 'pol-copy', name: custom.name.toUpperCase() });
    expect(problemOf(caseDup)?.path).toBe(`$.policies[${caseDup.policies.length - 1}].name`);
    const groupDup = seedDoc();
    groupDup.groups.push({ id: 'g-x', name: groupDup.groups[0]!.name });
    expect(problemOf(groupDup)?.path).toBe(`$.groups[${groupDup.groups.length - 1}].name`);
  });

  it('refuses group names with control characters and agency durations without a date', () => {
    const group = seedDoc();
    group.groups[1]!.name = 'a\r\nb';
    expect(problemOf(group)?.path).toBe('$.groups[1].name');
    const agency = seedDoc();
    agency.agencies[0]!.duration = '99999999999';
    expect(problemOf(agency)?.path).toBe('$.agencies[0].duration');
  });

  it('a catalog system policy keeps the catalog document whatever the file says', () => {
    const doc = seedDoc();
    const sys = doc.policies.find((p) => p.type === 'system')!;
    sys.document = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['*:*:*'] }] };
    const r = snapshotToState(doc, null, 0);
    expect(r.ok && r.state.policies.get(sys.id)?.document).toEqual(systemPolicies().find((p) => p.id === sys.id)!.document);
  });

  it('is all or nothing: a refused import leaves the store as it was', () => {
    const store = new MockStore();
    const before = store.exportSnapshot();
    const doc = seedDoc();
    doc.authMode = 'loose';
    for (const u of doc.users) delete u.root;
    expect(store.importSnapshot(doc).ok).toBe(false);
    expect(store.exportSnapshot()).toEqual(before);
  });

  it('an imported group cannot let its members delete users with an invalid document', () => {
    const doc = seedDoc();
    doc.policies.push({ id: 'pol-evil', name: 'evil', type: 'custom', document: { Version: '1.0', Statement: [{ Effect: 'Allow', Action: ['*:*:*'] }] } });
    doc.attachments.push({ principal: { type: 'group', id: 'g-analysts' }, policyId: 'pol-evil', scope: { type: 'all' } });
    const store = new MockStore();
    expect(store.importSnapshot(doc).ok).toBe(false);
    expect(evaluateAccess(store.toEngineSnapshot(), { user: 'u-liam', action: 'iam:users:deleteUser' }).decision).not.toBe('allow');
  });
});
