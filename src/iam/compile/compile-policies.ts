/**
 * compilePolicies (docs/policy-semantics.md §2): compile once, evaluate many times. Statements are indexed
 * by exact lower-case action and by service; wildcard entries are precompiled segment matchers,
 * one per distinct pattern, filed under their literal `service:type:` prefix when they have one.
 */
import type { PolicyDocument } from '../model';
import type { CompiledPolicySet, CompiledStatement, PatternBucket, PolicyInput } from './compiled-policy-set';
import { compileStatement } from './compile-statement';

function readInput(input: PolicyInput): { id?: string; name?: string; document: PolicyDocument | undefined } {
  if (input !== null && typeof input === 'object' && 'document' in input) return input;
  return { document: input as PolicyDocument };
}

function readStatements(document: unknown): unknown[] {
  if (document === null || typeof document !== 'object') return [];
  const statements = (document as { Statement?: unknown }).Statement;
  if (Array.isArray(statements)) return statements;
  return statements !== null && typeof statements === 'object' ? [statements] : [];
}

/** Service part of a pattern or action: text before the first `:`. */
function servicePart(text: string): string {
  const colon = text.indexOf(':');
  return colon < 0 ? text : text.slice(0, colon);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

const newBucket = (): PatternBucket => ({ byPrefix: new Map(), other: [], groups: new Map() });

/** `service:type:` when the text up to the second `:` has no `*`; else null. */
export function literalPrefix(text: string): string | null {
  const first = text.indexOf(':');
  const second = first < 0 ? -1 : text.indexOf(':', first + 1);
  if (second < 0) return null;
  const prefix = text.slice(0, second + 1);
  return prefix.includes('*') ? null : prefix;
}

function indexStatement(st: CompiledStatement, exact: Map<string, CompiledStatement[]>, byService: Map<string, PatternBucket>, anyService: PatternBucket): void {
  for (const m of st.actions) {
    if (m.exact !== null) {
      const list = exact.get(m.exact);
      if (list === undefined) exact.set(m.exact, [st]);
      else if (list[list.length - 1] !== st) list.push(st);
      continue;
    }
    const service = servicePart(m.pattern);
    let bucket = anyService;
    if (!service.includes('*')) {
      bucket = byService.get(service) ?? newBucket();
      byService.set(service, bucket);
    }
    let group = bucket.groups.get(m.pattern);
    if (group === undefined) {
      group = { matcher: m, statements: [] };
      bucket.groups.set(m.pattern, group);
      const prefix = literalPrefix(m.pattern);
      if (prefix === null) bucket.other.push(group);
      else pushTo(bucket.byPrefix, prefix, group);
    }
    if (group.statements[group.statements.length - 1] !== st) group.statements.push(st);
  }
}

export function compilePolicies(inputs: readonly PolicyInput[]): CompiledPolicySet {
  const statements: CompiledStatement[] = [];
  const exact = new Map<string, CompiledStatement[]>();
  const byService = new Map<string, PatternBucket>();
  const anyService = newBucket();
  inputs.forEach((input, policyIndex) => {
    const { id, name, document } = readInput(input);
    readStatements(document).forEach((raw, statementIndex) => {
      const st = compileStatement(raw, { policyIndex, policyId: id, policyName: name, statementIndex }, statements.length);
      if (st === null) return;
      statements.push(st);
      indexStatement(st, exact, byService, anyService);
    });
  });
  return { statements, policyCount: inputs.length, exact, byService, anyService, candidateCache: new Map() };
}

export { servicePart };
