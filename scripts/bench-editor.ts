/**
 * Editor keystroke bench (issue 6: "validation and gutter updates within 30 ms per keystroke"):
 * parse + validate, character count, policy kind and the underline range of every finding, on a
 * 6,144-character policy whose every action is unknown (the worst case: every entry a finding).
 * Prints the median and worst time per keystroke; `npm run bench` runs it after the engine bench.
 */
import { parsePolicy } from '../src/iam';
import { countPolicyCharacters } from '../src/features/policies/model/character-count';
import { offsetOf, policyKindOf, tokenRange } from '../src/features/policies/model/editor-text';

function bigPolicy(): string {
  const actions: string[] = [];
  let doc = '';
  for (let i = 0; ; i++) {
    actions.push(`modelarts:notebook:op${i}`);
    const next = JSON.stringify({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: actions }] });
    if (next.length > 6144) break;
    doc = next;
  }
  return JSON.stringify(JSON.parse(doc), null, 2);
}

function keystroke(text: string): number {
  const parsed = parsePolicy(text);
  countPolicyCharacters(text);
  policyKindOf(parsed.policy);
  for (const f of parsed.findings) tokenRange(text, offsetOf(text, f.line, f.column));
  return parsed.findings.length;
}

const base = bigPolicy();
const findings = keystroke(base);
const times: number[] = [];
let text = base;
for (let round = 0; round < 3; round++) {
  for (const ch of 'abcdefghijklmnopqrstuvwxyz') {
    const at = text.indexOf('op') + 2;
    text = text.slice(0, at) + ch + text.slice(at);
    const started = performance.now();
    keystroke(text);
    times.push(performance.now() - started);
  }
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
  `\nEditor keystroke on a ${countPolicyCharacters(base).length}-character policy with ${findings} findings: ` +
    `median ${median.toFixed(2)} ms, worst ${times.at(-1)!.toFixed(2)} ms over ${times.length} keystrokes (goal ≤ 30 ms)`,
);
