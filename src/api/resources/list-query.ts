/** A server-side page request of an IAM list: search text, page (1-based) and page size. */
export interface ListQuery {
  search: string;
  page: number;
  pageSize: number;
}

export function toApiQuery({ search, page, pageSize }: ListQuery) {
  return { name: search.trim() || undefined, limit: pageSize, offset: (page - 1) * pageSize, sort_by: 'name', order: 'asc' };
}
