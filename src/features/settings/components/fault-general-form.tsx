/** Latency, failure rate, delete delay and offline: applied together, or all faults cleared. */
import { Button, Group, NumberInput, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { checkGeneral, GeneralForm } from '../lib/fault-forms';

export interface FaultGeneralFormProps {
  value: GeneralForm;
  errors: ReturnType<typeof checkGeneral>['errors'];
  valid: boolean;
  pending: boolean;
  onEdit: (patch: Partial<GeneralForm>) => void;
  onApply: () => void;
  onClear: () => void;
}

export function FaultGeneralForm({ value, errors, valid, pending, onEdit, onApply, onClear }: FaultGeneralFormProps) {
  const { t } = useTranslation('settings');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onApply();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('faults.latency')}
            description={t('faults.latencyHint')}
            min={0}
            max={30000}
            step={100}
            allowDecimal={false}
            value={value.latencyMs}
            onChange={(v) => onEdit({ latencyMs: v })}
            error={errors.latencyMs}
          />
          <NumberInput
            label={t('faults.failRate')}
            description={t('faults.failRateHint')}
            min={0}
            max={100}
            step={5}
            decimalScale={1}
            value={value.failRatePercent}
            onChange={(v) => onEdit({ failRatePercent: v })}
            error={errors.failRate}
          />
          <NumberInput
            label={t('faults.deleteDelay')}
            description={t('faults.deleteDelayHint')}
            min={0}
            max={60000}
            step={500}
            allowDecimal={false}
            value={value.deleteDelayMs}
            onChange={(v) => onEdit({ deleteDelayMs: v })}
            error={errors.deleteDelayMs}
          />
        </SimpleGrid>
        <Switch label={t('faults.offline')} description={t('faults.offlineHint')} checked={value.offline} onChange={(e) => onEdit({ offline: e.currentTarget.checked })} />
        <Group gap="sm">
          <Button type="submit" disabled={!valid} loading={pending}>
            {t('faults.apply')}
          </Button>
          <Button variant="default" onClick={onClear} disabled={pending}>
            {t('faults.clear')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
