// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTIONS, SYSTEM_POLICIES, type PolicyDocument } from '@/iam';
import { summarisePolicy, type ServiceSummary } from './summary';
import { findTemplate } from './templates';

const byId = (list: ServiceSummary[], id: string) => list.find((s) => s.service === id)!;
const level = (s: ServiceSummary, name: string) => s.levels.find((l) => l.level === name)!;
const countOf = (service: string, lvl: string) => ACTIONS.filter((a) => a.service === service && a.level === lvl).length;

describe('summarisePolicy', () => {
  it('grades the notebook-only template per access level', () => {
    const [ma, ...rest] = summarisePolicy(findTemplate('notebook-only-user')!.document);
    expect(rest).toEqual([]);
    expect(ma).toMatchObject({ service: 'modelarts', name: 'ModelArts', kind: 'project', access: 'Limited', conditional: false });
    expect(level(ma!, 'List')).toMatchObject({ allowed: 1, access: 'Limited', total: countOf('modelarts', 'List') });
    expect(level(ma!, 'Write').allowedActions).toContain('modelarts:notebook:create');
    expect(level(ma!, 'Permission management').access).toBe('None');
  });

  it('shows Full for svc:*:* and reports Deny apart (seed 003 example 2)', () => {
    const list = summarisePolicy(findTemplate('deny-dedicated-pool-changes')!.document);
    expect(list.map((s) => s.service)).toEqual(['modelarts', 'swr', 'smn']);
    const ma = byId(list, 'modelarts');
    expect(ma.deny).toMatchObject({ count: 3, conditional: false });
    expect(ma.deny.actions).toEqual(['modelarts:pool:create', 'modelarts:pool:update', 'modelarts:pool:delete']);
    // the three denied Write actions are not counted as allowed
    expect(level(ma, 'Write').allowed).toBe(countOf('modelarts', 'Write') - 3);
    expect(level(ma, 'Write').access).toBe('Limited');
    expect(level(ma, 'List').access).toBe('Full');
    expect(byId(list, 'swr').access).toBe('Full');
  });

  it('marks conditional grants with the condition text, and resources', () => {
    const doc: PolicyDocument = {
      Version: '1.1',
      Statement: [
        { Effect: 'Allow', Action: ['obs:object:Get*'], Resource: ['obs:*:*:object:data/*'] },
        { Effect: 'Allow', Action: ['obs:bucket:ListAllMyBuckets'] },
        { Effect: 'Allow', Action: ['obs:bucket:ListBucket'], Condition: { StringStartWith: { 'obs:prefix': ['data/'] } } },
        { Effect: 'Deny', Action: ['obs:object:GetObjectAcl'], Condition: { Bool: { 'g:MFAPresent': ['false'] } } },
      ],
    };
    const obs = byId(summarisePolicy(doc), 'obs');
    expect(obs.kind).toBe('global');
    expect(obs.conditional).toBe(true);
    expect(obs.resources).toEqual(['obs:*:*:object:data/*']);
    expect(obs.conditions).toEqual(['obs:prefix StringStartWith "data/"']);
    const list = level(obs, 'List');
    expect(list.conditionalActions).toEqual(['obs:bucket:ListBucket']);
    expect(list.conditions).toEqual(['obs:prefix StringStartWith "data/"']);
    expect(level(obs, 'Read').conditional).toBe(level(obs, 'Read').allowed);
    // A conditional Deny does not lower what is allowed; it is reported as conditional.
    expect(level(obs, 'Read').allowedActions).toContain('obs:object:GetObjectAcl');
    expect(obs.deny).toMatchObject({ count: 1, conditional: true, conditions: ['g:MFAPresent Bool "false"'] });
  });

  it('notes unknown services, unknown actions and patterns that match nothing', () => {
    const list = summarisePolicy({
      Version: '1.1',
      Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:frobnicate', 'modelarts:zzz:*', 'foo:bar:baz', '*:*:Nothing', 'kms:*:*'] }],
    });
    expect(byId(list, 'modelarts')).toMatchObject({ unknownActions: ['modelarts:notebook:frobnicate'], unmatchedPatterns: ['modelarts:zzz:*'], access: 'None' });
    expect(byId(list, 'kms')).toMatchObject({ known: true, catalogued: false, unmatchedPatterns: ['kms:*:*'] });
    expect(byId(list, 'foo')).toMatchObject({ known: false, unknownActions: ['foo:bar:baz'] });
    expect(byId(list, '*')).toMatchObject({ name: 'All services (*)', unmatchedPatterns: ['*:*:Nothing'] });
    expect(list.map((s) => s.service)).toEqual(['modelarts', 'kms', 'foo', '*']);
  });

  it('lists every catalogued service for *:*:* (Tenant Administrator-like)', () => {
    const list = summarisePolicy({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['*:*:*'] }] });
    expect(list.length).toBe(new Set(ACTIONS.map((a) => a.service)).size);
    expect(list.every((s) => s.access === 'Full')).toBe(true);
  });

  it('summarises every system policy without throwing', () => {
    for (const p of SYSTEM_POLICIES) expect(Array.isArray(summarisePolicy(p.document))).toBe(true);
  });

  it('summarises a policy at the 6,144-character limit', () => {
    const names = ACTIONS.map((a) => a.action);
    const actions: string[] = [];
    const doc: PolicyDocument = {
      Version: '1.1',
      Statement: [
        { Effect: 'Allow', Action: actions, Condition: { StringNotEquals: { 'g:UserName': ['guest'] } } },
        { Effect: 'Allow', Action: ['modelarts:*:*', 'obs:object:*'] },
        { Effect: 'Deny', Action: ['modelarts:*:*delete*'] },
      ],
    };
    for (const n of names) {
      actions.push(n);
      if (JSON.stringify(doc).length > 6144) {
        actions.pop();
        break;
      }
    }
    expect(JSON.stringify(doc).length).toBeGreaterThan(6000);
    const summary = summarisePolicy(doc);
    expect(summary.find((s) => s.service === 'modelarts')).toBeDefined();
    expect(summary.find((s) => s.service === 'obs')).toBeDefined();
  });
});
