// @vitest-environment node
/**
 * Fixes proved before they are offered, on random organisations (fast-check):
 * - an offered fix, applied (here by editing the records directly, not through applyMutation),
 *   makes the user ready, whether it goes to a new group or to one of the user's groups;
 * - a fix is never offered while a Deny refuses a missing action (a fix only adds Allows);
 * - a remedy's promised outcome holds once it is applied (and the fix, when it says so);
 * - the fix offered to a user who is ready only for some context values (offerFix: the grant
 *   without the condition), applied by hand, makes the user ready whatever the context, and it is
 *   offered exactly when it does; "the values decide" is said only when it leaves them Conditional.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMutation } from '../access/apply-mutation';
import { ORG_USERS, orgArb } from '../access/org-arbitraries';
import type { ScenarioRequest, ScenarioResult, Snapshot } from '../model';
import { checkScenario } from './check-scenario';
import { SCENARIOS } from './find-scenario';
import { denyBlockers, fixMutation, offerFix, proveFix, readyForCertain, withUnconditionalGrant } from './prove-fix';

const targetArb = fc.constantFrom({ projectId: 'p-cn-north-4', workspaceId: '0' }, { projectId: 'p-cn-east-3', workspaceId: 'ws-research' }, { projectId: 'p-cn-north-4' });
const requestArb = fc.record({ user: fc.constantFrom(...ORG_USERS), scenario: fc.constantFrom(...SCENARIOS.map((s) => s.id)), target: targetArb });

/** The fix as the console applies it, written out record by record. */
function applyByHand(org: Snapshot, request: ScenarioRequest, result: ScenarioResult, groupId: string | undefined): Snapshot {
  const out = structuredClone(org);
  const scope = (kind: string) => (kind === 'global' ? { type: 'global' as const } : { type: 'projects' as const, ids: [request.projectId!] });
  const group = groupId ?? 'g-fix-by-hand';
  if (groupId === undefined && result.fix.userPolicies.length > 0) {
    out.groups.push({ id: group, name: 'fix by hand' });
    out.users.find((u) => u.id === request.user)!.groups.push(group);
  }
  result.fix.userPolicies.forEach((p, i) => {
    out.policies.push({ id: `hand-u-${i}`, name: `hand u ${i}`, type: 'custom', document: p.document });
    out.attachments.push({ principal: { type: 'group', id: group }, policyId: `hand-u-${i}`, scope: scope(p.kind) });
  });
  const agency = out.agencies.find((a) => a.name === result.agency.name);
  if (agency !== undefined) {
    result.fix.agencyPolicies.forEach((p, i) => {
      out.policies.push({ id: `hand-a-${i}`, name: `hand a ${i}`, type: 'custom', document: p.document });
      out.attachments.push({ principal: { type: 'agency', id: agency.id }, policyId: `hand-a-${i}`, scope: scope(p.kind) });
    });
  }
  return out;
}

