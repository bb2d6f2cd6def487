/**
 * A list's state in the URL (`?q=&page=&size=` plus the list's own keys, e.g. `sort`, `ep`), so a
 * view can be shared and survives reload. Other parameters (e.g. `?workspace=`) are kept; a value
 * equal to its default is left out of the URL.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
/** The page sizes a list offers (DataTable's default). */
export const DEFAULT_PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_SIZE = 10;

export interface BaseListParams {
  search: string;
  page: number;
  pageSize: number;
}

/** Sets `key` to `value`, or removes it when `value` is the default. */
export type SetListParam = (key: string, value: string, dflt: string) => void;

/** The list's own parameters: how they read from the URL and how they are written back. */
export interface ListParamsExtra<E> {
  parse(params: URLSearchParams): E;
  write(values: E, set: SetListParam): void;
}

const NO_EXTRA: ListParamsExtra<object> = { parse: () => ({}), write: () => {} };

export function parseListParams<E extends object = object>(
  params: URLSearchParams,
  extra: ListParamsExtra<E> = NO_EXTRA as ListParamsExtra<E>,
): BaseListParams & E {
  const size = Number(params.get('size'));
  const page = Number(params.get('page'));
  return {
    search: (params.get('q') ?? '').slice(0, 64),
    ...extra.parse(params),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: DEFAULT_PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
  };
}

/** `extra` must be stable (a module constant). */
export function useListParams<E extends object = object>(extra: ListParamsExtra<E> = NO_EXTRA as ListParamsExtra<E>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams, extra), [searchParams, extra]);

  const update = useCallback(
    (patch: Partial<BaseListParams & E>) =>
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const merged = { ...parseListParams(prev, extra), ...patch };
          const set: SetListParam = (k, v, dflt) => (v === dflt ? next.delete(k) : next.set(k, v));
          set('q', merged.search, '');
          extra.write(merged, set);
          set('page', String(merged.page), '1');
          set('size', String(merged.pageSize), String(DEFAULT_SIZE));
          return next;
        },
        { replace: true },
      ),
    [setSearchParams, extra],
  );

  return { params, update };
}
