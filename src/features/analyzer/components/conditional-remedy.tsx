/**
 * What to do for a user who is ready only for some context values (docs/policy-semantics.md §4,
 * "Conditional"): either the offered fix grants those permissions without the condition (proved
 * on a copy of the organisation: offerFix), and this says so before Generate fix; or no grant can
 * settle it (a Deny reads the keys, and a Deny wins), and the values the requests carry decide:
 * the administrator supplies them in Check access, linked with the user and the permissions.
 */
import { Alert, Anchor, Text } from '@mantine/core';
import { IconHelpHexagon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/components/navigation/paths';
import { writeCheckQuery } from '../lib/check-query';

export interface ConditionalRemedyProps {
  user: string;
  /** The permissions allowed only for some values, and the keys that decide. */
  actions: readonly string[];
  keys: readonly string[];
  projectId: string;
  workspaceId: string;
  /** The offered fix grants `actions` without the condition. */
  withoutCondition: boolean;
  /** The grant without the condition, simulated, still leaves the user Conditional. */
  valuesDecide: boolean;
}

export function ConditionalRemedy({ user, actions, keys, projectId, workspaceId, withoutCondition, valuesDecide }: ConditionalRemedyProps) {
  const { t } = useTranslation('analyzer');
  const params = { user, count: actions.length, actions: actions.join(', '), keys: keys.join(', ') };
  if (withoutCondition) return <Text size="sm">{t('conditionalFix.withoutCondition', params)}</Text>;
  if (!valuesDecide) return null;
  const search = writeCheckQuery(new URLSearchParams(), { subject: { kind: 'user', user }, actions: [...actions], projectId, workspaceId, mode: 'configured', context: {} });
  return (
    <Alert color="yellow" variant="light" icon={<IconHelpHexagon size={20} aria-hidden />} title={t('conditionalFix.valuesTitle')}>
      <Text size="sm">
        {t('conditionalFix.valuesBody', params)}{' '}
        <Anchor component={Link} to={{ pathname: paths.analyzer, search: `?${search.toString()}` }}>
          {t('conditionalFix.recheck', params)}
        </Anchor>
      </Text>
    </Alert>
  );
}
