/**
 * The permissions of a principal (a user group or an agency): one row per policy and scope with
 * its type, level, description and Remove — the same table on both pages, as in the IAM console.
 */
import { Button, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { isGlobalRole } from '@/components/grant/scope';
import type { Scope } from '@/iam';
import { ScopeText, useScopeLabel } from './scope-text';

export interface GrantRow {
  key: string;
  /** The policy's name as the console shows it. */
  policy: string;
  role: Role | undefined;
  /** What the grant listing said when the role itself is unknown. */
  description?: string | undefined;
  scope: Scope;
  removing: boolean;
  onRemove: () => void;
}

export function GrantsTable({ label, rows }: { label: string; rows: readonly GrantRow[] }) {
  const { t } = useTranslation('iam');
  const scopeLabel = useScopeLabel();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={label} striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('permissions.policy')}</Table.Th>
            <Table.Th scope="col">{t('permissions.policyType')}</Table.Th>
            <Table.Th scope="col">{t('authorize.kind')}</Table.Th>
            <Table.Th scope="col">{t('form.description')}</Table.Th>
            <Table.Th scope="col">{t('permissions.scope')}</Table.Th>
            <Table.Th scope="col">{t('action.operation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {row.policy}
                </Text>
              </Table.Td>
              <Table.Td>{row.role ? t(`policyType.${row.role.catalog}`) : '—'}</Table.Td>
              <Table.Td>{row.role ? t(isGlobalRole(row.role) ? 'kind.global' : 'kind.project') : '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {row.role?.description ?? row.description ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <ScopeText scope={row.scope} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red.8"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  loading={row.removing}
                  onClick={row.onRemove}
                  aria-label={t('grants.removeNamed', { policy: row.policy, scope: scopeLabel(row.scope) })}
                >
                  {t('grants.remove')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
