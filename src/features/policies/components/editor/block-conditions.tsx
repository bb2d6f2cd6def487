/** A block's conditions: rows AND-ed (shown between rows), values of a row OR-ed. */
import { Button, Divider, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConditionRow } from '../../model';
import { ConditionRowEditor } from './condition-row';

export interface BlockConditionsProps {
  blockNumber: number;
  rows: readonly ConditionRow[];
  onChange: (rows: ConditionRow[]) => void;
  onAdd: () => void;
  disabled: boolean;
}

export function BlockConditions({ blockNumber, rows, onChange, onAdd, disabled }: BlockConditionsProps) {
  const { t } = useTranslation('policy-editor');
  return (
    <Stack gap="xs">
      {rows.length === 0 ? <Text size="sm" c="dimmed">{t('conditions.none')}</Text> : null}
      {rows.map((row, i) => (
        <Fragment key={row.id}>
          {i > 0 ? <Divider label={t('conditions.and')} labelPosition="center" /> : null}
          <ConditionRowEditor
            row={row}
            label={t('conditions.rowLabel', { n: i + 1, block: blockNumber })}
            onChange={(next) => onChange(rows.map((r) => (r.id === row.id ? next : r)))}
            onRemove={() => onChange(rows.filter((r) => r.id !== row.id))}
            disabled={disabled}
          />
        </Fragment>
      ))}
      <div>
        <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={onAdd} disabled={disabled} aria-label={t('conditions.addLabel', { n: blockNumber })}>
          {t('conditions.add')}
        </Button>
      </div>
    </Stack>
  );
}
