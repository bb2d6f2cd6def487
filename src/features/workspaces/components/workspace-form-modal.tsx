/** The Create Workspace / Edit Workspace dialog (its title turns into the conflict title after a 409). */
import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '@/api/contracts/modelarts';
import { WorkspaceEditor, type EditorTarget } from './workspace-editor';

/** Mantine renders the dialog header as `<header>`; axe would count a second banner landmark. */
const NO_BANNER: Record<string, unknown> = { attributes: { header: { role: 'none' } } };

export interface WorkspaceFormModalProps {
  target: EditorTarget | null;
  onClose: () => void;
  onSaved?: (w: Workspace) => void;
}

export function WorkspaceFormModal({ target, onClose, onSaved }: WorkspaceFormModalProps) {
  const { t } = useTranslation('workspaces');
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const close = () => {
    setBusy(false);
    setConflict(false);
    onClose();
  };
  const title = conflict ? t('conflict.title') : target?.kind === 'edit' ? t('form.editTitle') : t('form.createTitle');
  return (
    <Modal
      {...NO_BANNER}
      opened={target !== null}
      onClose={close}
      title={title}
      size="lg"
      centered
      closeOnClickOutside={false}
      closeOnEscape={!busy}
      withCloseButton={!busy}
    >
      {target ? (
        <WorkspaceEditor
          key={target.kind === 'edit' ? `${target.workspace.id}:${target.workspace.version}` : 'create'}
          target={target}
          onCancel={close}
          onDone={(w) => {
            close();
            onSaved?.(w);
          }}
          onBusyChange={setBusy}
          onConflictChange={setConflict}
        />
      ) : null}
    </Modal>
  );
}
