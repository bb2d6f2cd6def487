// @vitest-environment node
/**
 * The repository documents itself: comments and docs cite files inside the repository
 * (docs/architecture.md "Where a change goes"), never the team's specs that a clone does not have,
 * and every cited `docs/<name>.md` and section exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SCANNED = ['src', 'mocks', 'e2e', 'scripts', 'README.md', 'eslint.config.js'];
const SKIPPED = new Set(['node_modules', 'screenshots', 'dist']);
const TEXT = /\.(ts|tsx|mjs|js|md|json)$/;
const SELF = relative(ROOT, import.meta.filename);

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return TEXT.test(path) ? [path] : [];
  return readdirSync(full).flatMap((name) => (SKIPPED.has(name) ? [] : files(join(path, name))));
}

interface Hit {
  where: string;
  text: string;
}

function scan(pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const file of SCANNED.flatMap(files)) {
    if (file === SELF) continue;
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(pattern)) hits.push({ where: `${file}:${i + 1}`, text: m[0] });
      });
  }
  return hits;
}

/** The team's spec files by name, wherever they are not a docs/ path. */
const OUTSIDE =
  /(?<![\w/-])(?:engine|api|snapshot|scenarios|console)\.md|huawei-facts|ARCHITECTURE\.md|STACK\.md|style-anchors|examples-to-follow|\.\.\/shared\/(?:spec|reference|iam-cases|tools)|shared\/iam-cases|(?<![\w/-])spec\/\w+\.md/g;

/** `docs/<name>.md` optionally followed by a section: `§3`, `§4.7`, `"Server state"`. */
const CITATION = /docs\/([\w-]+\.md)(?:\s+(§\d+(?:\.\d+)?)|\s+"([^"]+)")?/g;

function headings(doc: string): string[] {
  return readFileSync(join(ROOT, 'docs', doc), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .map((l) => l.replace(/^#+\s*/, ''));
}

describe('documentation citations', () => {
  it('name no file outside the repository', () => {
    expect(scan(OUTSIDE).map((h) => `${h.where}: ${h.text}`)).toEqual([]);
  });

  it('name documents and sections that exist', () => {
    const problems: string[] = [];
    for (const file of SCANNED.flatMap(files)) {
      if (file === SELF) continue;
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const [text, doc, section, title] of line.matchAll(CITATION)) {
            const where = `${file}:${i + 1}: ${text}`;
            if (!existsSync(join(ROOT, 'docs', doc!))) {
              problems.push(`${where} (no such document)`);
              continue;
            }
            const heads = headings(doc!);
            if (section && !heads.some((h) => h.startsWith(`${section.slice(1)}.`) || h.startsWith(`${section.slice(1)} `))) {
              problems.push(`${where} (no section ${section})`);
            }
            if (title && !heads.some((h) => h.toLowerCase().includes(title.toLowerCase())) && !readFileSync(join(ROOT, 'docs', doc!), 'utf8').includes(title)) {
              problems.push(`${where} (no "${title}")`);
            }
          }
        });
    }
    expect(problems).toEqual([]);
  });

  it('would catch a citation of a spec outside the repository', () => {
    const samples = ['(engine.md §3)', 'see spec/api.md', '../shared/reference/huawei-facts.md', 'STACK.md'];
    for (const s of samples) expect(s.match(OUTSIDE), s).not.toBeNull();
    for (const s of ['docs/policy-semantics.md §3', 'docs/api.md "Lists"', "from '../shared/entity-table'"]) expect(s.match(OUTSIDE), s).toBeNull();
  });
});