describe('proveFix (property)', () => {
  it('an offered fix, applied, makes the user ready (new group or one of theirs); none is offered while a Deny refuses', () => {
    let offered = 0;
    let refused = 0;
    fc.assert(
      fc.property(orgArb, requestArb, (org, { user, scenario, target }) => {
        const request: ScenarioRequest = { user, scenario, ...target };
        const result = checkScenario(org, request);
        const member = org.users.find((u) => u.id === user)!.groups[0];
        for (const groupId of member === undefined ? [undefined] : [undefined, member]) {
          const proof = proveFix(org, request, result, groupId === undefined ? {} : { groupId });
          const byHand = checkScenario(applyByHand(org, request, result, groupId), request);
          if (proof.offered) {
            offered++;
            expect(byHand.ready).toBe(true);
            // Ready whatever the context: never offered when a condition would decide.
            expect(byHand.user.conditional ?? []).toEqual([]);
          }
          // The simulation is the console's application: both give the same answer.
          if (!result.ready && result.fix.userPolicies.length + result.fix.agencyPolicies.length > 0) expect(proof.offered).toBe(readyForCertain(byHand));
        }
        if (Object.values(result.user.layers ?? {}).includes('explicit_deny')) {
          refused++;
          expect(proveFix(org, request, result).offered).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
    expect(offered).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(3);
  });

  it("a Deny's remedies lead where they say", () => {
    let remedies = 0;
    fc.assert(
      fc.property(orgArb, requestArb, (org, { user, scenario, target }) => {
        const request: ScenarioRequest = { user, scenario, ...target };
        const result = checkScenario(org, request);
        for (const blocker of denyBlockers(org, request, result)) {
          expect(blocker.actions.length).toBeGreaterThan(0);
          for (const remedy of blocker.remedies) {
            remedies++;
            const after = applyMutation(org, remedy.mutation);
            const next = checkScenario(after, request);
            if (remedy.outcome === 'ready' || remedy.outcome === 'ready_conditional') {
              expect(next.ready).toBe(true);
              expect(readyForCertain(next)).toBe(remedy.outcome === 'ready');
            } else {
              expect(next.ready).toBe(false);
              const fixed = checkScenario(applyMutation(after, fixMutation(after, request, next)), request);
              expect(readyForCertain(fixed)).toBe(remedy.outcome === 'ready_with_fix');
            }
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(remedies).toBeGreaterThan(3);
  });

  it('an offered fix without the condition, applied, makes a Conditional user ready whatever the context; offered exactly then', () => {
    let widened = 0;
    let decide = 0;
    fc.assert(
      fc.property(orgArb, requestArb, (org, { user, scenario, target }) => {
        const request: ScenarioRequest = { user, scenario, ...target };
        const result = checkScenario(org, request);
        const member = org.users.find((u) => u.id === user)!.groups[0];
        for (const groupId of member === undefined ? [undefined] : [undefined, member]) {
          const fixTarget = groupId === undefined ? {} : { groupId };
          const offer = offerFix(org, request, result, fixTarget);
          const own = proveFix(org, request, result, fixTarget);
          if (offer.offered) {
            const byHand = checkScenario(applyByHand(org, request, offer.result, groupId), request);
            expect(readyForCertain(byHand)).toBe(true);
          }
          // The result's own fix comes first, unchanged.
          if (own.offered) expect(offer).toMatchObject({ offered: true, withoutCondition: false, result });
          const conditional = own.after.user.conditional ?? [];
          if (!own.offered && own.after.ready && conditional.length > 0) {
            // Tried: offered exactly when, applied by hand, the grant without the condition makes the user ready for certain.
            const grant = withUnconditionalGrant(result, scenario, conditional);
            const byHand = checkScenario(applyByHand(org, request, grant, groupId), request);
            expect(offer.offered).toBe(readyForCertain(byHand));
            expect(offer.withoutCondition).toBe(offer.offered);
            expect(offer.valuesDecide).toBe(!offer.offered && byHand.ready && !readyForCertain(byHand));
            // What the console names: the actions granted with no condition, or those still Conditional.
            if (offer.offered) expect(offer.conditional?.actions).toEqual(conditional);
            if (offer.valuesDecide) expect(offer.conditional?.actions).toEqual(byHand.user.conditional);
            if (offer.offered) widened++;
            if (offer.valuesDecide) decide++;
          } else {
            expect(offer.withoutCondition).toBe(false);
            expect(offer.valuesDecide).toBe(false);
            expect(offer.offered).toBe(own.offered);
          }
        }
      }),
      // 1,000 runs: at 400, about one seed in eight met fewer than four offers (7 of 60 seeds,
      // one with none), so the coverage check below failed at random; at 1,000 the fewest in 80
      // seeds were 12 offers and 8 "values decide".
      { numRuns: 1000 },
    );
    // Both answers met: the property could fail either way.
    expect(widened).toBeGreaterThan(3);
    expect(decide).toBeGreaterThan(3);
  });
});
