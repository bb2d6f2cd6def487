/**
 * A consequence preview inside a form rather than a confirmation dialog (Add Authorization's
 * drawer, Modify): set apart by a divider under the heading "Who gains or loses access", as a
 * dialog's title sets the others apart. `children` is the preview (consequence-preview.tsx, with
 * `titled`) or its progress indicator while it loads. Imports nothing of the engine: Global
 * Configuration's first route shows it.
 */
import { Divider, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ConsequenceSection({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <Stack gap="xs">
      <Divider />
      <Title order={3} size="h5">
        {t('consequence.label')}
      </Title>
      {children}
    </Stack>
  );
}
