// @vitest-environment node
/**
 * "Strict mode refuses it; non-strict mode would allow it" (AccessVerdict.looseModeWouldAllow,
 * the matrix's and User access's action cells) is exactly what the engine says of the same
 * request in non-strict mode: on random organisations with conditions, a strict-mode verdict
 * carries it if and only if it is a no_matching_allow, not Conditional, that evaluateAccess in
 * non-strict mode allows without any condition. evaluateAccess's looseModeWouldAllow (the check's
 * "In non-strict authorization mode this request would be allowed") is true exactly then too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAccess } from './evaluate-access';
import { evaluateAccessDecisions } from './evaluate-access-decisions';
import { ORG_ACTIONS, ORG_USERS, orgArb } from './org-arbitraries';

const ACTIONS = [...ORG_ACTIONS, 'modelarts:notebook:create', 'modelarts:dataset:list', 'ModelArts:TrainJob:Delete', 'modelarts'];
const TARGETS = [{ projectId: 'p-cn-north-4', workspaceId: '0' }, { projectId: 'p-cn-east-3', workspaceId: 'ws-research' }, { projectId: 'p-cn-north-4', workspaceId: 'ws-alice' }];

describe('looseModeWouldAllow (property)', () => {
  it('marks exactly the strict refusals that non-strict mode allows for certain', () => {
    let marked = 0;
    let unmarked = 0;
    fc.assert(
      fc.property(orgArb, fc.constantFrom(...TARGETS), (org, target) => {
        const strict = { ...org, authMode: 'strict' as const };
        const verdicts = evaluateAccessDecisions(strict, ORG_USERS, ACTIONS, target);
        ORG_USERS.forEach((user, i) =>
          ACTIONS.forEach((action, j) => {
            const v = verdicts[i * ACTIONS.length + j]!;
            // The check's "In non-strict authorization mode this request would be allowed" is as exact.
            const single = evaluateAccess(strict, { ...target, user, action });
            // …and, unless Conditional (the matrix then says only that), exactly where the matrix says
            // so: an action named just "modelarts" included.
            if (v.conditional !== true) expect({ user, action, single: single.looseModeWouldAllow === true }).toEqual({ user, action, single: v.looseModeWouldAllow === true });
            if (single.looseModeWouldAllow === true) {
              const loose = evaluateAccess(strict, { ...target, user, action, authMode: 'loose' });
              expect({ user, action, loose: [loose.decision, loose.conditional?.keys] }).toEqual({ user, action, loose: ['allow', undefined] });
            }
            if (v.reason !== 'no_matching_allow' || v.conditional === true) {
              expect(v.looseModeWouldAllow).toBeUndefined();
              return;
            }
            const loose = evaluateAccess(strict, { ...target, user, action, authMode: 'loose' });
            const allows = loose.decision === 'allow' && loose.conditional === undefined;
            expect({ user, action, marked: v.looseModeWouldAllow === true, v, loose: [loose.decision, loose.reason, loose.blockedBy, loose.conditional?.keys] }).toEqual({ user, action, marked: allows, v, loose: [loose.decision, loose.reason, loose.blockedBy, loose.conditional?.keys] });
            if (allows) marked++;
            else unmarked++;
          }),
        );
      }),
      { numRuns: 120 },
    );
    // Both kinds met: the property could fail either way.
    expect(marked).toBeGreaterThan(50);
    expect(unmarked).toBeGreaterThan(50);
  });
});
