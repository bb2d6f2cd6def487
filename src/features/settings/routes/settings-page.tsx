/** Settings → Demo data and fault injection (route `/settings`). */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '@/components/layout/page-layout';
import { DemoDataSection } from '../components/demo-data-section';
import { FaultInjectionSection } from '../components/fault-injection-section';

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <PageLayout title={t('title')} description={t('description')}>
      <Stack gap="lg">
        <DemoDataSection />
        <FaultInjectionSection />
      </Stack>
    </PageLayout>
  );
}
