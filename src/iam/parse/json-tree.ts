/**
 * Strict JSON parsing with positions, on jsonc-parser (comments and trailing commas are
 * errors): the parsed value, duplicate-key issues, and the text offset of a JSON path.
 */
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { FindingCode } from '../validate/codes';
import { type Issue, type PathSegment, shorten } from '../validate/issue';

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

const ERROR_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'Unexpected character: JSON allows only objects, arrays, double-quoted strings, numbers, true, false and null here.',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'A property name in double quotes is expected here.',
  ValueExpected: 'A value is expected here.',
  ColonExpected: 'A colon ":" is expected after the property name.',
  CommaExpected: 'A comma is expected here: separate items and properties with ",".',
  CloseBraceExpected: 'A closing brace "}" is expected here.',
  CloseBracketExpected: 'A closing bracket "]" is expected here.',
  EndOfFileExpected: 'Unexpected text after the end of the policy.',
  InvalidCommentToken: 'Comments are not allowed in a policy.',
  UnexpectedEndOfString: 'The string is not closed: add the missing double quote.',
  UnexpectedEndOfNumber: 'The number is incomplete.',
  InvalidUnicode: 'Invalid unicode escape sequence in a string.',
  InvalidEscapeCharacter: 'Invalid escape sequence in a string.',
  InvalidCharacter: 'Invalid character in a string: control characters must be escaped.',
};

/** Errors worded like another (the finding's `variant` names the wording). */
const SAME_AS: Readonly<Record<string, string>> = { UnexpectedEndOfComment: 'InvalidCommentToken' };

export interface SyntaxProblem {
  offset: number;
  message: string;
  /** Which wording `message` is (jsonc-parser's error name, `TrailingComma` or `Empty`); absent: "Invalid JSON.". */
  variant?: string;
}

export interface TreeResult {
  tree?: Node;
  /** The first syntax error, if any. */
  error?: SyntaxProblem;
}

export function parseJsonTree(text: string): TreeResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, STRICT);
  const first = errors[0];
  if (first !== undefined) {
    const name = printParseErrorCode(first.error);
    // A trailing comma is reported as "value expected" / "property name expected" after the comma.
    const trailingComma = /,\s*$/.test(text.slice(0, first.offset)) && /^[\]}]/.test(text.slice(first.offset, first.offset + 1));
    if (trailingComma) {
      return { error: { offset: first.offset, message: 'Trailing commas are not allowed in JSON: remove the comma before this bracket.', variant: 'TrailingComma' } };
    }
    const variant = SAME_AS[name] ?? name;
    const message = ERROR_MESSAGES[variant];
    return { error: message === undefined ? { offset: first.offset, message: 'Invalid JSON.' } : { offset: first.offset, message, variant } };
  }
  if (tree === undefined) return { error: { offset: 0, message: 'The policy is empty: write a JSON object with Version and Statement.', variant: 'Empty' } };
  return { tree };
}

const DUPLICATE: FindingCode = 'json-duplicate-key';

/** The value of a tree as JSON.parse would build it (last duplicate wins, "__proto__" is an own key). */
export function treeToValue(node: Node, path: PathSegment[], issues: Issue[]): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const key = String(prop.children?.[0]?.value ?? '');
        const valueNode = prop.children?.[1];
        if (valueNode === undefined) continue;
        if (Object.hasOwn(out, key)) {
          const short = shorten(key, 60);
          issues.push({
            code: DUPLICATE,
            anchor: 'key',
            segments: [...path, key],
            message: `Key "${short}" appears more than once in this object; only the last one counts.`,
            params: { key: short },
          });
        }
        const value = treeToValue(valueNode, [...path, key], issues);
        // "__proto__" must become an own key (as JSON.parse makes it), not the prototype.
        if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        else out[key] = value;
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((child, i) => treeToValue(child, [...path, i], issues));
    default:
      return node.value as unknown;
  }
}

/** Each object node's properties by key (the last of duplicates wins, as in the value). */
const propertyIndexes = new WeakMap<Node, Map<string, Node>>();

function propertyOf(object: Node, key: string): Node | undefined {
  let index = propertyIndexes.get(object);
  if (index === undefined) {
    index = new Map();
    for (const p of object.children ?? []) {
      const k = p.children?.[0]?.value;
      if (typeof k === 'string') index.set(k, p);
    }
    propertyIndexes.set(object, index);
  }
  return index.get(key);
}

/**
 * The offset of the key or value at a path; the deepest existing ancestor when the path ends early.
 * Property look-ups go through a per-object index built once, so mapping every finding of an
 * object with k keys costs O(k) in all, not O(k) per finding.
 */
export function offsetOfPath(root: Node, segments: readonly PathSegment[], anchor: 'key' | 'value'): number {
  let node = root;
  let property: Node | undefined;
  for (const segment of segments) {
    let next: Node | undefined;
    property = undefined;
    if (node.type === 'object' && typeof segment === 'string') {
      property = propertyOf(node, segment);
      next = property?.children?.[1];
    } else if (node.type === 'array' && typeof segment === 'number') {
      next = node.children?.[segment];
    }
    if (next === undefined) return property?.offset ?? node.offset;
    node = next;
  }
  if (anchor === 'key' && property !== undefined) return property.offset;
  return node.offset;
}
