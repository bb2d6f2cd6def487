/** "Attach to…" on a policy's page (the editor, a system policy's view): opens the attach dialog. */
import { Button } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { AttachPolicyModal } from './attach-policy-modal';

export function AttachButton({ role }: { role: Role }) {
  const { t } = useTranslation('policies');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconLink size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('attach.button')}
      </Button>
      {open ? <AttachPolicyModal role={role} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
