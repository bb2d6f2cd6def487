/**
 * Checks of one statement: it is an object, its keys (NotAction / NotResource / Principal do
 * not exist in Version 1.1; others such as Sid are unknown), Effect, then Action, Resource and
 * Condition.
 */
import { checkActions, type ServiceRef } from './check-actions';
import { checkConditions } from './check-conditions';
import { checkResources } from './check-resources';
import { closestMatch } from './closest-match';
import { describeType, didYouMean, isPlainObject, type IssueSink, type PathSegment, quote, reportWrongCase, typeOf } from './issue';

const KNOWN_KEYS = ['Effect', 'Action', 'Resource', 'Condition'] as const;
type KnownKey = (typeof KNOWN_KEYS)[number];
const UNSUPPORTED_KEYS = ['NotAction', 'NotResource', 'Principal'] as const;

export interface StatementSummary {
  effect: 'Allow' | 'Deny' | null;
}

/** Maps each known key to the property actually used (exact spelling wins over another case). */
function resolveKeys(sink: IssueSink, stmt: Record<string, unknown>, path: readonly PathSegment[]): Partial<Record<KnownKey, string>> {
  const used: Partial<Record<KnownKey, string>> = {};
  for (const key of Object.keys(stmt)) {
    const lower = key.toLowerCase();
    const known = KNOWN_KEYS.find((k) => k.toLowerCase() === lower);
    if (known !== undefined) {
      if (key !== known) {
        reportWrongCase(sink, [...path, key], known, key);
        if (!(known in stmt)) used[known] ??= key;
      } else {
        used[known] = key;
      }
      continue;
    }
    const unsupported = UNSUPPORTED_KEYS.find((k) => k.toLowerCase() === lower);
    if (unsupported !== undefined) {
      const hint = unsupported === 'Principal' ? 'policies are attached to users, groups or agencies instead' : `list the ${unsupported === 'NotAction' ? 'actions' : 'resources'} explicitly or add a Deny statement`;
      sink.report('statement-key-unsupported', [...path, key], `${quote(key)} does not exist in policy Version 1.1: ${hint}.`, { key: quote(key), variant: unsupported }, { anchor: 'key' });
      continue;
    }
    const near = didYouMean(closestMatch(key, KNOWN_KEYS, 2));
    sink.report(
      'statement-key-unknown',
      [...path, key],
      `Unknown statement key ${quote(key)}: a statement holds only Effect, Action, Resource and Condition; IAM ignores or rejects other keys.${near.text}`,
      { key: quote(key), ...near.params },
      { anchor: 'key', ...near.extra },
    );
  }
  return used;
}

function checkEffect(sink: IssueSink, stmt: Record<string, unknown>, key: string | undefined, path: readonly PathSegment[]): 'Allow' | 'Deny' | null {
  if (key === undefined) {
    sink.report('effect-missing', path, 'This statement has no Effect: add "Effect": "Allow" or "Effect": "Deny".', {});
    return null;
  }
  const value = stmt[key];
  const at = [...path, key];
  if (typeof value !== 'string') {
    sink.report('effect-invalid', at, `Effect must be "Allow" or "Deny", not ${describeType(value)}.`, { type: typeOf(value), variant: 'type' });
    return null;
  }
  const lower = value.toLowerCase();
  const effect = lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : null;
  if (effect === null) {
    sink.report('effect-invalid', at, `Effect must be "Allow" or "Deny", not ${quote(value)}.`, { value: quote(value) });
    return null;
  }
  if (value !== effect) {
    sink.report(
      'effect-not-canonical',
      at,
      `Effect ${quote(value)} is accepted; the usual spelling is ${quote(effect)}.`,
      { value: quote(value), suggestion: quote(effect) },
      { suggestion: effect },
    );
  }
  return effect;
}

export function checkStatement(sink: IssueSink, stmt: unknown, path: readonly PathSegment[], services: ServiceRef[]): StatementSummary {
  if (!isPlainObject(stmt)) {
    sink.report('statement-not-object', path, `Each statement must be an object with Effect and Action, not ${describeType(stmt)}.`, { type: typeOf(stmt) });
    return { effect: null };
  }
  const keys = resolveKeys(sink, stmt, path);
  const effect = checkEffect(sink, stmt, keys.Effect, path);
  let actions: ReturnType<typeof checkActions> = [];
  if (keys.Action === undefined) {
    sink.report('action-missing', path, 'This statement has no Action: add "Action": ["service:resourceType:operation"].', {});
  } else {
    actions = checkActions(sink, stmt[keys.Action], [...path, keys.Action], effect, services);
  }
  if (keys.Resource !== undefined) checkResources(sink, stmt[keys.Resource], [...path, keys.Resource], actions);
  if (keys.Condition !== undefined) checkConditions(sink, stmt[keys.Condition], [...path, keys.Condition]);
  return { effect };
}
