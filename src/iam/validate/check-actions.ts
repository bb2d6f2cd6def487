/**
 * Checks of a statement's Action (docs/policy-semantics.md §1): shape, `service:resourceType:operation` format,
 * lower-case service, catalog membership with "did you mean", duplicates, redundancy, and the
 * security findings of broad Allow statements.
 */
import { findAction, findService, SERVICES_WITH_ACTIONS, serviceKind } from '../catalog';
import { matchesWildcard } from '../match/wildcard';
import type { CatalogAction, FindingParams, ServiceKind } from '../model';
import { catalogMatches, IAM_PERMISSION_ACTIONS, SERVICE_IDS, suggestAction } from './catalog-lookup';
import { closestMatch } from './closest-match';
import { LIMITS } from './codes';
import { describeType, didYouMean, type IssueSink, type PathSegment, quote, typeOf } from './issue';

/** A well-formed Action entry, as later checks (Resource, mixing rule) need it. */
export interface ActionEntry {
  text: string;
  /** Lower-cased service part (may contain `*`). */
  service: string;
  segments: readonly PathSegment[];
  /** Catalog actions it names or matches; null when the service has no catalog actions. */
  catalog: readonly CatalogAction[] | null;
}

export interface ServiceRef {
  service: string;
  kind: ServiceKind;
  segments: readonly PathSegment[];
}

const PART = /^[A-Za-z0-9_*-]+$/;
const ALL_STARS = /^\*+$/;

function entriesOf(sink: IssueSink, value: unknown, path: readonly PathSegment[]): Array<{ text: string; segments: PathSegment[] }> {
  if (typeof value === 'string') {
    if (value === '') {
      sink.report('action-empty', path, 'Action is an empty string: name at least one action such as "modelarts:notebook:list".', {});
      return [];
    }
    return [{ text: value, segments: [...path] }];
  }
  if (!Array.isArray(value)) {
    sink.report('action-invalid-type', path, `Action must be a string or an array of strings, not ${describeType(value)}.`, { type: typeOf(value) });
    return [];
  }
  if (value.length === 0) {
    sink.report('action-empty', path, 'Action is an empty array: name at least one action such as "modelarts:notebook:list".', { variant: 'array' });
    return [];
  }
  const out: Array<{ text: string; segments: PathSegment[] }> = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const segments = [...path, i];
    if (typeof item !== 'string') {
      sink.report('action-invalid-type', segments, `Each action must be a string; found ${describeType(item)} (${quote(item)}).`, {
        type: typeOf(item),
        value: quote(item),
        variant: 'item',
      });
    } else if (item === '') {
      sink.report('action-empty', segments, 'An action is an empty string: remove it or name an action.', { variant: 'item' });
    } else {
      out.push({ text: item, segments });
    }
  }
  return out;
}

function checkFormat(sink: IssueSink, text: string, segments: PathSegment[]): string[] | null {
  const parts = text.split(':');
  if (parts.length !== 3 || !parts.every((p) => PART.test(p))) {
    const n = parts.length;
    const why = n !== 3 ? `it has ${n} part${n === 1 ? '' : 's'}` : 'each part may hold only letters, digits, "_", "-" and the wildcard "*"';
    const params: FindingParams = n !== 3 ? { action: quote(text), parts: n, variant: n === 1 ? 'part' : 'parts' } : { action: quote(text) };
    sink.report('action-format', segments, `Action ${quote(text)} must have the form service:resourceType:operation; ${why}.`, params);
    return null;
  }
  const service = parts[0] ?? '';
  if (service !== service.toLowerCase()) {
    const fixed = `${service.toLowerCase()}:${parts[1]}:${parts[2]}`;
    sink.report(
      'action-service-case',
      segments,
      `The service in ${quote(text)} must be written in lower case: ${quote(fixed)}.`,
      { action: quote(text), suggestion: quote(fixed) },
      { suggestion: fixed },
    );
  }
  return parts;
}

function checkCatalog(sink: IssueSink, text: string, service: string, segments: PathSegment[]): readonly CatalogAction[] | null {
  const lower = text.toLowerCase();
  if (!service.includes('*') && !findService(service) && !SERVICES_WITH_ACTIONS.has(service)) {
    const near = closestMatch(service, SERVICE_IDS);
    const fixed = didYouMean(near === undefined ? undefined : `${near}${text.slice(text.indexOf(':'))}`);
    sink.report(
      'action-service-unknown',
      segments,
      `Unknown service ${quote(service)} in ${quote(text)}.${fixed.text}`,
      { service: quote(service), action: quote(text), ...fixed.params },
      fixed.extra,
    );
    return null;
  }
  if (!service.includes('*') && !SERVICES_WITH_ACTIONS.has(service)) return null; // known service, actions not catalogued
  if (!lower.includes('*')) {
    const found = findAction(lower);
    if (found) {
      reportCase(sink, text, found.action, segments);
      return [found];
    }
    const near = didYouMean(suggestAction(lower));
    sink.report('action-unknown', segments, `Unknown action ${quote(text)}: it is not in the action catalog.${near.text}`, { action: quote(text), ...near.params }, near.extra);
    return [];
  }
  const matches = catalogMatches(lower);
  if (matches.length === 0) {
    sink.report('action-pattern-no-match', segments, `The pattern ${quote(text)} matches no action in the catalog.`, { action: quote(text) });
  }
  return matches;
}

