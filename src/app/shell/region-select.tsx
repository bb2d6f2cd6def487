/** Region selector: the region projects of the account; changes `session.projectId` and refetches. */
import { IconWorld } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { setSession } from '@/api/session';
import { DeferredSelect } from '@/components/deferred/deferred-select';
import { useSession } from '@/components/session/use-session';
import { useProjects } from '@/api/resources/projects';

export function RegionSelect() {
  const { t } = useTranslation('shell');
  const { projectId } = useSession();
  const projects = useProjects();
  const queryClient = useQueryClient();
  const data = (projects.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (!data.some((d) => d.value === projectId)) data.unshift({ value: projectId, label: projectId });
  return (
    <DeferredSelect
      aria-label={t('region.label')}
      title={projects.isError ? t('region.loadFailed') : undefined}
      error={projects.isError ? true : undefined}
      data={data}
      value={projectId}
      onChange={(v) => {
        if (!v || v === projectId) return;
        setSession({ projectId: v });
        void queryClient.invalidateQueries();
      }}
      allowDeselect={false}
      leftSection={<IconWorld size={16} aria-hidden />}
      w={170}
      size="sm"
      comboboxProps={{ withinPortal: false, zIndex: 300 }}
    />
  );
}
