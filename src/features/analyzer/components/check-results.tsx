/** The results of a check: one card per action with verdict, deciding layer, statements, why not. */
import { Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccessReason } from '@/iam';
import { useExplanationTexts } from '@/i18n/explanation-text';
import type { CheckRow } from '../lib/run-check';
import { ConditionalNote } from './conditional-note';
import { StatementLink } from './statement-link';
import { IncompleteDataBadge } from './incomplete-data';
import { DecisionBadge } from './verdict-badge';
import { WhyNotTable } from './why-not-table';

const LAYER: Record<AccessReason, 'identity' | 'mode' | 'workspace' | 'agency'> = {
  root: 'identity',
  admin_group: 'identity',
  allowed_by_policy: 'identity',
  denied_by_policy: 'identity',
  no_matching_allow: 'identity',
  out_of_scope: 'identity',
  unknown_user: 'identity',
  loose_mode: 'mode',
  workspace_not_authorized: 'workspace',
  no_agency: 'agency',
};

export function CheckResultCard({ row, subject }: { row: CheckRow; subject: string }) {
  const { t } = useTranslation('analyzer');
  const explanationTexts = useExplanationTexts();
  const layer = row.reason ? LAYER[row.reason] : 'policies';
  const statementsTitle = row.decision === 'explicit_deny' ? t('result.denyingStatements') : t('result.allowingStatements');
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={t('result.cardLabel', { action: row.action })}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h5" ff="monospace">
            {row.action}
          </Title>
          <Group gap="xs">
            <IncompleteDataBadge />
            <DecisionBadge decision={row.conditional !== undefined ? 'conditional' : row.decision} />
          </Group>
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            {t('result.layer')}
          </Text>{' '}
          {t(`layer.${layer}`)}
          {row.reason ? ` — ${t(`reason.${row.reason}`, { user: subject, action: row.action })}` : ''}
        </Text>
        {row.conditional !== undefined ? <ConditionalNote conditional={row.conditional} /> : null}
        {row.looseModeWouldAllow !== undefined ? (
          <Text size="sm">{row.looseModeWouldAllow ? t('result.looseWouldAllow') : t('result.looseWouldNotAllow')}</Text>
        ) : null}
        {row.explanation.length > 0 ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('result.explanation')}
            </Text>
            <List size="sm" spacing={2}>
              {explanationTexts(row).map((s, i) => (
                <List.Item key={i}>{s}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {row.statements.length > 0 ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {statementsTitle}
            </Text>
            <List size="sm" spacing={2}>
              {row.statements.map((s) => (
                <List.Item key={`${s.policyIndex}:${s.statementIndex}`}>
                  <StatementLink statement={s} />
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {row.missingContextKeys.length > 0 ? (
          <Text size="sm">
            <Text span fw={600}>
              {t('result.missingKeys')}
            </Text>{' '}
            {row.missingContextKeys.map((k) => (
              <Code key={k} mr={4}>
                {k}
              </Code>
            ))}
          </Text>
        ) : null}
        <details>
          <summary>
            <Text span size="sm" fw={600}>
              {t('result.whyNot', { count: row.explain.length })}
            </Text>
          </summary>
          <WhyNotTable explain={row.explain} caption={t('whyNot.caption', { action: row.action })} />
        </details>
      </Stack>
    </Paper>
  );
}
