// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validatePolicy, type PolicyDocument } from '@/iam';
import { documentToVisual, INVALID_CONDITION_OPERATOR, visualToDocument, type NoteCode } from './from-document';
import { createIdSource, type VisualPolicy } from './visual-model';

const doc = (value: unknown) => value as PolicyDocument;
const codes = (notes: Array<{ code: NoteCode }>) => notes.map((n) => n.code);

describe('documentToVisual', () => {
  it('makes one block per statement with catalog actions and patterns apart', () => {
    const { visual, notes } = documentToVisual(
      doc({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:list', 'modelarts:notebook:*'] }] }),
    );
    expect(notes).toEqual([]);
    expect(visual.blocks).toEqual([
      {
        id: 'block-1',
        service: 'modelarts',
        effect: 'Allow',
        actions: ['modelarts:notebook:list'],
        patterns: ['modelarts:notebook:*'],
        resources: [],
        conditions: [],
      },
    ]);
  });

  it('splits a statement that names several services, and says so naming the statement', () => {
    const { visual, notes } = documentToVisual(
      doc({
        Version: '1.1',
        Statement: [
          { Effect: 'Allow', Action: ['modelarts:notebook:list'] },
          {
            Effect: 'Allow',
            Action: ['modelarts:notebook:get', 'obs:object:GetObject', 'modelarts:notebook:create'],
            Condition: { StringEquals: { 'g:UserName': ['alice'] } },
          },
        ],
      }),
    );
    expect(visual.blocks.map((b) => [b.service, b.actions])).toEqual([
      ['modelarts', ['modelarts:notebook:list']],
      ['modelarts', ['modelarts:notebook:get', 'modelarts:notebook:create']],
      ['obs', ['obs:object:GetObject']],
    ]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'statement_split', statementIndex: 1 });
    expect(notes[0]!.message).toContain('Statement 2');
    expect(notes[0]!.message).toContain('modelarts, obs');
    // Both blocks keep the condition, each row with its own id.
    const [, b2, b3] = visual.blocks;
    expect(b2!.conditions[0]!.key).toBe('g:UserName');
    expect(b3!.conditions[0]!.key).toBe('g:UserName');
    expect(b2!.conditions[0]!.id).not.toBe(b3!.conditions[0]!.id);
  });

  it('keeps wildcard-service patterns in a block for service * with a note', () => {
    const { visual, notes } = documentToVisual(doc({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['*:*:*'] }] }));
    expect(visual.blocks[0]).toMatchObject({ service: '*', actions: [], patterns: ['*:*:*'] });
    expect(codes(notes)).toEqual(['wildcard_service']);
  });

  it('normalises Effect case, action spelling and duplicates, with notes', () => {
    const { visual, notes } = documentToVisual(
      doc({
        Version: '1.1',
        Statement: [{ Effect: 'allow', Action: ['obs:bucket:ListAllMybuckets', 'obs:bucket:ListAllMyBuckets', 'obs:object:Get*'] }],
      }),
    );
    expect(visual.blocks[0]).toMatchObject({ effect: 'Allow', actions: ['obs:bucket:ListAllMyBuckets'], patterns: ['obs:object:Get*'] });
    expect(codes(notes)).toEqual(['effect_case', 'action_spelling', 'action_duplicate']);
    expect(notes[1]!.message).toContain('"obs:bucket:ListAllMybuckets" → "obs:bucket:ListAllMyBuckets"');
  });

  it('writes the service part of patterns in lower case', () => {
    const { visual, notes } = documentToVisual(doc({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['OBS:object:Get*'] }] }));
    expect(visual.blocks[0]).toMatchObject({ service: 'obs', patterns: ['obs:object:Get*'] });
    expect(notes[0]!.message).toContain('"OBS:object:Get*" → "obs:object:Get*"');
  });

  it('keeps actions that are not in the catalog as patterns', () => {
    const { visual } = documentToVisual(doc({ Version: '1.1', Statement: [{ Effect: 'Deny', Action: 'modelarts:notebook:frobnicate' }] }));
    expect(visual.blocks[0]).toMatchObject({ effect: 'Deny', actions: [], patterns: ['modelarts:notebook:frobnicate'] });
  });

  it('drops unknown keys (Sid) with a note and a hint for wrong case', () => {
    const { visual, notes } = documentToVisual(
      doc({ Version: '1.1', Extra: true, Statement: [{ Sid: 'x', Effect: 'Allow', Action: ['lts:logs:list'], resource: ['a'] }] }),
    );
    expect(visual.blocks).toHaveLength(1);
    expect(codes(notes)).toEqual(['document_key_dropped', 'statement_key_dropped', 'statement_key_dropped']);
    expect(notes[2]!.message).toContain('did you mean "Resource"');
  });

  it('flattens conditions into one row per operator × key with canonical spelling', () => {
    const { visual, notes } = documentToVisual(
      doc({
        Version: '1.1',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['modelarts:notebook:*'],
            Condition: {
              'foranyvalue:stringequalsifexists': { 'g:tagkeys': ['a', 'b'], 'g:resourcetag/Team': 'x' },
              NumberLessThan: { 'g:MFAAge': 300 },
              StringEqual: { 'g:UserName': ['bob'] },
            },
          },
        ],
      }),
    );
    const rows = visual.blocks[0]!.conditions;
    expect(rows.map(({ id: _id, ...r }) => r)).toEqual([
      { operator: 'StringEquals', ifExists: true, qualifier: 'ForAnyValue', key: 'g:TagKeys', values: ['a', 'b'] },
      { operator: 'StringEquals', ifExists: true, qualifier: 'ForAnyValue', key: 'g:ResourceTag/Team', values: ['x'] },
      { operator: 'NumberLessThan', ifExists: false, qualifier: null, key: 'g:MFAAge', values: ['300'] },
      { operator: 'StringEqual', ifExists: false, qualifier: null, key: 'g:UserName', values: ['bob'] },
    ]);
    expect(codes(notes)).toEqual(['operator_spelling', 'condition_key_spelling', 'condition_key_spelling', 'condition_value_text']);
  });

  it('keeps values the engine cannot read (null) and malformed conditions, which never hold', () => {
    const { visual, notes } = documentToVisual(
      doc({
        Version: '1.1',
        Statement: [
          { Effect: 'Allow', Action: ['lts:logs:list'], Condition: { StringEquals: { 'g:UserName': [null, 'a'] } } },
          { Effect: 'Allow', Action: ['lts:logs:list'], Condition: ['x'] },
        ],
      }),
    );
    expect(visual.blocks[0]!.conditions[0]).toMatchObject({ values: ['a'], nonTextValues: [null] });
    expect(visual.blocks[1]!.conditions[0]).toMatchObject({ operator: INVALID_CONDITION_OPERATOR, key: '' });
    expect(codes(notes)).toEqual(['condition_invalid']);
  });

  it('drops statements the engine ignores, with notes', () => {
    const { visual, notes } = documentToVisual(
      doc({
        Version: '1.1',
        Statement: [
          'text',
          { Effect: 'Maybe', Action: ['*:*:*'] },
          { Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: [] },
          { Effect: 'Allow', Action: [] },
        ],
      }),
    );
    expect(codes(notes)).toEqual(['statement_dropped', 'statement_dropped', 'statement_dropped', 'action_missing']);
    expect(visual.blocks).toEqual([{ id: 'block-1', service: '', effect: 'Allow', actions: [], patterns: [], resources: [], conditions: [] }]);
  });

  it('notes a wrong Version and lower-case document keys (seed 003 as printed)', () => {
    const { visual, notes } = documentToVisual(doc({ version: '1.1', statement: [{ effect: 'allow', action: ['modelarts:image:register'] }] }));
    expect(visual.blocks).toEqual([]);
    expect(codes(notes)).toEqual(['version_changed', 'document_key_dropped', 'document_key_dropped']);
    expect(notes[2]!.message).toContain('did you mean "Statement"');
  });

  it('uses the id source it is given (deterministic ids)', () => {
    const d = doc({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['lts:logs:list'], Condition: { Bool: { 'g:MFAPresent': 'true' } } }] });
    const a = documentToVisual(d, createIdSource(10)).visual;
    expect(a.blocks[0]!.id).toBe('block-12');
    expect(a.blocks[0]!.conditions[0]!.id).toBe('cond-11');
    expect(documentToVisual(d).visual).toEqual(documentToVisual(d).visual);
  });
});

