/**
 * "Copy as Terraform" / "Copy as KooCLI": a change the console can apply, copied as code instead
 * so an administrator applies it through their own pipeline (the fix dialog, Authorize, Attach to…).
 * The caller generates the text (src/iam/export); this copies it and says whether that worked.
 */
import { Button, Group, Text } from '@mantine/core';
import { IconBrandTerraform, IconTerminal2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../feedback/notify';

export type CodeFormat = 'terraform' | 'koocli';

export interface CodeExportProps {
  /** The code of the change in a format. */
  generate: (format: CodeFormat) => string;
  /** False: the form is not complete; `onInvalid` shows why, nothing is copied. */
  valid?: boolean;
  onInvalid?: () => void;
}

export function CodeExport({ generate, valid = true, onInvalid }: CodeExportProps) {
  // Its own small namespace, kept out of the first route's chunk; nothing shows until it is loaded
  // (no suspense: the dialogs around it keep what the administrator chose).
  const { t, ready } = useTranslation('export', { useSuspense: false });
  const copy = async (format: CodeFormat) => {
    if (!valid) {
      onInvalid?.();
      return;
    }
    try {
      await navigator.clipboard.writeText(generate(format));
      notifySuccess(t(format === 'terraform' ? 'copiedTerraform' : 'copiedKooCli'));
    } catch (e) {
      notifyError(t('copyFailed'), e);
    }
  };
  if (!ready) return null;
  return (
    <Group gap="xs" align="center">
      <Text size="sm">{t('hint')}</Text>
      <Button variant="default" size="xs" leftSection={<IconBrandTerraform size={16} aria-hidden />} onClick={() => void copy('terraform')}>
        {t('copyTerraform')}
      </Button>
      <Button variant="default" size="xs" leftSection={<IconTerminal2 size={16} aria-hidden />} onClick={() => void copy('koocli')}>
        {t('copyKooCli')}
      </Button>
    </Group>
  );
}
