/**
 * compilePolicies (docs/policy-semantics.md §2): compile once, evaluate many times. Statements are indexed
 * by exact lower-case action and by service; wildcard entries are precompiled segment matchers.
 */
import type { WildcardMatcher } from '../match/wildcard';
import type { PolicyDocument } from '../model';
import type { CompiledPolicySet, CompiledStatement, IndexedPatterns, PolicyInput } from './compiled-policy-set';
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

function indexStatement(
  st: CompiledStatement,
  exact: Map<string, CompiledStatement[]>,
  byService: Map<string, IndexedPatterns[]>,
  anyService: IndexedPatterns[],
): void {
  const perService = new Map<string, WildcardMatcher[]>();
  const wildService: WildcardMatcher[] = [];
  for (const m of st.actions) {
    if (m.exact !== null) {
      const list = exact.get(m.exact);
      if (list === undefined) exact.set(m.exact, [st]);
      else if (list[list.length - 1] !== st) list.push(st);
      continue;
    }
    const service = servicePart(m.pattern);
    if (service.includes('*')) wildService.push(m);
    else pushTo(perService, service, m);
  }
  for (const [service, matchers] of perService) pushTo(byService, service, { statement: st, matchers });
  if (wildService.length > 0) anyService.push({ statement: st, matchers: wildService });
}

export function compilePolicies(inputs: readonly PolicyInput[]): CompiledPolicySet {
  const statements: CompiledStatement[] = [];
  const exact = new Map<string, CompiledStatement[]>();
  const byService = new Map<string, IndexedPatterns[]>();
  const anyService: IndexedPatterns[] = [];
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
