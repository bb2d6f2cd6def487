/** "Workspace: <name>": the workspace switcher's button (workspace-switcher.tsx), also its stand-in before the switcher loads. */
import { Button, Text } from '@mantine/core';
import { IconBriefcase, IconSelector } from '@tabler/icons-react';
import type { ComponentPropsWithoutRef, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceId } from '@/components/session/use-workspace-id';
import { useAccessibleWorkspaces } from '@/api/resources/workspaces';

export type WorkspaceButtonProps = Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'color' | 'style'> & { ref?: Ref<HTMLButtonElement> };

export function WorkspaceButton(props: WorkspaceButtonProps) {
  const { t } = useTranslation('shell');
  const workspaceId = useWorkspaceId();
  const workspaces = useAccessibleWorkspaces();
  const current = workspaces.data?.workspaces.find((w) => w.id === workspaceId);
  const name = current?.name ?? (workspaces.isPending ? '…' : t('workspace.unknownName', { id: workspaceId }));
  return (
    <Button
      variant="default"
      fullWidth
      justify="space-between"
      leftSection={<IconBriefcase size={16} aria-hidden />}
      rightSection={<IconSelector size={16} aria-hidden />}
      aria-haspopup="dialog"
      aria-label={t('workspace.button', { name })}
      {...props}
    >
      <Text span size="sm" truncate="end" maw={170}>
        {t('workspace.button', { name })}
      </Text>
    </Button>
  );
}
