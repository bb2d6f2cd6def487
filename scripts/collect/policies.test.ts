// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '@/iam';
import { REQUIRED_PERMISSIONS } from './calls';

const dir = join(process.cwd(), 'scripts/collect/policies');
const files = ['collector-global.json', 'collector-modelarts.json'];
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('the collector’s least-privilege policies', () => {
  it('pass the console’s validator without an error', () => {
    for (const f of files) {
      const errors = validatePolicy(JSON.parse(read(f)), { kind: 'custom' }).filter((x) => x.severity === 'error');
      expect(errors, f).toEqual([]);
    }
  });

  it('allow exactly the actions the collector calls, read-only', () => {
    const actions = files.flatMap((f) => (JSON.parse(read(f)) as { Statement: Array<{ Action: string[] }> }).Statement.flatMap((s) => s.Action));
    expect([...actions].sort()).toEqual([...REQUIRED_PERMISSIONS].sort());
    for (const a of actions) expect(a.split(':')[2]).toMatch(/^(list|get)/);
  });

  it('are quoted in the README as they are', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    for (const f of files) expect(readme).toContain('```json\n' + read(f).trim() + '\n```');
  });
});
