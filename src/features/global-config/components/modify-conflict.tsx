/**
 * Modify after a 409: someone else changed the authorization since the dialog read it. The
 * user's agency next to the service's, then reapply on the latest version, back, or discard
 * (src/components/conflict/conflict-review.tsx). Nothing the user chose is lost: the form and
 * any agency an earlier attempt created are kept.
 */
import { useTranslation } from 'react-i18next';
import type { Authorization } from '@/api/contracts/modelarts';
import { getAuthorizations } from '@/api/resources/authorizations';
import { ConflictReview } from '@/components/conflict/conflict-review';
import { authorizedToLabel } from './labels';

/** The row as the service has it now, or an error when it is gone. */
export async function loadLatestAuthorization(projectId: string, row: Authorization, goneMessage: string): Promise<Authorization> {
  const search = row.user_name ?? undefined;
  const list = await getAuthorizations(projectId, { limit: 1000, offset: 0, sort_by: 'user_name', order: 'asc', ...(search ? { search } : {}) });
  const latest = list.auth.find((a) => a.user_id === row.user_id && a.user_type === row.user_type);
  if (!latest) throw new Error(goneMessage);
  return latest;
}

export interface ModifyConflictProps {
  base: Authorization;
  server: Authorization;
  /** The agency the user chose (existing, or the one to create / created). */
  mine: string;
  onReapply: () => void;
  onDiscard: () => void;
  onBack: () => void;
}

export function ModifyConflict({ base, server, mine, ...actions }: ModifyConflictProps) {
  const { t } = useTranslation('global-config');
  const rows = [{ key: 'agency', label: t('modify.conflict.agency'), mine, theirs: server.content, changed: mine !== base.content }];
  const message = t('modify.conflict.body', { name: authorizedToLabel(server, t), theirs: server.version ?? 1, yours: base.version ?? 1, agency: base.content });
  return <ConflictReview message={message} label={t('modify.conflict.title')} rows={rows} {...actions} />;
}
