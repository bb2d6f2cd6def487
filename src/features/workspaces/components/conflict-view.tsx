/**
 * After a 409 on a workspace: its fields, the user's values next to the service's
 * (src/components/conflict/conflict-review.tsx).
 */
import { useTranslation } from 'react-i18next';
import type { Workspace } from '@/api/contracts/modelarts';
import { ConflictReview } from '@/components/conflict/conflict-review';
import { changedFields, EDITABLE_FIELDS, valuesOf, type EditableField, type WorkspaceFormValues } from '../lib/workspace-form';

export interface ConflictViewProps {
  base: WorkspaceFormValues;
  baseVersion: number;
  mine: WorkspaceFormValues;
  server: Workspace;
  onReapply: () => void;
  onDiscard: () => void;
  onBack: () => void;
}

export function ConflictView({ base, baseVersion, mine, server, ...actions }: ConflictViewProps) {
  const { t } = useTranslation('workspaces');
  const theirs = valuesOf(server);
  const mineChanged = new Set(changedFields(base, mine));
  const show = (f: EditableField, v: WorkspaceFormValues) => {
    if (f === 'authType') return t(`authType.${v.authType}`);
    if (f === 'grants') return v.authType === 'INTERNAL' && v.grants.length ? v.grants.map((g) => g.name).join(', ') : t('conflict.none');
    return v[f] || t('conflict.none');
  };
  const rows = EDITABLE_FIELDS.map((f) => ({ key: f, label: t(`conflict.fields.${f}`), mine: show(f, mine), theirs: show(f, theirs), changed: mineChanged.has(f) }));
  return <ConflictReview message={t('conflict.body', { theirs: server.version, yours: baseVersion })} label={t('conflict.title')} rows={rows} {...actions} />;
}
