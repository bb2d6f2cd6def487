/** A link to a policy in the editor with one statement highlighted (`?statement=N`, 1-based). */
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatementRef } from '@/iam';
import { paths } from '@/components/navigation/paths';

export function statementHref(ref: Pick<StatementRef, 'policyId' | 'statementIndex'>): string | null {
  if (!ref.policyId) return null;
  return paths.policyStatement(ref.policyId, ref.statementIndex + 1);
}

export function StatementLink({ statement }: { statement: StatementRef }) {
  const { t } = useTranslation('analyzer');
  const label = t('result.statementLabel', { policy: statement.policyName ?? statement.policyId ?? `#${statement.policyIndex + 1}`, n: statement.statementIndex + 1 });
  const href = statementHref(statement);
  return href ? (
    <Anchor component={Link} to={href} size="sm">
      {label}
    </Anchor>
  ) : (
    <span>{label}</span>
  );
}
