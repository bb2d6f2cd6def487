/**
 * compilePolicies (docs/policy-semantics.md §2): compile once, evaluate many times. Statements are indexed
 * by exact lower-case action and by service; wildcard entries are precompiled segment matchers,
 * one per distinct pattern, filed by what they can match (see PatternBucket).
 */
import type { PolicyDocument } from '../model';
import type { CompiledPolicySet, CompiledStatement, PatternBucket, PatternGroup, PolicyInput } from './compiled-policy-set';
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

const newBucket = (): PatternBucket => ({
  byPrefix: new Map(),
  other: [],
  anyType: [],
  anyTypeStatements: [],
  byOperation: new Map(),
  byContained: [],
  operationLengths: [],
  unprefixed: [],
  groups: new Map(),
});

const STARS = /^\*+$/;

/**
 * Where a pattern without a literal `service:type:` prefix goes, for actions with exactly two `:`:
 * 'any' when it matches every one of them whose service part it matches literally (`svc:*:*`,
 * `svc:*`, `*:*:*`, `*`), the operation prefix for `svc:*:op*`, the literal an operation must contain
 * for `svc:*:*op*`, else null (tested).
 */
export function classifyPattern(pattern: string): 'any' | { operation: string } | { contained: string } | null {
  if (STARS.test(pattern)) return 'any';
  const parts = pattern.split(':');
  const service = parts[0]!;
  if (service.includes('*') && service !== '*') return null;
  if (parts.length === 2) return parts[1] === '*' ? 'any' : null;
  if (parts.length !== 3 || parts[1] !== '*') return null;
  const operation = parts[2]!;
  if (operation === '*') return 'any';
  const star = operation.indexOf('*', 1);
  if (star < 1 || star !== operation.length - 1) return null;
  if (operation[0] !== '*') return { operation: operation.slice(0, star) };
  return operation.length > 2 ? { contained: operation.slice(1, star) } : null;
}

function fileGroup(bucket: PatternBucket, group: PatternGroup): void {
  const prefix = literalPrefix(group.matcher.pattern);
  if (prefix !== null) {
    pushTo(bucket.byPrefix, prefix, group);
    return;
  }
  bucket.unprefixed.push(group);
  const kind = classifyPattern(group.matcher.pattern);
  if (kind === null) bucket.other.push(group);
  else if (kind === 'any') bucket.anyType.push(group);
  else if ('contained' in kind) bucket.byContained.push({ literal: kind.contained, group });
  else {
    pushTo(bucket.byOperation, kind.operation, group);
    if (!bucket.operationLengths.includes(kind.operation.length)) {
      bucket.operationLengths.push(kind.operation.length);
      bucket.operationLengths.sort((a, b) => a - b);
    }
  }
}

/** The statements of the bucket's `anyType` groups, each once, in set order. */
function finishBucket(bucket: PatternBucket): void {
  if (bucket.anyType.length === 0) return;
  const seen = new Set<CompiledStatement>();
  for (const group of bucket.anyType) for (const st of group.statements) seen.add(st);
  bucket.anyTypeStatements = [...seen].sort((a, b) => a.order - b.order);
}

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
      fileGroup(bucket, group);
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
  for (const bucket of byService.values()) finishBucket(bucket);
  finishBucket(anyService);
  return { statements, policyCount: inputs.length, exact, byService, anyService, candidateCache: new Map() };
}

export { servicePart };
