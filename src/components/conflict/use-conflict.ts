/**
 * After a 409 (docs/api.md "Concurrency"): loads the latest version from the service and keeps
 * it for the conflict view, or the error if it could not be loaded (retry with `open` again).
 */
import { useCallback, useRef, useState } from 'react';

export interface ConflictState<T> {
  /** The latest version; null while loading or when loading failed. */
  server: T | null;
  error: unknown;
}

export function useConflict<T>(loadLatest: () => Promise<T>, onChange?: (open: boolean) => void) {
  const [conflict, setState] = useState<ConflictState<T> | null>(null);
  const latest = useRef({ loadLatest, onChange });
  latest.current = { loadLatest, onChange };

  const set = useCallback((next: ConflictState<T> | null) => {
    setState(next);
    latest.current.onChange?.(next !== null);
  }, []);

  const open = useCallback(async () => {
    set({ server: null, error: null });
    try {
      set({ server: await latest.current.loadLatest(), error: null });
    } catch (error) {
      set({ server: null, error });
    }
  }, [set]);

  const close = useCallback(() => set(null), [set]);
  return { conflict, open, close };
}
