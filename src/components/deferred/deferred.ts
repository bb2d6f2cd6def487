/**
 * Code a widget needs only once it is used — a dropdown, a menu — loaded after the first paint
 * (first-route budget, scripts/check-bundle.mjs). Until it is there the widget renders its closed
 * state from what the first chunk already has (same look, name, role and state); a click on it
 * opens the widget as soon as its code has loaded, and focus moves from the stand-in to the widget.
 */
import { useEffect, useState, type RefObject } from 'react';

export interface Loaded<M> {
  /** The module, once loaded. */
  module: M | undefined;
  /** Whether the stand-in had focus when the module arrived: the widget should take it. */
  hadFocus: boolean;
}

export interface Deferred<M> {
  /** Starts loading (once) and resolves with the module. */
  preload: () => Promise<M>;
  /** Hook: starts loading on mount; re-renders once the module is there. */
  useLoaded: (standIn: RefObject<HTMLElement | null>) => Loaded<M>;
}

export function deferred<M>(load: () => Promise<M>): Deferred<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (m) => (module = m),
      (error: unknown) => {
        loading = undefined; // the next mount tries again
        throw error;
      },
    ));
  function useLoaded(standIn: RefObject<HTMLElement | null>): Loaded<M> {
    const [loaded, setLoaded] = useState<Loaded<M>>(() => ({ module, hadFocus: false }));
    useEffect(() => {
      if (loaded.module) return;
      let live = true;
      preload().then(
        (m) => {
          if (live) setLoaded({ module: m, hadFocus: standIn.current !== null && standIn.current === document.activeElement });
        },
        (error: unknown) => console.error('A control of the page could not be loaded', error),
      );
      return () => {
        live = false;
      };
    }, [loaded.module, standIn]);
    return loaded;
  }
  return { preload, useLoaded };
}
