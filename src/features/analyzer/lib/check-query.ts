/**
 * The Check access query as URL parameters, so a check can be shared: `?tab=check&user=omar&
 * actions=a,b&region=p-1&ws=0&mode=strict&ctx={…}` or `&policy=<JSON>` for pasted policies.
 */
import type { RequestContext } from '@/iam';

export const MODES = ['configured', 'strict', 'loose'] as const;
export type ModeChoice = (typeof MODES)[number];

export type CheckSubject = { kind: 'user'; user: string } | { kind: 'policy'; text: string };

export interface CheckQuery {
  subject: CheckSubject;
  actions: string[];
  projectId: string;
  workspaceId: string;
  mode: ModeChoice;
  context: RequestContext;
}

export interface QueryDefaults {
  projectId: string;
  workspaceId: string;
}

function readContext(raw: string | null): RequestContext {
  if (!raw) return {};
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
    return v as RequestContext;
  } catch {
    return {};
  }
}

/** The listed actions, trimmed, first occurrence kept (a Set: linear in a 100 kB shared URL). */
export function readActions(raw: string | null): string[] {
  const seen = new Set<string>();
  for (const part of (raw ?? '').split(',')) {
    const a = part.trim();
    if (a !== '') seen.add(a);
  }
  return [...seen];
}

/** The check written in the URL, or null when it lacks a subject or actions. */
export function parseCheckQuery(params: URLSearchParams, defaults: QueryDefaults): CheckQuery | null {
  const policy = params.get('policy');
  const user = params.get('user');
  const subject: CheckSubject | null = policy ? { kind: 'policy', text: policy } : user ? { kind: 'user', user } : null;
  const actions = readActions(params.get('actions'));
  if (subject === null || actions.length === 0) return null;
  const mode = params.get('mode');
  return {
    subject,
    actions,
    projectId: params.get('region') || defaults.projectId,
    workspaceId: params.get('ws') || defaults.workspaceId,
    mode: (MODES as readonly string[]).includes(mode ?? '') ? (mode as ModeChoice) : 'configured',
    context: readContext(params.get('ctx')),
  };
}

const CHECK_KEYS = ['user', 'policy', 'actions', 'region', 'ws', 'mode', 'ctx'] as const;

/** The URL parameters of a check, keeping every other parameter (tab, workspace switcher). */
export function writeCheckQuery(prev: URLSearchParams, q: CheckQuery): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const k of CHECK_KEYS) next.delete(k);
  next.set('tab', 'check');
  if (q.subject.kind === 'user') next.set('user', q.subject.user);
  else next.set('policy', q.subject.text);
  next.set('actions', q.actions.join(','));
  next.set('region', q.projectId);
  next.set('ws', q.workspaceId);
  if (q.mode !== 'configured') next.set('mode', q.mode);
  if (Object.keys(q.context).length > 0) next.set('ctx', JSON.stringify(q.context));
  return next;
}
