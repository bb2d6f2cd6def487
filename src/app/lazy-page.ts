/**
 * A lazily loaded page that can be fetched ahead (router.tsx, preloadRoute). Once its module has
 * arrived it renders at once: lazy() then gets an already-settled thenable, so React does not
 * suspend (a page that suspends is revealed up to 300 ms later: React 19 throttles Suspense reveals).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props are the page's own, as in lazy()
export function lazyPage<T extends ComponentType<any>>(load: () => Promise<{ default: T }>): { Page: LazyExoticComponent<T>; preload: () => Promise<unknown> } {
  let loaded: { default: T } | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  /** A thenable that calls back synchronously: React reads the module in the same render. */
  const settled = (module: { default: T }) => ({ then: (resolve: (m: { default: T }) => void) => resolve(module) }) as unknown as Promise<{ default: T }>;
  return { Page: lazy(() => (loaded ? settled(loaded) : preload())), preload };
}
