/**
 * The Permissions section of a user group or an agency: Authorize (the two-step dialog), the
 * grants table with Remove, and the loading, failure and empty states.
 */
import { Button, Group, Skeleton, Stack } from '@mantine/core';
import { IconShieldPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert } from '@/components';
import { AuthorizeModal, type AuthorizePrincipal } from '../groups/authorize-modal';
import { GrantsTable, type GrantRow } from './grants-table';

export interface PrincipalGrantsProps {
  principal: AuthorizePrincipal;
  /** The grants query, as far as this section reads it. */
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  rows: readonly GrantRow[] | undefined;
  label: string;
  empty: { title: string; description: string };
}

export function PrincipalGrants({ principal, query, rows, label, empty }: PrincipalGrantsProps) {
  const { t } = useTranslation('iam');
  const [authorizing, setAuthorizing] = useState(false);
  return (
    <Stack gap="md">
      <Group>
        <Button variant="filled" leftSection={<IconShieldPlus size={16} aria-hidden />} onClick={() => setAuthorizing(true)}>
          {t('authorize.button')}
        </Button>
      </Group>
      {query.isError ? <ErrorAlert error={query.error} title={t('grants.loadFailed')} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <Skeleton height={80} /> : null}
      {rows && rows.length === 0 ? <EmptyState title={empty.title} description={empty.description} /> : null}
      {rows && rows.length > 0 ? <GrantsTable label={label} rows={rows} /> : null}
      {authorizing ? <AuthorizeModal principal={principal} onClose={() => setAuthorizing(false)} /> : null}
    </Stack>
  );
}
