/** Searchable service picker from the catalog, each service marked project-level or global. */
import { Badge, Group, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceOptions, WILDCARD_SERVICE } from '../../model';

export interface ServiceSelectProps {
  blockNumber: number;
  value: string;
  onChange: (service: string) => void;
  disabled: boolean;
}

export function useServiceName() {
  const { t, i18n } = useTranslation('policy-editor');
  const options = useMemo(() => serviceOptions(), []);
  return (id: string) => {
    if (id === WILDCARD_SERVICE) return t('service.all');
    const o = options.find((s) => s.id === id);
    if (o === undefined) return id;
    return i18n.language.startsWith('zh') && o.nameZh ? o.nameZh : o.name;
  };
}

export function ServiceSelect({ blockNumber, value, onChange, disabled }: ServiceSelectProps) {
  const { t } = useTranslation('policy-editor');
  const name = useServiceName();
  const options = useMemo(() => serviceOptions(), []);
  const data = useMemo(
    () => [
      ...options.map((o) => ({ value: o.id, label: `${name(o.id)} (${o.id})` })),
      { value: WILDCARD_SERVICE, label: `${name(WILDCARD_SERVICE)} (*)` },
      ...(value !== '' && value !== WILDCARD_SERVICE && !options.some((o) => o.id === value) ? [{ value, label: value }] : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [options, value, t],
  );
  const kindOf = (id: string) => options.find((o) => o.id === id)?.kind;
  const kind = kindOf(value);
  return (
    <Select
      label={t('service.label')}
      aria-label={t('service.fieldLabel', { n: blockNumber })}
      placeholder={t('service.placeholder')}
      data={data}
      value={value === '' ? null : value}
      onChange={(v) => v !== null && onChange(v)}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('service.nothingFound')}
      description={kind ? t(`kind.service.${kind}`) : value === WILDCARD_SERVICE ? t('service.allHelp') : t('service.help')}
      error={value === '' ? t('service.required') : undefined}
      renderOption={({ option }) => {
        const k = kindOf(option.value);
        return (
          <Group justify="space-between" wrap="nowrap" w="100%">
            <Text size="sm">{option.label}</Text>
            {k ? (
              <Badge size="xs" variant="light" color={k === 'global' ? 'teal' : 'blue'} tt="none">
                {t(`kind.short.${k}`)}
              </Badge>
            ) : null}
          </Group>
        );
      }}
      w={{ base: '100%', sm: 380 }}
      disabled={disabled}
    />
  );
}
