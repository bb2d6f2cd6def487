/**
 * Checks of a statement's Resource (docs/policy-semantics.md §1): shape, the
 * `service:region:accountId:resourceType:path` format, a service that matches the statement's
 * actions, and actions that accept no resource paths (ModelArts).
 */
import { matchesWildcard } from '../match/wildcard';
import type { ActionEntry } from './check-actions';
import { LIMITS } from './codes';
import { describeType, type IssueSink, type PathSegment, quote, typeOf } from './issue';

function resourceStrings(sink: IssueSink, value: unknown, path: readonly PathSegment[]): Array<{ text: string; segments: PathSegment[] }> {
  if (typeof value === 'string') return [{ text: value, segments: [...path] }];
  if (!Array.isArray(value)) {
    sink.report('resource-invalid-type', path, `Resource must be an array of strings, not ${describeType(value)}.`, { type: typeOf(value) });
    return [];
  }
  if (value.length === 0) {
    sink.report('resource-empty', path, 'Resource is an empty array, so this statement applies to no resource: remove Resource or name resources.', {});
    return [];
  }
  const out: Array<{ text: string; segments: PathSegment[] }> = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string') out.push({ text: item, segments: [...path, i] });
    else {
      sink.report('resource-invalid-type', [...path, i], `Each resource must be a string; found ${describeType(item)} (${quote(item)}).`, {
        type: typeOf(item),
        value: quote(item),
        variant: 'item',
      });
    }
  });
  return out;
}

function checkOne(sink: IssueSink, text: string, segments: PathSegment[], actions: readonly ActionEntry[]): void {
  const parts = text.split(':');
  if (parts.length < 5 || parts.slice(0, 5).some((p) => p === '')) {
    sink.report(
      'resource-format',
      segments,
      `Resource ${quote(text)} must have the form service:region:accountId:resourceType:path, e.g. "obs:*:*:object:my-bucket/*".`,
      { resource: quote(text) },
    );
    return;
  }
  const service = parts[0] ?? '';
  if (actions.length > 0 && !actions.some((a) => matchesWildcard(a.service, service) || matchesWildcard(service, a.service))) {
    const names = [...new Set(actions.map((a) => a.service))].join(', ');
    sink.report(
      'resource-service-mismatch',
      segments,
      `Resource ${quote(text)} belongs to service ${quote(service)}, but the statement's actions are of ${names}: a resource must belong to the actions' service.`,
      { resource: quote(text), service: quote(service), services: names },
    );
  }
  if (text.length > LIMITS.resourceChars) {
    sink.report('resource-too-long', segments, `Resource ${quote(text)} is ${text.length} characters long; IAM accepts at most ${LIMITS.resourceChars}.`, {
      resource: quote(text),
      length: text.length,
      max: LIMITS.resourceChars,
    });
  }
}

/** The first action entry whose every catalog action accepts no resource path. */
function firstWithoutResources(actions: readonly ActionEntry[]): ActionEntry | undefined {
  return actions.find((a) => a.catalog !== null && a.catalog.length > 0 && a.catalog.every((c) => !c.supportsResources));
}

export function checkResources(sink: IssueSink, value: unknown, path: readonly PathSegment[], actions: readonly ActionEntry[]): void {
  const items = resourceStrings(sink, value, path);
  for (const { text, segments } of items) checkOne(sink, text, segments, actions);
  const unsupported = firstWithoutResources(actions);
  if (unsupported) {
    const isModelArts = unsupported.service === 'modelarts';
    sink.report(
      'resource-not-supported',
      path,
      `${quote(unsupported.text)} accepts no resource paths${isModelArts ? ' (ModelArts authorization cannot name resources)' : ''}: remove Resource from this statement or move the action to a statement without Resource.`,
      { action: quote(unsupported.text), ...(isModelArts ? { variant: 'modelarts' } : {}) },
    );
  }
  if (Array.isArray(value) && value.length > LIMITS.resourcesPerStatement) {
    sink.report(
      'resource-count-high',
      path,
      `This statement lists ${value.length} resources; some IAM versions accept at most ${LIMITS.resourcesPerStatement}.`,
      { resources: value.length, max: LIMITS.resourcesPerStatement },
    );
  }
}
