/** The list's state in the URL (`?q=&ep=&page=&size=`): shareable, survives reload; `?workspace=` is kept. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_SIZE = 10;

export interface ListParams {
  search: string;
  enterpriseProjectId: string;
  page: number;
  pageSize: number;
}

export function parseListParams(params: URLSearchParams): ListParams {
  const size = Number(params.get('size'));
  const page = Number(params.get('page'));
  return {
    search: (params.get('q') ?? '').slice(0, 64),
    enterpriseProjectId: params.get('ep') ?? '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
  };
}

export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams), [searchParams]);
  const update = useCallback(
    (patch: Partial<ListParams>) =>
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const m = { ...parseListParams(prev), ...patch };
          const set = (k: string, v: string, dflt: string) => (v === dflt ? next.delete(k) : next.set(k, v));
          set('q', m.search, '');
          set('ep', m.enterpriseProjectId, '');
          set('page', String(m.page), '1');
          set('size', String(m.pageSize), String(DEFAULT_SIZE));
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return { params, update };
}
