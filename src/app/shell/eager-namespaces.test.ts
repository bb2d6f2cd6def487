/**
 * The shell renders before any feature namespace has loaded: its texts must come from the eager
 * namespaces (common, shell), or the user sees raw keys such as `switcher.missing` (issue 12).
 */
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>(['../**/*.tsx', '!../**/*.test.tsx'], { query: '?raw', import: 'default', eager: true });
const EAGER = new Set(['common', 'shell']);

describe('the shell uses only eagerly loaded namespaces', () => {
  it('names no lazy namespace in t("ns:key") or useTranslation("ns")', () => {
    const lazy: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const m of text.matchAll(/\bt\(\s*'([a-z-]+):/g)) if (!EAGER.has(m[1]!)) lazy.push(`${file}: ${m[0]}`);
      for (const m of text.matchAll(/useTranslation\(\s*'([a-z-]+)'/g)) if (!EAGER.has(m[1]!)) lazy.push(`${file}: ${m[0]}`);
    }
    expect(Object.keys(sources).length).toBeGreaterThan(5);
    expect(lazy).toEqual([]);
  });
});