describe('visualToDocument', () => {
  const visual: VisualPolicy = {
    blocks: [
      {
        id: 'b1',
        service: 'obs',
        effect: 'Allow',
        actions: ['obs:object:GetObject'],
        patterns: ['obs:object:List*'],
        resources: ['obs:*:*:object:data/*'],
        conditions: [
          { id: 'c1', operator: 'StringEquals', ifExists: true, qualifier: 'ForAnyValue', key: 'g:TagKeys', values: ['a'] },
          { id: 'c2', operator: 'IpAddress', ifExists: false, qualifier: null, key: 'g:SourceIp', values: ['10.0.0.0/8', '192.168.0.0/16'] },
        ],
        collapsed: true,
      },
      { id: 'b2', service: 'obs', effect: 'Deny', actions: ['obs:object:DeleteObject'], patterns: [], resources: [], conditions: [] },
    ],
  };

  it('writes one statement per block, values as arrays', () => {
    expect(visualToDocument(visual)).toEqual({
      Version: '1.1',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['obs:object:GetObject', 'obs:object:List*'],
          Resource: ['obs:*:*:object:data/*'],
          Condition: {
            'ForAnyValue:StringEqualsIfExists': { 'g:TagKeys': ['a'] },
            IpAddress: { 'g:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] },
          },
        },
        { Effect: 'Deny', Action: ['obs:object:DeleteObject'] },
      ],
    });
  });

  it('writes two rows with the same operator and key as two AND-ed entries (another letter case)', () => {
    const out = visualToDocument({
      blocks: [
        {
          id: 'b',
          service: 'lts',
          effect: 'Allow',
          actions: ['lts:logs:list'],
          patterns: [],
          resources: [],
          conditions: [
            { id: 'c1', operator: 'StringMatch', ifExists: false, qualifier: null, key: 'g:UserName', values: ['a*'] },
            { id: 'c2', operator: 'StringMatch', ifExists: false, qualifier: null, key: 'g:UserName', values: ['*z'] },
            { id: 'c3', operator: 'StringMatch', ifExists: false, qualifier: null, key: 'g:UserName', values: ['*m*'] },
          ],
        },
      ],
    });
    expect(out.Statement[0]!.Condition).toEqual({ StringMatch: { 'g:UserName': ['a*'], 'g:username': ['*z'], 'G:USERNAME': ['*m*'] } });
    // and documentToVisual reads them back as three rows
    expect(documentToVisual(out).visual.blocks[0]!.conditions.map((c) => c.values)).toEqual([['a*'], ['*z'], ['*m*']]);
  });

  it('writes keys such as __proto__ as data', () => {
    const out = visualToDocument({
      blocks: [
        {
          id: 'b',
          service: 'lts',
          effect: 'Allow',
          actions: ['lts:logs:list'],
          patterns: [],
          resources: [],
          conditions: [{ id: 'c', operator: 'StringEquals', ifExists: false, qualifier: null, key: '__proto__', values: ['x'] }],
        },
      ],
    });
    expect(JSON.stringify(out.Statement[0]!.Condition)).toBe('{"StringEquals":{"__proto__":["x"]}}');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('produces documents without validation errors for seed-like blocks', () => {
    const findings = validatePolicy(visualToDocument(visual)).filter((f) => f.severity === 'error');
    expect(findings).toEqual([]);
  });
});