/**
 * A catalog action written in another letter case after the service part (the service part has
 * its own finding, action-service-case). IAM matches actions case-insensitively, so it grants the
 * same (docs/policy-semantics.md); the finding gives the catalog spelling, which the visual view
 * writes.
 */
function reportCase(sink: IssueSink, text: string, catalogSpelling: string, segments: PathSegment[]): void {
  const colon = text.indexOf(':');
  if (text.slice(colon) === catalogSpelling.slice(catalogSpelling.indexOf(':'))) return;
  sink.report(
    'action-case',
    segments,
    `${quote(text)} differs from the catalog action ${quote(catalogSpelling)} only in letter case: IAM matches actions case-insensitively, so it grants the same; write it as the catalog does.`,
    { action: quote(text), suggestion: quote(catalogSpelling) },
    { suggestion: catalogSpelling },
  );
}

function checkSecurity(sink: IssueSink, text: string, parts: string[], entry: ActionEntry): void {
  const [service = '', resourceType = '', operation = ''] = parts;
  if (ALL_STARS.test(service) && ALL_STARS.test(resourceType) && ALL_STARS.test(operation)) {
    sink.report('action-allow-all', entry.segments, `Allow ${quote(text)} grants every action of every service: use the narrowest actions the user needs.`, {
      action: quote(text),
    });
    return;
  }
  if (service.includes('*')) {
    sink.report(
      'action-wildcard-service',
      entry.segments,
      `${quote(text)} has a wildcard in the service part, so it reaches every service with a matching operation: name the service.`,
      { action: quote(text) },
    );
  }
  if (!matchesWildcard(service, 'iam')) return;
  const lower = text.toLowerCase();
  const hits = IAM_PERMISSION_ACTIONS.filter((a) => matchesWildcard(lower, a.action));
  if (hits.length > 0) {
    const names = `${hits.slice(0, 3).map((a) => a.action).join(', ')}${hits.length > 3 ? ', …' : ''}`;
    sink.report(
      'action-iam-permission-management',
      entry.segments,
      `Allow ${quote(text)} grants IAM permission management (${names}): its holder can create agencies or grant permissions, including to itself.`,
      { action: quote(text), actions: names },
    );
  }
}

/** Wildcard tests the redundancy check may spend on one statement (linear cost beyond). */
const REDUNDANCY_BUDGET = 200_000;

function checkDuplicatesAndRedundancy(sink: IssueSink, entries: readonly ActionEntry[]): void {
  const first = new Map<string, ActionEntry>();
  const unique: Array<{ lower: string; entry: ActionEntry }> = [];
  for (const entry of entries) {
    const lower = entry.text.toLowerCase();
    const earlier = first.get(lower);
    if (earlier) {
      sink.report('action-duplicate', entry.segments, `Action ${quote(entry.text)} is listed more than once in this statement: remove the duplicate.`, {
        action: quote(entry.text),
      });
    } else {
      first.set(lower, entry);
      unique.push({ lower, entry });
    }
  }
  const all = unique.filter((u) => u.lower.includes('*'));
  if (all.length === 0) return;
  // Every entry against every pattern is quadratic: past a budget only the first patterns are
  // tried, so a huge statement may miss some redundancy warnings but never gets a false one.
  const patterns = all.slice(0, Math.max(1, Math.floor(REDUNDANCY_BUDGET / unique.length)));
  for (const u of unique) {
    const cover = patterns.find((p) => p !== u && matchesWildcard(p.lower, u.lower));
    if (cover) {
      sink.report(
        'action-redundant',
        u.entry.segments,
        `Action ${quote(u.entry.text)} is already covered by ${quote(cover.entry.text)} in the same statement: remove it.`,
        { action: quote(u.entry.text), cover: quote(cover.entry.text) },
      );
    }
  }
}

/** Checks the Action value of one statement; returns its well-formed entries. */
export function checkActions(
  sink: IssueSink,
  value: unknown,
  path: readonly PathSegment[],
  effect: 'Allow' | 'Deny' | null,
  services: ServiceRef[],
): ActionEntry[] {
  const raw = entriesOf(sink, value, path);
  const entries: ActionEntry[] = [];
  for (const { text, segments } of raw) {
    const parts = checkFormat(sink, text, segments);
    if (parts === null) continue;
    const service = (parts[0] ?? '').toLowerCase();
    const catalog = checkCatalog(sink, text, service, segments);
    const entry: ActionEntry = { text, service, segments, catalog };
    entries.push(entry);
    if (effect === 'Allow') checkSecurity(sink, text, parts, entry);
    if (!service.includes('*') && findService(service)) services.push({ service, kind: serviceKind(service), segments });
  }
  checkDuplicatesAndRedundancy(sink, entries);
  if (Array.isArray(value) && value.length > LIMITS.actionsPerStatement) {
    sink.report(
      'action-count-high',
      path,
      `This statement lists ${value.length} actions; some IAM versions accept at most ${LIMITS.actionsPerStatement} per statement: use wildcards or split it.`,
      { actions: value.length, max: LIMITS.actionsPerStatement },
    );
  }
  return entries;
}
