/**
 * Generate fix through a shared group or agency: everyone else who gains the permissions, and the
 * administrator's acknowledgement (required before Apply).
 */
import { Alert, Checkbox, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgencyAudience } from '../lib/fix-audience';

export interface FixWidenAlertProps {
  groupName: string;
  /** Other members of the chosen existing group. */
  groupMembers: readonly string[];
  audience: AgencyAudience | null;
  agencyName: string | null;
  acknowledged: boolean;
  onAcknowledge: (v: boolean) => void;
  error: string | null;
  disabled: boolean;
}

export function FixWidenAlert({ groupName, groupMembers, audience, agencyName, acknowledged, onAcknowledge, error, disabled }: FixWidenAlertProps) {
  const { t } = useTranslation('analyzer');
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('fix.widenTitle')}>
      <Stack gap="xs">
        {groupMembers.length > 0 ? (
          <>
            <Text size="sm">{t('fix.widenGroup', { group: groupName, count: groupMembers.length })}</Text>
            <List size="sm">
              {groupMembers.map((n) => (
                <List.Item key={n}>{n}</List.Item>
              ))}
            </List>
          </>
        ) : null}
        {audience && (audience.allUsers || audience.others.length > 0) ? (
          <>
            <Text size="sm">{audience.allUsers ? t('fix.widenAllUsers', { agency: agencyName }) : t('fix.widenAgency', { agency: agencyName, count: audience.others.length })}</Text>
            <List size="sm">
              {audience.others.slice(0, 50).map((n) => (
                <List.Item key={n}>{n}</List.Item>
              ))}
            </List>
            {audience.others.length > 50 ? <Text size="sm">{t('fix.andMore', { count: audience.others.length - 50 })}</Text> : null}
          </>
        ) : null}
        <Checkbox label={t('fix.ack')} checked={acknowledged} onChange={(e) => onAcknowledge(e.currentTarget.checked)} error={error} disabled={disabled} />
      </Stack>
    </Alert>
  );
}
