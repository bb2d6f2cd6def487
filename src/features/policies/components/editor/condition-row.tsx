/** One condition: operator (IfExists, ForAnyValue / ForAllValues), key with the global keys suggested, values (OR). */
import { ActionIcon, Autocomplete, Checkbox, Group, Paper, Select, Stack, TagsInput, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CONDITION_OPERATOR_NAMES, CONDITION_QUALIFIERS, type ConditionQualifier } from '@/iam';
import { conditionKeySuggestions, findGlobalConditionKey, isKnownOperator, type ConditionRow } from '../../model';

export interface ConditionRowEditorProps {
  row: ConditionRow;
  label: string;
  onChange: (row: ConditionRow) => void;
  onRemove: () => void;
  disabled: boolean;
}

const KEYS = conditionKeySuggestions();
const NONE = 'none';

export function ConditionRowEditor({ row, label, onChange, onRemove, disabled }: ConditionRowEditorProps) {
  const { t } = useTranslation('policy-editor');
  const known = isKnownOperator(row);
  const operators = known ? CONDITION_OPERATOR_NAMES : [row.operator, ...CONDITION_OPERATOR_NAMES];
  const spec = row.key === '' ? undefined : findGlobalConditionKey(row.key);
  const keyHelp = spec
    ? t('conditions.keyType', { type: spec.type, description: spec.description })
    : row.key === '' || row.key.includes(':')
      ? t('conditions.keyHelp')
      : t('conditions.keyNoPrefix');
  return (
    <Paper withBorder p="sm" radius="sm" role="group" aria-label={label}>
      <Stack gap="xs">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('conditions.qualifier')}
            data={[{ value: NONE, label: t('conditions.qualifierNone') }, ...CONDITION_QUALIFIERS.map((q) => ({ value: q, label: q }))]}
            value={row.qualifier ?? NONE}
            onChange={(v) => onChange({ ...row, qualifier: v === null || v === NONE ? null : (v as ConditionQualifier) })}
            allowDeselect={false}
            w={160}
            disabled={disabled}
          />
          <Select
            label={t('conditions.operator')}
            data={operators.map((o) => ({ value: o, label: o }))}
            value={row.operator}
            onChange={(v) => v !== null && onChange({ ...row, operator: v, ifExists: v === 'Null' ? false : row.ifExists })}
            searchable
            allowDeselect={false}
            w={230}
            error={known ? undefined : t('conditions.unknownOperator')}
            disabled={disabled}
          />
          <Checkbox
            mt={32}
            label={t('conditions.ifExists')}
            checked={row.ifExists}
            onChange={(e) => onChange({ ...row, ifExists: e.currentTarget.checked })}
            disabled={disabled || row.operator === 'Null'}
          />
          <Autocomplete
            label={t('conditions.key')}
            description={keyHelp}
            data={KEYS.map((k) => ({ value: k.key, label: `${k.key} (${k.type})` }))}
            value={row.key}
            onChange={(v) => onChange({ ...row, key: v })}
            error={row.key.trim() === '' ? t('conditions.keyRequired') : undefined}
            style={{ flex: 1, minWidth: 220 }}
            disabled={disabled}
          />
          <ActionIcon mt={28} variant="subtle" color="red" aria-label={t('conditions.remove', { label })} onClick={onRemove} disabled={disabled}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
        <TagsInput
          label={t('conditions.values')}
          description={t('conditions.valuesHelp')}
          value={row.values}
          onChange={(values) => {
            const next: ConditionRow = { ...row, values };
            delete next.nonTextValues;
            onChange(next);
          }}
          error={row.values.length === 0 && (row.nonTextValues ?? []).length === 0 ? t('conditions.valuesRequired') : undefined}
          splitChars={[',']}
          clearable
          disabled={disabled}
        />
        {row.values.length > 1 ? (
          <Text size="xs" c="dimmed">
            {row.values.map((v) => JSON.stringify(v)).join(` ${t('conditions.or')} `)}
          </Text>
        ) : null}
        {(row.nonTextValues ?? []).length > 0 ? (
          <Text size="xs" c="orange.8">
            {t('conditions.nonText', { values: (row.nonTextValues ?? []).map((v) => JSON.stringify(v)).join(', ') })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
