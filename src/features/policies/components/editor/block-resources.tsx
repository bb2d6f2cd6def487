/** Resource paths of a block, offered only where the service supports them. */
import { TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { serviceSupportsResources } from '../../model';
import { useServiceName } from './service-select';

export interface BlockResourcesProps {
  blockNumber: number;
  service: string;
  resources: readonly string[];
  onChange: (resources: string[]) => void;
  disabled: boolean;
}

export function BlockResources({ blockNumber, service, resources, onChange, disabled }: BlockResourcesProps) {
  const { t } = useTranslation('policy-editor');
  const serviceName = useServiceName();
  const supported = serviceSupportsResources(service);
  if (!supported && resources.length === 0) return <Text size="sm" c="dimmed">{t('resources.unsupported', { service: serviceName(service) })}</Text>;
  return (
    <TagsInput
      label={t('resources.label')}
      aria-label={t('resources.fieldLabel', { n: blockNumber })}
      description={supported ? t('resources.help', { service }) : t('resources.unsupportedKept', { service: serviceName(service) })}
      error={supported ? undefined : t('resources.unsupportedError')}
      placeholder={supported ? `${service || 'obs'}:*:*:bucket:my-bucket` : undefined}
      value={[...resources]}
      onChange={onChange}
      splitChars={[',', ' ']}
      clearable
      disabled={disabled}
    />
  );
}
