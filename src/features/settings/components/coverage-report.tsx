/**
 * The coverage report of a collected snapshot (`npm run collect`, docs/snapshot-format.md
 * "collection"), shown before an import replaces the organisation: when and where it was
 * collected, and each API call with its outcome — what was denied or failed, and the permission
 * that was missing.
 */
import { Alert, Badge, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CollectionCall, CollectionReport } from '@/api/contracts/snapshot';

const STATUS_COLOR: Record<CollectionCall['status'], string> = { ok: 'green.9', partial: 'orange.9', denied: 'red.9', failed: 'red.9' };

/** `2026-12-07 15:00 UTC`: the same in every language, no day/month ambiguity. */
function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function CoverageReport({ report }: { report: CollectionReport }) {
  const { t } = useTranslation('settings');
  const missing = report.calls.filter((c) => c.status !== 'ok');
  const when = formatWhen(report.collectedAt);
  return (
    <Stack gap="xs">
      {missing.length === 0 ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck size={20} aria-hidden />} title={t('coverage.completeTitle')}>
          {t('coverage.completeBody', { when, regions: report.regions.join(', '), count: report.calls.length })}
        </Alert>
      ) : (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('coverage.incompleteTitle')}>
          {t('coverage.incompleteBody', { when, regions: report.regions.join(', '), count: missing.length, total: report.calls.length })}
        </Alert>
      )}
      <Table withTableBorder striped aria-label={t('coverage.tableLabel')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('coverage.call')}</Table.Th>
            <Table.Th scope="col">{t('coverage.status')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('coverage.items')}</Table.Th>
            <Table.Th scope="col">{t('coverage.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.calls.map((c, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                {c.name}
                {c.region ? <Text span size="xs" c="dimmed">{` ${c.region}`}</Text> : null}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={STATUS_COLOR[c.status]} styles={{ label: { overflow: 'visible' } }} variant={c.status === 'ok' ? 'light' : 'filled'}>
                  {t(`coverage.state.${c.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{c.count ?? '—'}</Table.Td>
              <Table.Td>
                {c.status === 'ok' ? '' : [c.permission && c.status !== 'failed' ? t('coverage.missingPermission', { permission: c.permission }) : null, c.message].filter(Boolean).join(' — ')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
