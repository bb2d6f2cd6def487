/**
 * Helpers between the editor's JSON text and the rest of the editor: formatting, the policy kind
 * the services imply (XA project-level / AX global), JSON pointers in words and text positions.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { serviceKind, type PolicyDocument, type ServiceKind } from '@/iam';
import { servicePartOf } from './visual-model';

/** The editor's canonical text of a document: 2-space indented JSON. */
export function formatDocument(doc: unknown): string {
  return JSON.stringify(doc, null, 2);
}

/** Re-indents JSON text; null when the text is not JSON (the caller keeps it as it is). */
export function formatPolicyText(text: string): string | null {
  try {
    return formatDocument(JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Whether two texts hold the same JSON value (formatting aside); false when either is not JSON. */
export function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return a === b;
  }
}

export type PolicyKind = ServiceKind | 'mixed' | 'none';

/** The kind the named services imply: project-level (XA), global (AX), both (an error) or none yet. */
export function policyKindOf(doc: PolicyDocument | undefined): PolicyKind {
  const kinds = new Set<ServiceKind>();
  for (const s of doc?.Statement ?? []) {
    const raw: unknown = (s as { Action?: unknown }).Action;
    const actions = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((a): a is string => typeof a === 'string') : [];
    for (const a of actions) {
      const service = servicePartOf(a);
      if (service === '' || service.includes('*') || !a.includes(':')) continue;
      kinds.add(serviceKind(service));
    }
  }
  if (kinds.size === 2) return 'mixed';
  return kinds.size === 1 ? [...kinds][0]! : 'none';
}

/** The IAM role type of a kind: AX = global services, XA = project-level (default). */
export function roleTypeOf(kind: PolicyKind): 'AX' | 'XA' {
  return kind === 'global' ? 'AX' : 'XA';
}

/** The segments of a JSON pointer ("/Statement/0/Action/1" → ["Statement", "0", "Action", "1"]). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The 0-based statement a pointer points into, or null ("/Statement/2/Action" → 2). */
export function statementIndexOf(pointer: string): number | null {
  const [first, second] = pointerSegments(pointer);
  if (first !== 'Statement' || second === undefined || !/^\d+$/.test(second)) return null;
  return Number(second);
}

export type PointerWord =
  | { kind: 'statement'; n: number }
  | { kind: 'item'; n: number }
  | { kind: 'key'; name: string };

/** A pointer as words for the UI: Statement n › Action › item n (1-based numbers). */
export function describePointer(pointer: string): PointerWord[] {
  const segments = pointerSegments(pointer);
  return segments.map((s, i): PointerWord => {
    if (/^\d+$/.test(s)) return segments[i - 1] === 'Statement' && i === 1 ? { kind: 'statement', n: Number(s) + 1 } : { kind: 'item', n: Number(s) + 1 };
    return { kind: 'key', name: s };
  }).filter((w, i, all) => !(w.kind === 'key' && w.name === 'Statement' && all[i + 1]?.kind === 'statement'));
}

/** 0-based offset of a 1-based line/column in text (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(offset + Math.max(0, column - 1), lineEnd);
}

/** 1-based line/column of a 0-based offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The span to underline from an offset: a whole string token, else a word, at least one character. */
export function tokenRange(text: string, from: number): { from: number; to: number } {
  if (text.length === 0) return { from: 0, to: 0 };
  const start = Math.min(from, text.length - 1);
  if (text[start] === '"') {
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return { from: start, to: i + 1 };
      else if (text[i] === '\n') return { from: start, to: i };
    }
    return { from: start, to: text.length };
  }
  let end = start;
  while (end < text.length && /[\w.+-]/.test(text[end]!)) end++;
  return { from: start, to: Math.max(end, start + 1) };
}

/**
 * Where a JSON pointer is in the text (1-based), for findings that come without a position (the
 * server validates the parsed document). Falls back to the deepest existing parent, then 1:1.
 */
export function locatePointer(text: string, pointer: string): { line: number; column: number } {
  const tree = parseTree(text);
  if (tree === undefined) return { line: 1, column: 1 };
  const path = pointerSegments(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = path.length; n >= 0; n--) {
    const node: JsonNode | undefined = findNodeAtLocation(tree, path.slice(0, n));
    if (node !== undefined) {
      const target = node.parent?.type === 'property' && n === path.length && typeof path[n - 1] === 'string' ? node.parent : node;
      return positionOf(text, target.offset);
    }
  }
  return { line: 1, column: 1 };
}
