/**
 * A server-side list's state in the URL (`?q=&page=&size=`), so a view can be shared and survives
 * reload, plus the search box's typed text, debounced into the URL. Other parameters are kept.
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useListParams } from '@/components';
import type { ListQuery } from '@/api/resources/list-query';

const SEARCH_DEBOUNCE_MS = 300;

export function useListQuery() {
  const { params: query, update } = useListParams();

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
