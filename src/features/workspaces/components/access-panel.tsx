/**
 * "Who can use this workspace": each user with the engine's verdict for listing notebooks here,
 * the reason and the engine's explanation sentences in the console's language.
 */
import { Badge, Group, List, SegmentedControl, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, ErrorAlert, type DataTableColumn } from '@/components';
import { useSession } from '@/components/session/use-session';
import type { AccessResult, Snapshot } from '@/iam';
import { useExplanationTexts } from '@/i18n/explanation-text';
import { useOrgSnapshot } from '@/api/resources/org-snapshot';
import { filterVerdicts, isAllowed, PROBE_ACTION, workspaceVerdicts, type UserVerdict, type VerdictFilter } from '../lib/workspace-access';

const PAGE_SIZE = 20;

function VerdictBadge({ result }: { result: AccessResult }) {
  const { t } = useTranslation('workspaces');
  const [color, label] =
    result.conditional !== undefined
      ? ['yellow', t('access.conditional')]
      : result.decision === 'allow'
        ? ['green', t('access.allowed')]
        : result.decision === 'explicit_deny' ? ['red', t('access.explicitDeny')] : ['orange', t('access.implicitDeny')];
  return (
    <Badge color={color} variant="light" style={{ textTransform: 'none', whiteSpace: 'nowrap' }}>
      {label}
    </Badge>
  );
}

export function AccessPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('workspaces');
  const explanationTexts = useExplanationTexts();
  const { projectId } = useSession();
  const snapshot = useOrgSnapshot<Snapshot>();
  const [filter, setFilter] = useState<VerdictFilter>('all');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const rows = useMemo(() => (snapshot.data ? workspaceVerdicts(snapshot.data, workspaceId, projectId) : []), [snapshot.data, workspaceId, projectId]);
  const shown = useMemo(() => filterVerdicts(rows, filter, search), [rows, filter, search]);
  const region = snapshot.data?.projects.find((p) => p.id === projectId)?.name ?? projectId;

  const columns: DataTableColumn<UserVerdict>[] = [
    {
      key: 'user',
      header: t('access.user'),
      width: 200,
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
            {r.userName}
          </Text>
          {r.root ? (
            <Badge size="xs" variant="outline" color="gray">
              {t('access.account')}
            </Badge>
          ) : r.type === 'federate' ? (
            <Badge size="xs" variant="outline" color="gray">
              {t('access.federated')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    { key: 'verdict', header: t('access.verdict'), width: 130, render: (r) => <VerdictBadge result={r.result} /> },
    {
      key: 'reason',
      header: t('access.reason'),
      render: (r) => (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {r.result.conditional !== undefined
              ? // Conditional: the keys that decide and the statements reading them, not the verdict without them.
                t('access.conditionalReason', {
                  keys: r.result.conditional.keys.join(', '),
                  statements: r.result.conditional.statements.map((s) => t('access.statement', { n: s.statementIndex + 1, policy: s.policyName ?? s.policyId ?? '' })).join(', '),
                  interpolation: { escapeValue: false },
                })
              : t(`access.reasons.${r.result.reason}`)}
          </Text>
          <List size="xs" c="dimmed" spacing={0} aria-label={t('access.details')}>
            {explanationTexts(r.result).map((s, i) => (
              <List.Item key={i}>{s}</List.Item>
            ))}
          </List>
        </Stack>
      ),
    },
  ];

  if (snapshot.isError) return <ErrorAlert error={snapshot.error} title={t('access.loadFailed')} onRetry={() => void snapshot.refetch()} retrying={snapshot.isFetching} />;
  if (snapshot.isPending)
    return (
      <Stack gap="xs" aria-busy="true">
        <Text size="sm" c="dimmed" role="status">
          {t('access.computing')}
        </Text>
        <Skeleton height={160} />
      </Stack>
    );
  const allowed = rows.filter((r) => isAllowed(r.result)).length;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('access.help', { action: PROBE_ACTION, region })}
      </Text>
      <Text size="sm" fw={600} role="status">
        {t('access.summary', { allowed, total: rows.length })}
      </Text>
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t('access.filter')}
          value={filter}
          onChange={(v) => {
            setFilter(v as VerdictFilter);
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('access.filterAll') },
            { value: 'allowed', label: t('access.filterAllowed') },
            { value: 'denied', label: t('access.filterDenied') },
          ]}
        />
        <TextInput
          aria-label={t('access.search')}
          placeholder={t('access.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          type="search"
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      <DataTable
        label={t('access.label')}
        columns={columns}
        rows={shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        rowKey={(r) => r.userId}
        total={shown.length}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        empty={<Text size="sm" c="dimmed" ta="center" py="md">{t('access.noMatch')}</Text>}
      />
    </Stack>
  );
}
