/** Step 1 of Attach to…: user groups or agencies, then which ones (searchable). */
import { MultiSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components';

export type PrincipalType = 'group' | 'agency';

export interface PrincipalOption {
  id: string;
  name: string;
}

export interface PrincipalFieldsProps {
  type: PrincipalType;
  onType: (type: PrincipalType) => void;
  options: readonly PrincipalOption[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  ids: string[];
  onIds: (ids: string[]) => void;
  /** Whether Next was pressed: then an empty choice is named under the field. */
  tried: boolean;
}

export function PrincipalFields({ type, onType, options, loading, error, onRetry, ids, onIds, tried }: PrincipalFieldsProps) {
  const { t } = useTranslation('policies');
  const field = type === 'group' ? 'groups' : 'agencies';
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="attach-principal-type">
          {t('attach.principalType')}
        </Text>
        <SegmentedControl
          aria-labelledby="attach-principal-type"
          value={type}
          onChange={(v) => onType(v as PrincipalType)}
          data={[
            { value: 'group', label: t('attach.groups') },
            { value: 'agency', label: t('attach.agencies') },
          ]}
        />
      </Stack>
      {error ? <ErrorAlert error={error} title={t(`attach.${field}Failed`)} onRetry={onRetry} /> : null}
      <MultiSelect
        key={type}
        label={t(`attach.${field}`)}
        placeholder={loading ? t('attach.loading') : t('attach.pickPlaceholder')}
        data={options.map((o) => ({ value: o.id, label: o.name }))}
        value={ids}
        onChange={onIds}
        searchable
        limit={100}
        required
        nothingFoundMessage={t('attach.nothingFound')}
        error={tried && ids.length === 0 ? t(`attach.pick.${field}`) : undefined}
      />
    </Stack>
  );
}
