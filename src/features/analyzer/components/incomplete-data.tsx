/**
 * Answers that rest on incomplete data: when the organisation was imported from a collection that
 * could not read everything (`npm run collect`, docs/snapshot-format.md "collection"), the page
 * says what is missing and every verdict carries an "Incomplete data" badge — a missing
 * membership, Deny policy or grant can make an answer wrong in either direction.
 */
import { Alert, Badge, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionCall } from '@/api/contracts/snapshot';

const IncompleteCalls = createContext<readonly CollectionCall[]>([]);

export function IncompleteDataProvider({ calls, children }: { calls: readonly CollectionCall[]; children: ReactNode }) {
  return <IncompleteCalls.Provider value={calls}>{children}</IncompleteCalls.Provider>;
}

export function IncompleteDataAlert({ total }: { total: number }) {
  const { t } = useTranslation('analyzer');
  const calls = useContext(IncompleteCalls);
  if (calls.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('incomplete.title')} mb="md">
      <Text size="sm">{t('incomplete.body', { count: calls.length, total })}</Text>
      <List size="sm" mt={4} spacing={2}>
        {calls.map((c, i) => (
          <List.Item key={i}>
            {c.name}
            {c.region ? ` (${c.region})` : ''}: {t(`incomplete.status.${c.status}`)}
            {c.permission && c.status !== 'failed' ? ` — ${t('incomplete.needs', { permission: c.permission })}` : c.message ? ` — ${c.message}` : ''}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Next to a verdict: the answer rests on data that could not all be read. */
export function IncompleteDataBadge() {
  const { t } = useTranslation('analyzer');
  const calls = useContext(IncompleteCalls);
  if (calls.length === 0) return null;
  return (
    <Badge color="orange.9" variant="outline" size="lg" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
      {t('incomplete.badge')}
    </Badge>
  );
}
