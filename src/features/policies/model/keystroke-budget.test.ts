/**
 * Per-keystroke budget of the editor's validation pipeline on a 6,144-character policy (issue 6:
 * "validation and gutter updates within 30 ms per keystroke"): parse + validate, character count,
 * policy kind, and the text ranges the gutter underlines, for every finding. The worst case: every
 * action an unknown one, so every entry is a finding.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '@/iam';
import { countPolicyCharacters } from './character-count';
import { offsetOf, policyKindOf, tokenRange } from './editor-text';

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

describe('keystroke budget', () => {
  it('validates a 6,144-character policy and places its findings within 30 ms a keystroke', () => {
    const base = bigPolicy();
    expect(countPolicyCharacters(base).length).toBeGreaterThan(6000);
    expect(keystroke(base)).toBeGreaterThan(200);
    const times: number[] = [];
    const type = (text: string, at: (t: string) => number, chars: string) => {
      for (const ch of chars) {
        const i = at(text);
        text = text.slice(0, i) + ch + text.slice(i);
        const started = performance.now();
        keystroke(text);
        times.push(performance.now() - started);
      }
    };
    // Inside the last action (valid JSON at every keystroke: full validation each time) ...
    type(base, (t) => t.lastIndexOf('"'), 'abcdefghijklmnopqrst');
    // ... and a new entry before the closing bracket (valid and invalid JSON in turn).
    type(base, (t) => t.lastIndexOf(']'), ', "x", "y", "z", "w"');
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`keystroke budget: median ${median.toFixed(2)} ms, worst ${times.at(-1)!.toFixed(2)} ms over ${times.length} keystrokes`);
    expect(median).toBeLessThan(30);
  });
});
