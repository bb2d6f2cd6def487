/** Display helpers shared by the table and the dialogs. */
import type { TFunction } from 'i18next';
import type { Authorization } from '@/api/contracts/modelarts';

/** "All users" for the all-users row, else the user name (or id when the API gives no name). */
export function authorizedToLabel(row: Pick<Authorization, 'user_type' | 'user_name' | 'user_id'>, t: TFunction<'global-config'>): string {
  if (row.user_type === 'all-users') return t('allUsers');
  return row.user_name || row.user_id;
}
