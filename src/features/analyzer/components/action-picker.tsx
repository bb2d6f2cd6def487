/**
 * The "Actions" field: a searchable multi-select of catalog actions grouped by service, narrowed
 * by service and access level, plus a wildcard pattern expanded over the catalog.
 */
import { Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCESS_LEVELS, ACTIONS, expandActionPattern, SERVICES } from '@/iam';

export interface ActionPickerProps {
  value: string[];
  onChange: (actions: string[]) => void;
  error?: string | null;
  /** Label override (the matrix's columns). */
  label?: string;
}

const ALL = '';

export const ActionPicker = memo(function ActionPicker({ value, onChange, error, label }: ActionPickerProps) {
  const { t, i18n } = useTranslation('analyzer');
  const [service, setService] = useState<string>(ALL);
  const [level, setLevel] = useState<string>(ALL);
  const [pattern, setPattern] = useState('');
  const zh = i18n.language.startsWith('zh');

  const serviceName = (id: string) => {
    const s = SERVICES.find((x) => x.id === id);
    return (zh ? s?.nameZh : s?.name) ?? id;
  };

  const data = useMemo(() => {
    const groups = new Map<string, string[]>();
    for (const a of ACTIONS) {
      const chosen = value.includes(a.action);
      if (!chosen && ((service !== ALL && a.service !== service) || (level !== ALL && a.level !== level))) continue;
      const list = groups.get(a.service);
      if (list) list.push(a.action);
      else groups.set(a.service, [a.action]);
    }
    return [...groups].map(([s, items]) => ({ group: serviceName(s), items }));
    // serviceName depends only on the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, level, value, zh]);

  const matches = useMemo(() => (pattern.trim() ? expandActionPattern(pattern.trim()) : []), [pattern]);
  const patternError = pattern.trim() && matches.length === 0 ? t('actions.noMatch', { pattern: pattern.trim() }) : null;
  const addMatches = () => {
    if (matches.length === 0) return;
    onChange([...value, ...matches.filter((m) => !value.includes(m))]);
    setPattern('');
  };

  const services = useMemo(() => [...new Set(ACTIONS.map((a) => a.service))], []);

  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('actions.service')}
          data={[{ value: ALL, label: t('actions.allServices') }, ...services.map((s) => ({ value: s, label: serviceName(s) }))]}
          value={service}
          onChange={(v) => setService(v ?? ALL)}
          allowDeselect={false}
          w={{ base: '100%', sm: 240 }}
        />
        <Select
          label={t('actions.level')}
          data={[{ value: ALL, label: t('actions.allLevels') }, ...ACCESS_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))]}
          value={level}
          onChange={(v) => setLevel(v ?? ALL)}
          allowDeselect={false}
          w={{ base: '100%', sm: 200 }}
        />
        <TextInput
          label={t('actions.pattern')}
          description={pattern.trim() && matches.length > 0 ? t('actions.matchCount', { count: matches.length }) : undefined}
          placeholder="modelarts:trainJob:*"
          value={pattern}
          onChange={(e) => setPattern(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addMatches();
            }
          }}
          error={patternError}
          w={{ base: '100%', sm: 260 }}
        />
        <Button variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={addMatches} disabled={matches.length === 0}>
          {t('actions.addMatches', { count: matches.length })}
        </Button>
      </Group>
      <MultiSelect
        label={label ?? t('field.actions')}
        placeholder={value.length === 0 ? t('actions.placeholder') : undefined}
        data={data}
        value={value}
        onChange={onChange}
        searchable
        clearable
        limit={200}
        maxDropdownHeight={320}
        nothingFoundMessage={t('actions.nothingFound')}
        error={error}
        required
        hidePickedOptions
        // Hundreds of picked actions (a wildcard over the catalog) scroll instead of filling the page.
        styles={{ pillsList: { maxHeight: 132, overflowY: 'auto' } }}
      />
      {value.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('actions.selected', { count: value.length })}
        </Text>
      ) : null}
    </Stack>
  );
});
