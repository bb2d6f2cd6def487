/**
 * The table's state in the URL (`?q=&sort=&order=&page=&size=`), so a view can be shared and
 * survives reload. Other parameters (e.g. `?workspace=`) are kept.
 */
import { DEFAULT_PAGE_SIZES, useListParams as useUrlListParams, type ListParamsExtra } from '@/components/data-table/use-list-params';
import type { AuthorizationSortField, SortOrder } from '@/api/resources/authorizations';

export const PAGE_SIZES = DEFAULT_PAGE_SIZES;

const SORT_PARAMS: ListParamsExtra<{ sortBy: AuthorizationSortField; order: SortOrder }> = {
  parse: (params) => ({
    sortBy: params.get('sort') === 'create_time' ? 'create_time' : 'user_name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  }),
  write: (values, set) => {
    set('sort', values.sortBy, 'user_name');
    set('order', values.order, 'asc');
  },
};

export function useListParams() {
  return useUrlListParams(SORT_PARAMS);
}
