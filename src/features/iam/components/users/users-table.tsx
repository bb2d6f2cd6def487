/**
 * One server page of users: name (opens the user), type, groups and training readiness at a
 * glance (hooks/use-users-glance.ts: the engine's answer for Managing training jobs in the current
 * region and workspace, linking to it in the analyzer; marked "Incomplete data" while the
 * organisation comes from an incomplete collection, as the analyzer marks its answers), description,
 * created, Delete.
 */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '@/api/contracts/iam';
import { incompleteCalls, useCollection } from '@/api/resources/collection';
import { useWorkspaceSearch } from '@/components';
import { paths } from '@/components/navigation/paths';
import { useUsersGlance } from '../../hooks/use-users-glance';
import { GLANCE_SCENARIO, type Readiness } from '../../lib/users-glance';
import { EntityTable, type EntityTableProps } from '../shared/entity-table';

export type UsersTableProps = EntityTableProps<User>;

const COLOR: Record<Readiness, string> = { ready: 'green.9', conditional: 'yellow.9', notReady: 'red.9' };
const MAX_GROUPS = 3;

export function UsersTable(props: UsersTableProps) {
  const { t } = useTranslation('iam');
  const search = useWorkspaceSearch();
  const { glance, pending, failed } = useUsersGlance(props.rows);
  const incomplete = incompleteCalls(useCollection().data).length > 0;
  const unknown = (
    <Text size="sm" c="dimmed">
      {pending ? t('users.glanceLoading') : failed ? t('users.glanceFailed') : '—'}
    </Text>
  );
  return (
    <EntityTable
      {...props}
      kind="users"
      renderName={(u, link) => (
        <Group gap="xs">
          {link}
          {u.is_root ? <Badge variant="filled" color="dark" size="sm" style={{ flexShrink: 0 }}>{t('users.root')}</Badge> : null}
          {u.is_admin && !u.is_root ? <Badge variant="filled" color="orange.9" size="sm" style={{ flexShrink: 0 }}>{t('users.admin')}</Badge> : null}
        </Group>
      )}
      extraColumns={[
        { key: 'type', header: t('users.type'), render: (u) => t(`users.types.${u.type}`) },
        {
          key: 'groups',
          header: t('users.groupsColumn'),
          render: (u) => {
            const g = glance.get(u.id);
            if (!g) return unknown;
            if (g.groups.length === 0) return <Text size="sm" c="dimmed">{t('users.noGroups')}</Text>;
            const shown = g.groups.slice(0, MAX_GROUPS).join(', ');
            return <Text size="sm">{g.groups.length > MAX_GROUPS ? t('users.groupsMore', { list: shown, count: g.groups.length - MAX_GROUPS }) : shown}</Text>;
          },
        },
        {
          key: 'readiness',
          header: t('users.readinessColumn'),
          render: (u) => {
            const g = glance.get(u.id);
            if (!g) return unknown;
            const params = new URLSearchParams(search);
            for (const [k, v] of Object.entries({ tab: 'scenario', user: u.name, scenario: GLANCE_SCENARIO })) params.set(k, v);
            const named = t(`users.readinessNamed.${g.readiness}`, { name: u.name });
            return (
              <Anchor component={Link} to={{ pathname: paths.analyzer, search: `?${params.toString()}` }} aria-label={incomplete ? t('users.incompleteNamed', { answer: named }) : named}>
                <Stack gap={4} align="flex-start">
                  <Badge variant="light" color={COLOR[g.readiness]} tt="none">
                    {t(`users.readiness.${g.readiness}`)}
                  </Badge>
                  {incomplete ? (
                    <Badge variant="outline" color="orange.9" tt="none">
                      {t('users.incompleteData')}
                    </Badge>
                  ) : null}
                </Stack>
              </Anchor>
            );
          },
        },
      ]}
      isProtected={(u) => u.is_root}
    />
  );
}
