/**
 * `npm run bench`, the whole organisation: the large demo organisation (mocks/store, 10,000 users,
 * 1,000 groups, 5,000 authorizations, as the console reads it) through the engine's bulk paths —
 * 10,000 users × every scenario and × every catalog action (goal ≤ 2 s), and the reverse questions
 * "who can use function F in workspace W and region R" (10,000 users × 1 scenario) and "what can
 * user U do" (1 user × every scenario and every action), goal ≤ 100 ms. "Cold" is a fresh copy of
 * the snapshot (prepareSnapshot and every per-policy memo included); "warm" asks again.
 */
import { performance } from 'node:perf_hooks';
import { buildLargeSeed } from '../../mocks/store/seed';
import { stateToSnapshot } from '../../mocks/store/snapshot/export';
import { ACTIONS } from '../../src/iam/catalog';
import { evaluateAccessDecisions } from '../../src/iam/access/evaluate-access-decisions';
import { checkScenarioDecisions } from '../../src/iam/scenarios/check-scenario-decisions';
import { SCENARIOS } from '../../src/iam/scenarios/find-scenario';
import type { Snapshot } from '../../src/iam/model';

const TARGET = { projectId: 'p-cn-north-4', workspaceId: '0' };
const SCENARIO_IDS = SCENARIOS.map((s) => s.id);
const ACTION_IDS = ACTIONS.map((a) => a.action);

const largeOrganisation = (): Snapshot => stateToSnapshot(buildLargeSeed()) as Snapshot;

/** Cold (fresh snapshot) and best-of-3 warm milliseconds of `question`. */
function time(base: Snapshot, question: (s: Snapshot) => unknown): { cold: number; warm: number } {
  const fresh = structuredClone(base);
  let start = performance.now();
  question(fresh);
  const cold = performance.now() - start;
  let warm = Infinity;
  for (let i = 0; i < 3; i++) {
    start = performance.now();
    question(fresh);
    warm = Math.min(warm, performance.now() - start);
  }
  return { cold, warm };
}

const line = (label: string, r: { cold: number; warm: number }, goal: number) =>
  console.log(`${label.padEnd(52)} cold ${r.cold.toFixed(1).padStart(7)} ms, warm ${r.warm.toFixed(1).padStart(7)} ms (goal ≤ ${goal} ms)`);

export function benchOrganisation(): void {
  const base = largeOrganisation();
  const ids = base.users.map((u) => u.id);
  const one = [base.users.find((u) => u.name === 'omar')?.id ?? ids[1]!];
  console.log(`\nWhole organisation (large demo seed: ${ids.length} users, ${base.groups.length} groups, ${base.authorizations.length} authorizations)`);
  line(`${ids.length} users × ${SCENARIO_IDS.length} scenarios`, time(base, (s) => checkScenarioDecisions(s, ids, SCENARIO_IDS, TARGET)), 2000);
  line(`${ids.length} users × ${ACTION_IDS.length} catalog actions`, time(base, (s) => evaluateAccessDecisions(s, ids, ACTION_IDS, TARGET)), 2000);
  line(`who can use training-management (${ids.length} users)`, time(base, (s) => checkScenarioDecisions(s, ids, ['training-management'], TARGET)), 100);
  line(
    `what can omar do (${SCENARIO_IDS.length} scenarios + ${ACTION_IDS.length} actions)`,
    time(base, (s) => [checkScenarioDecisions(s, one, SCENARIO_IDS, TARGET), evaluateAccessDecisions(s, one, ACTION_IDS, TARGET)]),
    100,
  );
}
