/** The list's state in the URL (`?q=&ep=&page=&size=`): shareable, survives reload; `?workspace=` is kept. */
import { useListParams as useUrlListParams, type ListParamsExtra } from '@/components';

const EP_PARAM: ListParamsExtra<{ enterpriseProjectId: string }> = {
  parse: (params) => ({ enterpriseProjectId: params.get('ep') ?? '' }),
  write: (values, set) => set('ep', values.enterpriseProjectId, ''),
};

export function useListParams() {
  return useUrlListParams(EP_PARAM);
}
