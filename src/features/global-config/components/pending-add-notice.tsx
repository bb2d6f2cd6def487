/** The drawer restored an Add Authorization that did not finish (the page was reloaded): what resumes, or Start over. */
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PendingAdd } from '../lib/pending-add';
import { authorizedToLabel } from './labels';

function who(p: PendingAdd, t: Parameters<typeof authorizedToLabel>[1]): string {
  const v = p.values;
  const name = v.userType === 'iam' ? v.iamUser?.name : v.userType === 'federate' ? v.federatedName : v.userType === 'grant' ? v.grantAgency?.name : null;
  return authorizedToLabel({ user_type: v.userType, user_name: name ?? null, user_id: name ?? '' }, t);
}

export function PendingAddNotice({ restored, agencyName, disabled, onStartOver }: { restored: PendingAdd; agencyName: string | null; disabled: boolean; onStartOver: () => void }) {
  const { t } = useTranslation('global-config');
  return (
    <Alert color="blue" variant="light" icon={<IconHistory size={18} aria-hidden />} title={t('add.pending.title')} role="status">
      <Stack gap="xs">
        <Text size="sm">
          {agencyName ? t('add.pending.withAgency', { name: who(restored, t), agency: agencyName }) : t('add.pending.noAgency', { name: who(restored, t) })}
        </Text>
        <div>
          <Button size="xs" variant="default" onClick={onStartOver} disabled={disabled}>
            {t('add.pending.startOver')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
