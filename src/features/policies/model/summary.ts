/**
 * Policy summary (the AWS "policy summary" idea): per service and access level, whether the
 * policy's Allow blocks grant Full / Limited / None of the catalog actions of that level, with
 * resources and conditions; Deny blocks reported separately.
 *
 * An action counts as allowed when an Allow block's Action matches it and no unconditional Deny
 * does; it is conditional when every Allow block that matches it has a Condition or a Resource
 * (it is granted only for some requests). A Deny with a condition never lowers the count: the
 * summary never shows less access than the policy may grant.
 */
import { ACCESS_LEVELS, ACTIONS, expandActionPattern, findService, SERVICES, serviceKind, type AccessLevel, type PolicyDocument, type ServiceKind } from '@/iam';
import { buildGrantIndex, isUnconditional } from './grant-index';
import { describeConditions, WILDCARD_SERVICE, type PermissionBlock } from './visual-model';

export type AccessGrade = 'Full' | 'Limited' | 'None';

export interface LevelSummary {
  level: AccessLevel;
  /** Catalog actions of the service at this level. */
  total: number;
  allowed: number;
  /** Of the allowed ones, those granted only under conditions or for listed resources. */
  conditional: number;
  /** None when nothing is allowed (or the level has no catalog actions), Full when all are. */
  access: AccessGrade;
  allowedActions: string[];
  conditionalActions: string[];
  /** Condition texts of the Allow blocks behind the conditional actions ("… AND …"). */
  conditions: string[];
  denied: number;
  deniedActions: string[];
}

export interface DenySummary {
  count: number;
  actions: string[];
  /** Every matching Deny has a condition or resource: denied only for some requests. */
  conditional: boolean;
  conditions: string[];
  resources: string[];
}

export interface ServiceSummary {
  /** Lower-case service id; `*` for wildcard-service entries that match no catalog action. */
  service: string;
  name: string;
  nameZh?: string;
  kind: ServiceKind;
  /** In the catalog's service list. */
  known: boolean;
  /** Has catalog actions (levels can be computed). */
  catalogued: boolean;
  /** Overall grade over the levels that have catalog actions. */
  access: AccessGrade;
  levels: LevelSummary[];
  /** Some allowed action is granted only under conditions or for listed resources. */
  conditional: boolean;
  /** Condition texts of the Allow blocks that grant actions of this service. */
  conditions: string[];
  /** Resource entries of the Allow blocks that grant actions of this service. */
  resources: string[];
  deny: DenySummary;
  /** Literal Action entries of this service that are not catalog actions. */
  unknownActions: string[];
  /** Wildcard Action entries of this service that match no catalog action. */
  unmatchedPatterns: string[];
}

function grade(allowed: number, total: number): AccessGrade {
  if (allowed === 0 || total === 0) return 'None';
  return allowed === total ? 'Full' : 'Limited';
}

function addAll<T>(into: T[], items: Iterable<T>): void {
  for (const item of items) if (!into.includes(item)) into.push(item);
}

function emptyService(service: string): ServiceSummary {
  const catalog = findService(service);
  const name = service === WILDCARD_SERVICE ? 'All services (*)' : (catalog?.name ?? service);
  const out: ServiceSummary = {
    service,
    name,
    kind: catalog?.kind ?? serviceKind(service),
    known: catalog !== undefined,
    catalogued: ACTIONS.some((a) => a.service === service),
    access: 'None',
    levels: ACCESS_LEVELS.map((level) => ({
      level,
      total: 0,
      allowed: 0,
      conditional: 0,
      access: 'None',
      allowedActions: [],
      conditionalActions: [],
      conditions: [],
      denied: 0,
      deniedActions: [],
    })),
    conditional: false,
    conditions: [],
    resources: [],
    deny: { count: 0, actions: [], conditional: false, conditions: [], resources: [] },
    unknownActions: [],
    unmatchedPatterns: [],
  };
  if (catalog?.nameZh !== undefined) out.nameZh = catalog.nameZh;
  return out;
}

function conditionTexts(blocks: readonly PermissionBlock[]): string[] {
  return blocks.filter((b) => b.conditions.length > 0).map((b) => describeConditions(b.conditions));
}

/** Summarises a policy per service and access level. Services in catalog order, then unknown ones. */
export function summarisePolicy(doc: PolicyDocument): ServiceSummary[] {
  const index = buildGrantIndex(doc);
  const byService = new Map<string, ServiceSummary>();
  const get = (service: string) => {
    let s = byService.get(service);
    if (s === undefined) {
      s = emptyService(service);
      byService.set(service, s);
    }
    return s;
  };
  // Services mentioned by a block, with the entries that match no catalog action.
  for (const b of index.blocks) {
    if (b.service === '') continue;
    for (const p of b.patterns) {
      // Literal patterns are by construction not catalog actions (see documentToVisual).
      if (p.includes('*') && expandActionPattern(p).length > 0) continue;
      const s = get(b.service);
      addAll(p.includes('*') ? s.unmatchedPatterns : s.unknownActions, [p]);
    }
    if (b.service !== WILDCARD_SERVICE) get(b.service);
  }
  const hardDenied = new Set<string>();
  for (const a of ACTIONS) {
    const allows = index.allowsFor(a.action);
    const denies = index.deniesFor(a.action);
    if (allows.length === 0 && denies.length === 0) continue;
    const s = get(a.service);
    const level = s.levels.find((l) => l.level === a.level)!;
    const hardDeny = denies.some(isUnconditional);
    if (hardDeny) hardDenied.add(a.action);
    if (allows.length > 0 && !hardDeny) {
      level.allowed++;
      level.allowedActions.push(a.action);
      const conditional = !allows.some(isUnconditional);
      if (conditional) {
        level.conditional++;
        level.conditionalActions.push(a.action);
        addAll(level.conditions, conditionTexts(allows));
      }
      addAll(s.conditions, conditionTexts(allows));
      addAll(s.resources, allows.flatMap((b) => b.resources));
    }
    if (denies.length > 0) {
      level.denied++;
      level.deniedActions.push(a.action);
      s.deny.count++;
      s.deny.actions.push(a.action);
      addAll(s.deny.conditions, conditionTexts(denies));
      addAll(s.deny.resources, denies.flatMap((b) => b.resources));
    }
  }
  for (const s of byService.values()) {
    for (const level of s.levels) {
      level.total = ACTIONS.filter((a) => a.service === s.service && a.level === level.level).length;
      level.access = grade(level.allowed, level.total);
    }
    const graded = s.levels.filter((l) => l.total > 0);
    const allowed = graded.reduce((n, l) => n + l.allowed, 0);
    const total = graded.reduce((n, l) => n + l.total, 0);
    s.access = grade(allowed, total);
    s.conditional = s.levels.some((l) => l.conditional > 0);
    s.deny.conditional = s.deny.count > 0 && s.deny.actions.every((a) => !hardDenied.has(a));
  }
  const order = new Map(SERVICES.map((s, i) => [s.id, i]));
  const rank = (s: ServiceSummary) => order.get(s.service) ?? SERVICES.length;
  return [...byService.values()].sort((x, y) => rank(x) - rank(y));
}
