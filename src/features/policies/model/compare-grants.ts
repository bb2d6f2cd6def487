/**
 * Whether two policy documents grant exactly the same, checked with the engine over a set of
 * probe requests: every catalog action plus the documents' own Action strings, with no context
 * and with contexts built from the documents' condition keys and values, with no resource and
 * with each Resource entry. Used by the round-trip tests; usable by any caller that rewrites
 * policies (e.g. to assert that a normalisation kept the grants).
 */
import { ACTIONS, compilePolicies, evaluatePolicies, type Decision, type PolicyDocument, type PolicyRequest, type RequestContext } from '@/iam';

export interface GrantDifference {
  request: PolicyRequest;
  a: Decision;
  b: Decision;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function statementsOf(doc: unknown): Record<string, unknown>[] {
  if (!isRecord(doc)) return [];
  const st = doc.Statement;
  const list: unknown[] = Array.isArray(st) ? st : isRecord(st) ? [st] : [];
  return list.filter(isRecord);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

type Scalar = string | number | boolean;

function scalar(value: unknown): Scalar | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return undefined;
}

/** Probe contexts: none, each key with each policy value (alone and as a one-element list), other values. */
export function probeContexts(docs: readonly unknown[]): RequestContext[] {
  const byKey = new Map<string, Scalar[]>();
  for (const doc of docs) {
    for (const st of statementsOf(doc)) {
      if (!isRecord(st.Condition)) continue;
      for (const keys of Object.values(st.Condition)) {
        if (!isRecord(keys)) continue;
        for (const [key, raw] of Object.entries(keys)) {
          const list = byKey.get(key) ?? [];
          for (const v of Array.isArray(raw) ? (raw as unknown[]) : [raw]) {
            const s = scalar(v);
            if (s !== undefined && !list.includes(s)) list.push(s);
          }
          byKey.set(key, list);
        }
      }
    }
  }
  const contexts: RequestContext[] = [{}];
  const first: RequestContext = {};
  const other: RequestContext = {};
  for (const [key, values] of byKey) {
    for (const v of values.slice(0, 4)) {
      contexts.push({ [key]: v }, { [key]: [v] }, { [key]: [v, 'zz-other'] });
    }
    contexts.push({ [key]: 'zz-other' }, { [key]: [] });
    first[key] = values[0] ?? 'zz-other';
    other[key] = 'zz-other';
  }
  if (byKey.size > 1) contexts.push(first, other);
  return contexts;
}

/** Probe actions: the catalog plus every Action string of the documents (as written). */
export function probeActions(docs: readonly unknown[]): string[] {
  const out = new Set(ACTIONS.map((a) => a.action));
  for (const doc of docs) for (const st of statementsOf(doc)) for (const a of strings(st.Action)) out.add(a);
  return [...out];
}

/** Probe resources: none, plus every Resource string of the documents (a pattern matches itself). */
export function probeResources(docs: readonly unknown[]): Array<string | undefined> {
  const out = new Set<string | undefined>([undefined]);
  for (const doc of docs) for (const st of statementsOf(doc)) for (const r of strings(st.Resource)) out.add(r);
  return [...out];
}

/** Every probe request on which `a` and `b` decide differently (empty = same grants). */
export function grantDifferences(a: PolicyDocument, b: PolicyDocument, limit = 20): GrantDifference[] {
  const setA = compilePolicies([a]);
  const setB = compilePolicies([b]);
  const docs = [a, b];
  const contexts = probeContexts(docs);
  const resources = probeResources(docs);
  const out: GrantDifference[] = [];
  for (const action of probeActions(docs)) {
    for (const resource of resources) {
      for (const context of contexts) {
        const request: PolicyRequest = { action, context };
        if (resource !== undefined) request.resource = resource;
        const da = evaluatePolicies(setA, request).decision;
        const db = evaluatePolicies(setB, request).decision;
        if (da !== db) {
          out.push({ request, a: da, b: db });
          if (out.length >= limit) return out;
        }
      }
    }
  }
  return out;
}
