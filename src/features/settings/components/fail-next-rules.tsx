/** "Fail the next call to a path": the rule form and the rules in force, each removable. */
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FailNext } from '@/api/contracts/mock';
import { METHODS, type checkRule, type RuleForm } from '../lib/fault-forms';

export interface FailNextRulesProps {
  rules: readonly FailNext[];
  rule: RuleForm;
  errors: ReturnType<typeof checkRule>['errors'];
  valid: boolean;
  pending: boolean;
  onEdit: (patch: Partial<RuleForm>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function FailNextRules({ rules, rule, errors, valid, pending, onEdit, onAdd, onRemove }: FailNextRulesProps) {
  const { t } = useTranslation('settings');
  const methodLabel = (m: FailNext['method']) => (m === '*' ? t('faults.anyMethod') : m);
  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} size="h4" component="legend">
        {t('faults.failNextTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('faults.failNextDescription')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onAdd();
        }}
      >
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('faults.method')}
            data={METHODS.map((m) => ({ value: m, label: methodLabel(m) }))}
            value={rule.method}
            onChange={(v) => v && onEdit({ method: v as FailNext['method'] })}
            allowDeselect={false}
            w={130}
          />
          <TextInput
            label={t('faults.path')}
            placeholder="/v2/p-cn-north-4/authorizations"
            value={rule.path}
            onChange={(e) => onEdit({ path: e.currentTarget.value })}
            error={errors.path}
            style={{ flex: 1, minWidth: 240 }}
          />
          <NumberInput label={t('faults.status')} min={400} max={599} allowDecimal={false} value={rule.status} onChange={(v) => onEdit({ status: v })} error={errors.status} w={110} />
          <NumberInput label={t('faults.times')} min={1} max={100} allowDecimal={false} value={rule.times} onChange={(v) => onEdit({ times: v })} error={errors.times} w={100} />
          <Button type="submit" mt={25} disabled={!valid} loading={pending}>
            {t('faults.addRule')}
          </Button>
        </Group>
      </form>
      {rules.length > 0 ? (
        <Table withTableBorder aria-label={t('faults.rulesLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('faults.method')}</Table.Th>
              <Table.Th scope="col">{t('faults.path')}</Table.Th>
              <Table.Th scope="col">{t('faults.status')}</Table.Th>
              <Table.Th scope="col">{t('faults.remaining')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('faults.operation')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((r, i) => (
              <Table.Tr key={`${r.method}-${r.path}-${i}`}>
                <Table.Td>{methodLabel(r.method)}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {r.path}
                  </Text>
                </Table.Td>
                <Table.Td>{r.status}</Table.Td>
                <Table.Td>{r.times}</Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red.9" aria-label={t('faults.removeRule', { method: r.method, path: r.path })} onClick={() => onRemove(i)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('faults.noRules')}
        </Text>
      )}
    </Stack>
  );
}
