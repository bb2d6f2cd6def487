/**
 * One consequence preview: the organisation, the mutation and the target (region project,
 * workspace). Computed on the main thread for small organisations and in a Web Worker
 * (preview.worker.ts) for large ones, with the same function, and reduced to what the dialog
 * shows (consequence-preview.tsx): counts, and the first names of each list. A mode switch on
 * 10,000 users changes 200-odd actions for nearly every user; the whole lists (two million
 * names) took about 100 ms of the page's main thread just to receive from the worker.
 */
import { applyMutation, previewConsequences, type AccessMutation, type ConsequencePreview, type PreviewChange, type PreviewUser, type Snapshot } from '@/iam';

export interface PreviewJob {
  snapshot: Snapshot;
  mutation: AccessMutation;
  projectId?: string;
  workspaceId?: string;
}

/** Names shown per list before "and N more". */
export const SHOWN_NAMES = 12;

/** A list of users as the dialog shows it: how many, and the first SHOWN_NAMES (sorted by name). */
export interface ShownUsers {
  count: number;
  first: PreviewUser[];
}

export interface ShownChange {
  /** An action or a scenario id. */
  id: string;
  gain: ShownUsers;
  lose: ShownUsers;
}

/** ConsequencePreview with every list of users reduced to ShownUsers. */
export interface PreviewSummary extends Omit<ConsequencePreview, 'actions' | 'scenarios' | 'gain' | 'lose'> {
  actions: ShownChange[];
  scenarios: ShownChange[];
  gain: ShownUsers;
  lose: ShownUsers;
}

export type PreviewWorkerMessage = { type: 'done'; id: number; preview: PreviewSummary } | { type: 'error'; id: number; message: string };

const shown = (users: readonly PreviewUser[]): ShownUsers => ({ count: users.length, first: users.slice(0, SHOWN_NAMES) });
const shownChange = (c: PreviewChange): ShownChange => ({ id: c.id, gain: shown(c.gain), lose: shown(c.lose) });

export function summarizePreview(p: ConsequencePreview): PreviewSummary {
  return { ...p, actions: p.actions.map(shownChange), scenarios: p.scenarios.map(shownChange), gain: shown(p.gain), lose: shown(p.lose) };
}

/** JSON with object keys sorted: equal for equal values, whatever order their keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What a preview depends on besides the organisation: its mutation and target. */
export function previewKey(job: Omit<PreviewJob, 'snapshot'>): string {
  return canonical({ mutation: job.mutation, projectId: job.projectId, workspaceId: job.workspaceId });
}

export function computePreview(job: PreviewJob): PreviewSummary {
  return summarizePreview(previewConsequences(job.snapshot, applyMutation(job.snapshot, job.mutation), { projectId: job.projectId, workspaceId: job.workspaceId }));
}
