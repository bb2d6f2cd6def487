/**
 * Settings → Demo data and fault injection (route `/settings`). The demo data tools (`/__mock/`)
 * are for administrators only (docs/api.md, "Console-only endpoints"): anyone else sees why, and
 * where to recover, instead of buttons that would answer 403.
 */
import { Alert, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '@/components/layout/page-layout';
import { useSession } from '@/components/session/use-session';
import { DemoDataSection } from '../components/demo-data-section';
import { FaultInjectionSection } from '../components/fault-injection-section';

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  const { isAdmin } = useSession();
  return (
    <PageLayout title={t('title')} description={t('description')}>
      {isAdmin ? (
        <Stack gap="lg">
          <DemoDataSection />
          <FaultInjectionSection />
        </Stack>
      ) : (
        <Alert color="blue" variant="light" icon={<IconLock size={20} aria-hidden />} title={t('adminOnly.title')}>
          <Text size="sm">{t('adminOnly.body')}</Text>
        </Alert>
      )}
    </PageLayout>
  );
}
