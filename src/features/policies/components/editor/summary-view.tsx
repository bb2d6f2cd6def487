/** The Summary tab: per service and access level Full / Limited / None, with resources and conditions. */
import { Alert, Badge, Code, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDocument } from '@/iam';
import { summarisePolicy, type AccessGrade, type ServiceSummary } from '../../model';
import { useServiceName } from './service-select';

const GRADE_COLOR: Record<AccessGrade, string> = { Full: 'green', Limited: 'yellow', None: 'gray' };

function ServiceCard({ s }: { s: ServiceSummary }) {
  const { t } = useTranslation('policy-editor');
  const name = useServiceName();
  const id = `summary-${s.service.replace(/\W/g, '_')}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {name(s.service)} <Badge variant="light" color={GRADE_COLOR[s.access]} tt="none">{t(`grade.${s.access}`)}</Badge>{' '}
          <Badge variant="outline" color="gray" tt="none">{t(`kind.short.${s.kind}`)}</Badge>
        </Title>
        {s.catalogued ? (
          <Table withTableBorder striped>
            <Table.Caption>{t('summary.caption', { service: name(s.service) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('summary.level')}</Table.Th>
                <Table.Th scope="col">{t('summary.access')}</Table.Th>
                <Table.Th scope="col">{t('summary.allowed')}</Table.Th>
                <Table.Th scope="col">{t('summary.conditions')}</Table.Th>
                <Table.Th scope="col">{t('summary.denied')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.levels
                .filter((l) => l.total > 0)
                .map((l) => (
                  <Table.Tr key={l.level}>
                    <Table.Th scope="row">{t(`level.${l.level}`)}</Table.Th>
                    <Table.Td>
                      <Badge variant="light" color={GRADE_COLOR[l.access]} tt="none">
                        {t(`grade.${l.access}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{t('summary.count', { allowed: l.allowed, total: l.total })}</Table.Td>
                    <Table.Td>{l.conditional > 0 ? t('summary.conditional', { count: l.conditional, conditions: l.conditions.join('; ') }) : '—'}</Table.Td>
                    <Table.Td>{l.denied > 0 ? l.deniedActions.join(', ') : '—'}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('summary.notCatalogued')}
          </Text>
        )}
        <Text size="sm">
          <strong>{t('summary.resources')}:</strong> {s.resources.length > 0 ? s.resources.join(', ') : t('summary.allResources')}
        </Text>
        {s.conditions.length > 0 ? (
          <Text size="sm">
            <strong>{t('summary.conditions')}:</strong> {s.conditions.join('; ')}
          </Text>
        ) : null}
        {s.deny.count > 0 ? (
          <Text size="sm" c="red.8">
            {t(s.deny.conditional ? 'summary.denyConditional' : 'summary.deny', { count: s.deny.count, actions: s.deny.actions.join(', '), conditions: s.deny.conditions.join('; ') })}
          </Text>
        ) : null}
        {s.unknownActions.length + s.unmatchedPatterns.length > 0 ? (
          <Stack gap={2}>
            <Text size="sm">{t('summary.unmatched')}</Text>
            <List size="sm">
              {[...s.unknownActions, ...s.unmatchedPatterns].map((a) => (
                <List.Item key={a}>
                  <Code>{a}</Code>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function SummaryView({ policy }: { policy: PolicyDocument | undefined }) {
  const { t } = useTranslation('policy-editor');
  const summary = useMemo(() => (policy === undefined ? null : summarisePolicy(policy)), [policy]);
  if (summary === null) return <Alert color="yellow" variant="light">{t('summary.unavailable')}</Alert>;
  if (summary.length === 0) return <Text c="dimmed">{t('summary.empty')}</Text>;
  return (
    <Stack gap="md">
      {summary.map((s) => (
        <ServiceCard key={s.service} s={s} />
      ))}
    </Stack>
  );
}
