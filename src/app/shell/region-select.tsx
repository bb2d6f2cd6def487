/**
 * Region selector: the region projects of the account; changes `session.projectId` and refetches.
 * A stored region that no longer exists (after an import or a reset) falls back to the default
 * region, else the first one, so lists never keep failing on a project that is gone.
 */
import { IconWorld } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PROJECT_ID, setSession } from '@/api/session';
import { DeferredSelect } from '@/components/deferred/deferred-select';
import { useSession } from '@/components/session/use-session';
import { useProjects } from '@/api/resources/projects';

export function RegionSelect() {
  const { t } = useTranslation('shell');
  const { projectId } = useSession();
  const projects = useProjects();
  const queryClient = useQueryClient();
  const data = (projects.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const gone = projects.isSuccess && data.length > 0 && !data.some((d) => d.value === projectId);
  useEffect(() => {
    if (!gone) return;
    setSession({ projectId: data.some((d) => d.value === DEFAULT_PROJECT_ID) ? DEFAULT_PROJECT_ID : data[0]!.value });
    void queryClient.invalidateQueries();
  }, [gone, data, queryClient]);
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
