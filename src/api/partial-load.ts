/**
 * The parts of a composite load (the organisation snapshot reads about a dozen lists) that
 * succeeded, kept until the whole load succeeds: a retry fetches only the parts that failed, so
 * the load finishes even when every call has a good chance of failing (issue 12: at a 50 %
 * failure rate, refetching all twelve lists succeeds once in 4,000 tries). A part that fails is
 * forgotten at once; the kept parts expire after `maxAgeMs` and whenever the data may have
 * changed (src/api/resources/invalidation.ts clears them), so a retry never mixes in stale lists.
 */
export class PartialLoad {
  private readonly parts = new Map<string, Promise<unknown>>();
  private readonly created: number;

  constructor(
    private readonly maxAgeMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.created = now();
  }

  get expired(): boolean {
    return this.now() - this.created > this.maxAgeMs;
  }

  /** The part `name`: kept from an earlier attempt if it succeeded (or is still running), else loaded now. */
  part<T>(name: string, load: () => Promise<T>): Promise<T> {
    const kept = this.parts.get(name);
    if (kept) return kept as Promise<T>;
    const loading = load();
    this.parts.set(name, loading);
    loading.catch(() => {
      if (this.parts.get(name) === loading) this.parts.delete(name);
    });
    return loading;
  }
}

/** One PartialLoad per key (e.g. a query key), for the retries of that load. */
export class PartialLoads {
  private readonly loads = new Map<string, PartialLoad>();

  constructor(private readonly create: () => PartialLoad = () => new PartialLoad()) {}

  /** Runs `load` with the parts kept for `key`; they are dropped when it succeeds. */
  async run<T>(key: string, load: (parts: PartialLoad) => Promise<T>): Promise<T> {
    let parts = this.loads.get(key);
    if (!parts || parts.expired) {
      parts = this.create();
      this.loads.set(key, parts);
    }
    const result = await load(parts);
    if (this.loads.get(key) === parts) this.loads.delete(key);
    return result;
  }

  /** Forgets every kept part (the data may have changed). */
  clear(): void {
    this.loads.clear();
  }
}
