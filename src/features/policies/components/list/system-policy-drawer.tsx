/** Read-only view of a policy: description, kind, Attach to…, and its JSON document pretty-printed. */
import { Badge, Code, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { AttachButton } from '../attach/attach-button';
import { kindOf } from './policy-rows';

export function SystemPolicyDrawer({ role, onClose }: { role: Role | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('policies');
  return (
    <Drawer opened={role !== null} onClose={onClose} position="right" size="xl" title={role?.display_name ?? ''} closeButtonProps={{ 'aria-label': t('view.close') }}>
      {role ? (
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="filled" color="dark" tt="none">
              {t(`type.${role.catalog}`)}
            </Badge>
            <Badge variant="filled" color={kindOf(role) === 'global' ? 'grape.9' : 'blue.9'} tt="none">
              {t(`kind.${kindOf(role)}`)}
            </Badge>
          </Group>
          <Group>
            <AttachButton role={role} />
          </Group>
          <Text size="sm">{(i18n.language === 'zh' && role.description_cn) || role.description || t('view.noDescription')}</Text>
          <Title order={2} size="h5">
            {t('view.document')}
          </Title>
          <Code block component="pre" role="region" aria-label={t('view.documentLabel', { name: role.display_name })} tabIndex={0} style={{ maxHeight: '60vh', overflow: 'auto' }}>
            {JSON.stringify(role.policy, null, 2)}
          </Code>
        </Stack>
      ) : null}
    </Drawer>
  );
}
