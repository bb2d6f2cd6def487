/**
 * The mock database: one in-memory state, a revision counter bumped on every mutation, change
 * listeners (the browser persistence subscribes), snapshot export/import, reset and tokens.
 * Reads are plain Map look-ups; derived data (engine snapshot, sorted lists) is memoised per
 * revision, so a mutation never re-serialises anything by itself.
 */
import type { SnapshotDocument, SnapshotProblem } from '@/api/contracts/snapshot';
import type { Snapshot } from '@/iam/model';
import { buildLargeSeed, buildSeed } from './seed';
import { countsOf } from './snapshot/collections';
import { stateToSnapshot } from './snapshot/export';
import { snapshotToState } from './snapshot/import';
import type { StoreState, UserRec } from './types';

export type SeedSize = 'default' | 'large';

/** What IndexedDB holds (one versioned key). */
export interface PersistedStore {
  version: 1;
  state: StoreState;
  tokens: Map<string, string>;
}

export type ImportResult =
  | { ok: true; counts: Record<string, number> }
  | { ok: false; problem: SnapshotProblem };

export class MockStore {
  state: StoreState;
  /** token → user id. Persisted so persona tokens survive a reload. */
  tokens = new Map<string, string>();
  revision = 0;
  /** The clock; tests may replace it. */
  now: () => number = () => Date.now();

  private memo = new Map<string, unknown>();
  private memoRevision = -1;
  private listeners = new Set<() => void>();

  constructor(state?: StoreState) {
    this.state = state ?? buildSeed();
  }

  // ---------- change tracking ----------
  /** Runs `fn` on the state, then bumps the revision and notifies listeners. */
  mutate<T>(fn: (state: StoreState) => T): T {
    const result = fn(this.state);
    this.touch();
    return result;
  }

  touch(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }

  /** Notifies listeners (persistence) without a new revision: for data outside the snapshot, e.g. tokens. */
  notify(): void {
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A value derived from the state, computed once per revision. */
  cached<T>(key: string, compute: () => T): T {
    if (this.memoRevision !== this.revision) {
      this.memo.clear();
      this.memoRevision = this.revision;
    }
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  // ---------- snapshot ----------
  /** The engine's input; the same object until the next mutation (prepareSnapshot memoises per object). */
  toEngineSnapshot(): Snapshot {
    this.purgeDeletedWorkspaces();
    return this.cached('engine-snapshot', () => stateToSnapshot(this.state));
  }

  /** docs/snapshot-format.md document: a fresh copy the caller may change. */
  exportSnapshot(): SnapshotDocument {
    return structuredClone(this.toEngineSnapshot()) as unknown as SnapshotDocument;
  }

  /** Validates and replaces everything, or changes nothing and reports the first problem. */
  importSnapshot(json: unknown): ImportResult {
    const outcome = snapshotToState(json, this.state, this.now());
    if (!outcome.ok) return outcome;
    this.replace(outcome.state);
    return { ok: true, counts: countsOf(outcome.state) };
  }

  /** Back to the seed organisation (or the large one). Tokens of users that still exist keep working. */
  reset(size: SeedSize = 'default'): void {
    this.replace(size === 'large' ? buildLargeSeed() : buildSeed());
  }

  /** Swaps the whole state (import, reset, load), dropping tokens of users that no longer exist. */
  replace(state: StoreState, tokens?: Map<string, string>): void {
    this.state = state;
    if (tokens) this.tokens = tokens;
    for (const [token, userId] of this.tokens) if (!state.users.has(userId)) this.tokens.delete(token);
    this.touch();
  }

  persisted(): PersistedStore {
    return { version: 1, state: this.state, tokens: this.tokens };
  }

  // ---------- look-ups ----------
  user(idOrName: string): UserRec | undefined {
    return this.state.users.get(idOrName) ?? this.userByName(idOrName);
  }

  userByName(name: string): UserRec | undefined {
    const index = this.cached('users-by-name', () => {
      const m = new Map<string, UserRec>();
      for (const u of this.state.users.values()) m.set(u.name, u);
      return m;
    });
    return index.get(name);
  }

  adminGroupIds(): Set<string> {
    return this.cached('admin-groups', () => new Set([...this.state.groups.values()].filter((g) => g.name === 'admin').map((g) => g.id)));
  }

  /** Root user, or a member of the group named `admin`. */
  isAdmin(user: UserRec): boolean {
    if (user.root) return true;
    const admins = this.adminGroupIds();
    return user.groups.some((g) => admins.has(g));
  }

  agencyByName(name: string) {
    const index = this.cached('agencies-by-name', () => new Map([...this.state.agencies.values()].map((a) => [a.name, a])));
    return index.get(name);
  }

  rootUser(): UserRec | undefined {
    for (const u of this.state.users.values()) if (u.root) return u;
    return undefined;
  }

  /** Removes workspaces whose DELETING delay is over. */
  purgeDeletedWorkspaces(): void {
    const now = this.now();
    let gone = false;
    for (const w of this.state.workspaces.values()) {
      if (w.status === 'DELETING' && w.deleteAt !== undefined && w.deleteAt <= now) {
        this.state.workspaces.delete(w.id);
        gone = true;
      }
    }
    if (gone) this.touch();
  }

  newAttachmentId(): string {
    return `ra-${this.state.nextAttachment++}`;
  }
}
