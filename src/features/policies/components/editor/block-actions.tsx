/** A block's catalog actions by access level: filter, "select all" per level, a description each. */
import { Checkbox, Paper, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCESS_LEVELS, type CatalogAction } from '@/iam';
import { actionsByLevel } from '../../model';

export interface BlockActionsProps {
  blockNumber: number;
  service: string;
  selected: readonly string[];
  onChange: (actions: string[]) => void;
  disabled: boolean;
}

function matches(a: CatalogAction, needle: string): boolean {
  return needle === '' || a.action.toLowerCase().includes(needle) || a.description.toLowerCase().includes(needle);
}

export function BlockActions({ blockNumber, service, selected, onChange, disabled }: BlockActionsProps) {
  const { t } = useTranslation('policy-editor');
  const [filter, setFilter] = useState('');
  const byLevel = useMemo(() => actionsByLevel(service), [service]);
  const chosen = new Set(selected);
  const needle = filter.trim().toLowerCase();
  const total = ACCESS_LEVELS.reduce((n, l) => n + byLevel[l].length, 0);
  if (total === 0) return <Text size="sm" c="dimmed">{t('actions.noCatalog')}</Text>;

  const setLevel = (actions: CatalogAction[], on: boolean) => {
    const names = new Set(actions.map((a) => a.action));
    const rest = selected.filter((a) => !names.has(a));
    onChange(on ? [...rest, ...actions.map((a) => a.action)] : rest);
  };
  const toggle = (action: string, on: boolean) => onChange(on ? [...selected, action] : selected.filter((a) => a !== action));

  let shown = 0;
  return (
    <Stack gap="sm">
      <TextInput
        label={t('actions.filter')}
        aria-label={t('actions.filterLabel', { n: blockNumber })}
        placeholder={t('actions.filterPlaceholder')}
        leftSection={<IconSearch size={14} aria-hidden />}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        type="search"
        maw={360}
      />
      <ScrollArea.Autosize mah={460} type="auto" offsetScrollbars>
        <Stack gap="sm">
          {ACCESS_LEVELS.map((level) => {
            const all = byLevel[level];
            if (all.length === 0) return null;
            const visible = all.filter((a) => matches(a, needle));
            shown += visible.length;
            if (visible.length === 0) return null;
            const count = all.filter((a) => chosen.has(a.action)).length;
            return (
              <Paper key={level} withBorder p="sm" radius="sm" role="group" aria-label={t(`level.${level}`)}>
                <Checkbox
                  fw={600}
                  label={t('actions.levelSelectAll', { level: t(`level.${level}`), count, total: all.length })}
                  aria-label={t('actions.selectAll', { level: t(`level.${level}`), n: blockNumber })}
                  checked={count === all.length}
                  indeterminate={count > 0 && count < all.length}
                  onChange={(e) => setLevel(all, e.currentTarget.checked)}
                  disabled={disabled}
                  mb="xs"
                />
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing={6}>
                  {visible.map((a) => (
                    <Checkbox
                      key={a.action}
                      label={`${a.resourceType}:${a.operation}`}
                      description={a.description}
                      checked={chosen.has(a.action)}
                      onChange={(e) => toggle(a.action, e.currentTarget.checked)}
                      disabled={disabled}
                    />
                  ))}
                </SimpleGrid>
              </Paper>
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
      {shown === 0 ? <Text size="sm" c="dimmed">{t('actions.noMatch', { filter })}</Text> : null}
    </Stack>
  );
}
