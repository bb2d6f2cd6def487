/** Context keys of a check: key (global-key suggestions) and a value typed by the key. */
import { ActionIcon, Autocomplete, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GLOBAL_CONDITION_KEYS } from '@/iam';
import { keyType, rowProblem, type ContextRow } from '../lib/context-rows';

export interface ContextKeysEditorProps {
  rows: ContextRow[];
  onChange: (rows: ContextRow[]) => void;
  /** Show problems (after a Check attempt). */
  showErrors: boolean;
}

const KEY_SUGGESTIONS = GLOBAL_CONDITION_KEYS.map((k) => k.key);
/** Keys the engine derives from the user and the target (a value given here is overridden or only a default). */
const DERIVED = new Set(['g:username', 'g:userid', 'g:domainname']);

export function ContextKeysEditor({ rows, onChange, showErrors }: ContextKeysEditorProps) {
  const { t } = useTranslation('analyzer');
  const update = (id: number, patch: Partial<ContextRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const nextId = rows.reduce((m, r) => Math.max(m, r.id), -1) + 1;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('context.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('context.help')}
      </Text>
      {rows.map((row, i) => {
        const problem = showErrors ? rowProblem(row, rows) : null;
        const type = keyType(row.key);
        const keyError = problem === 'keyRequired' || problem === 'keyDuplicate' ? t(`context.problem.${problem}`) : null;
        const valueError = problem && !keyError ? t(`context.problem.${problem}`) : null;
        const derived = DERIVED.has(row.key.trim().toLowerCase());
        return (
          <Group key={row.id} gap="sm" align="flex-start" wrap="wrap">
            <Autocomplete
              label={t('context.key', { n: i + 1 })}
              data={KEY_SUGGESTIONS}
              value={row.key}
              onChange={(key) => update(row.id, { key })}
              error={keyError}
              description={derived ? t('context.derived') : undefined}
              w={{ base: '100%', sm: 240 }}
            />
            {type === 'bool' ? (
              <Select
                label={t('context.value', { n: i + 1 })}
                data={[
                  { value: 'true', label: 'true' },
                  { value: 'false', label: 'false' },
                ]}
                value={row.value || null}
                onChange={(v) => update(row.id, { value: v ?? '' })}
                error={valueError}
                w={{ base: '100%', sm: 240 }}
              />
            ) : (
              <TextInput
                label={t('context.value', { n: i + 1 })}
                placeholder={t(`context.placeholder.${type}`)}
                inputMode={type === 'number' ? 'decimal' : undefined}
                value={row.value}
                onChange={(e) => update(row.id, { value: e.currentTarget.value })}
                error={valueError}
                w={{ base: '100%', sm: 280 }}
              />
            )}
            <ActionIcon
              variant="default"
              size="lg"
              mt={24}
              aria-label={t('context.remove', { n: i + 1 })}
              onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...rows, { id: nextId, key: '', value: '' }])}>
          {t('context.add')}
        </Button>
      </Group>
    </Stack>
  );
}
