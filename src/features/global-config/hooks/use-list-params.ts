/**
 * The table's state in the URL (`?q=&sort=&order=&page=&size=`), so a view can be shared and
 * survives reload. Other parameters (e.g. `?workspace=`) are kept.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuthorizationSortField, SortOrder } from '../api/get-authorizations';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_SIZE = 10;

export interface ListParams {
  search: string;
  sortBy: AuthorizationSortField;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export function parseListParams(params: URLSearchParams): ListParams {
  const size = Number(params.get('size'));
  const page = Number(params.get('page'));
  return {
    search: (params.get('q') ?? '').slice(0, 64),
    sortBy: params.get('sort') === 'create_time' ? 'create_time' : 'user_name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
  };
}

export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<ListParams>) => {
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const merged = { ...parseListParams(prev), ...patch };
          const set = (k: string, v: string, dflt: string) => (v === dflt ? next.delete(k) : next.set(k, v));
          set('q', merged.search, '');
          set('sort', merged.sortBy, 'user_name');
          set('order', merged.order, 'asc');
          set('page', String(merged.page), '1');
          set('size', String(merged.pageSize), String(DEFAULT_SIZE));
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return { params, update };
}
