/** When `?workspace=` names a workspace the persona cannot access: say so and offer the default. */
import { Alert, Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/components/session/use-session';
import { DEFAULT_WORKSPACE_ID, useSetWorkspaceId, useWorkspaceParam } from '@/components/session/use-workspace-id';
import { useAccessibleWorkspaces } from '../api/shell-queries';
import { displayName } from '../session/sign-in';

export function WorkspaceAccessAlert() {
  const { t } = useTranslation('shell');
  const param = useWorkspaceParam();
  const session = useSession();
  const workspaces = useAccessibleWorkspaces();
  const setWorkspaceId = useSetWorkspaceId();
  if (!param || !workspaces.data) return null;
  if (workspaces.data.workspaces.some((w) => w.id === param)) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconLock size={18} aria-hidden />} title={t('workspace.inaccessibleTitle')} mb="md" role="alert">
      {t('workspace.inaccessible', { id: param, user: displayName(session) })}
      <div>
        <Button mt="sm" size="xs" color="orange" onClick={() => setWorkspaceId(DEFAULT_WORKSPACE_ID)}>
          {t('workspace.switchToDefault')}
        </Button>
      </div>
    </Alert>
  );
}
