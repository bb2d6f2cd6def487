/**
 * Edit and Delete of one workspace. The default workspace's Delete stays focusable but inert,
 * with the reason as its description (and tooltip); a DELETING workspace offers nothing.
 */
import { Button, Group, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '@/api/contracts/modelarts';
import { DEFAULT_WORKSPACE_ID } from '@/components';

export interface OperationButtonsProps {
  workspace: Workspace;
  onEdit: (w: Workspace) => void;
  onDelete: (w: Workspace) => void;
  deleting?: boolean;
  size?: 'compact-sm' | 'sm';
}

export function OperationButtons({ workspace: w, onEdit, onDelete, deleting, size = 'compact-sm' }: OperationButtonsProps) {
  const { t } = useTranslation('workspaces');
  const reasonId = useId();
  const isDefault = w.id === DEFAULT_WORKSPACE_ID;
  const busy = w.status === 'DELETING';
  const variant = size === 'sm' ? 'default' : 'subtle';
  return (
    <Group gap={4} wrap="nowrap">
      <Button variant={variant} size={size} onClick={() => onEdit(w)} disabled={busy} aria-label={`${t('action.edit')} ${w.name}`}>
        {t('action.edit')}
      </Button>
      {isDefault ? (
        <>
        <Tooltip label={t('default.cannotDelete')} withArrow>
          <Button
            variant={variant}
            size={size}
            color="gray"
            data-disabled
            aria-disabled="true"
            aria-describedby={reasonId}
            aria-label={`${t('action.delete')} ${w.name}`}
            onClick={(e) => e.preventDefault()}
          >
            {t('action.delete')}
          </Button>
        </Tooltip>
        <VisuallyHidden id={reasonId}>{t('default.cannotDelete')}</VisuallyHidden>
        </>
      ) : (
        <Button
          variant={variant}
          size={size}
          color="red"
          onClick={() => onDelete(w)}
          disabled={busy}
          loading={deleting}
          aria-label={`${t('action.delete')} ${w.name}`}
        >
          {t('action.delete')}
        </Button>
      )}
    </Group>
  );
}
