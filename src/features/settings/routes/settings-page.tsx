/** Demo data: the mock backend's data and fault injection (route `/demo-data`; `/settings` redirects here). */
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { paths } from '@/components/navigation/paths';
import { setDemoGuideShown, useDemoGuideShown } from '@/components/session/demo-guide-state';
import { useWorkspaceSearch } from '@/components/session/use-workspace-id';
import { DemoDataSection } from '../components/demo-data-section';
import { FaultInjectionSection } from '../components/fault-injection-section';

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  const search = useWorkspaceSearch();
  const guideShown = useDemoGuideShown();
  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      actions={
        guideShown ? undefined : (
          <Group>
            <Button variant="default" onClick={() => setDemoGuideShown(true)}>
              {t('showGuide')}
            </Button>
          </Group>
        )
      }
    >
      <Stack gap="lg">
        {/* A Huawei administrator looking for "Settings" means ModelArts' Global Configuration. */}
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
          <Text size="sm">
            {t('globalConfigNote')}{' '}
            <Anchor component={Link} to={{ pathname: paths.globalConfig, search }} size="sm">
              {t('globalConfigLink')}
            </Anchor>
          </Text>
        </Alert>
        <DemoDataSection />
        <FaultInjectionSection />
      </Stack>
    </PageLayout>
  );
}
