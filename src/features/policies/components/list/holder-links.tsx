/**
 * Where a policy is attached, as links to each holder's permissions: a user group's Permissions
 * tab, an agency's page — so the grants can be removed where they are.
 */
import { Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkspaceSearch } from '@/components';
import type { Holder } from './policy-rows';
import { paths } from '@/components/navigation/paths';

export function HolderLinks({ holders }: { holders: readonly Holder[] }) {
  const { t } = useTranslation('policies');
  const search = useWorkspaceSearch();
  return (
    <List size="sm" mt="xs" spacing={2}>
      {holders.map((h) => (
        <List.Item key={`${h.type}:${h.id}`}>
          <Anchor component={Link} to={{ pathname: h.type === 'group' ? paths.group(h.id) : paths.agency(h.id), search: h.type === 'group' ? appendTab(search) : search }} size="sm">
            {t(h.type === 'group' ? 'delete.whereGroup' : 'delete.whereAgency', { name: h.name })}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

/** Opens the group on its Permissions tab (`?tab=permissions`), keeping `?workspace=`. */
function appendTab(search: string): string {
  const params = new URLSearchParams(search);
  params.set('tab', 'permissions');
  return `?${params.toString()}`;
}
