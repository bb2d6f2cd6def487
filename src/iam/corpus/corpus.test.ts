// @vitest-environment node
/** Conformance: every case of every corpus file, one test per case (src/iam/corpus/README.md). */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../cli/case-file';
import { runCase } from '../cli/run-cases';
import { compareResult } from './compare-result';

const files = import.meta.glob<CaseFile>('./*.json', { eager: true, import: 'default' });

describe.each(Object.entries(files))('%s', (_path, file) => {
  const cases = file.cases ?? [];
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(compareResult(c, runCase(file, c))).toEqual([]);
  });
});
