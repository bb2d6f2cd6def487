/**
 * A server-side list's state in the URL (`?q=&page=&size=`), so a view can be shared and survives
 * reload, plus the search box's typed text, debounced into the URL. Other parameters are kept.
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZES } from '@/components';
import type { ListQuery } from '../api/list-params';

const DEFAULT_SIZE = 10;
const SEARCH_DEBOUNCE_MS = 300;

export function parseListQuery(params: URLSearchParams): ListQuery {
  const size = Number(params.get('size'));
  const page = Number(params.get('page'));
  return {
    search: (params.get('q') ?? '').slice(0, 64),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: DEFAULT_PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
  };
}

export function useListQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<ListQuery>) =>
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const merged = { ...parseListQuery(prev), ...patch };
          const set = (k: string, v: string, dflt: string) => (v === dflt ? next.delete(k) : next.set(k, v));
          set('q', merged.search, '');
          set('page', String(merged.page), '1');
          set('size', String(merged.pageSize), String(DEFAULT_SIZE));
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  const [searchText, setSearchText] = useState(query.search);
  const [debounced] = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debounced !== query.search) update({ search: debounced, page: 1 });
    // Only the typed text drives this; the URL may also change by navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return { query, update, searchText, setSearchText };
}

/** After deletes or with a stale link the page may be past the end: go to the last page. */
export function useClampPage(query: ListQuery, total: number | undefined, rows: number | undefined, update: (p: Partial<ListQuery>) => void) {
  useEffect(() => {
    if (total !== undefined && rows === 0 && total > 0 && query.page > 1) update({ page: Math.max(1, Math.ceil(total / query.pageSize)) });
  }, [total, rows, query.page, query.pageSize, update]);
}
