/**
 * Demo data: the mock backend's data and fault injection (route `/demo-data`; `/settings`
 * redirects here). The demo data tools (`/__mock/`) are for administrators only (docs/api.md,
 * "Console-only endpoints"): anyone else sees why, and where to recover, instead of buttons that
 * would answer 403. A Huawei administrator looking for "Settings" means ModelArts' Global
 * Configuration: the page says where it is.
 */
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { paths } from '@/components/navigation/paths';
import { setDemoGuideShown, useDemoGuideShown } from '@/components/session/demo-guide-state';
import { useSession } from '@/components/session/use-session';
import { useWorkspaceSearch } from '@/components/session/use-workspace-id';
import { DemoDataSection } from '../components/demo-data-section';
import { FaultInjectionSection } from '../components/fault-injection-section';

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  const { isAdmin } = useSession();
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
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
          <Text size="sm">
            {t('globalConfigNote')}{' '}
            <Anchor component={Link} to={{ pathname: paths.globalConfig, search }} size="sm">
              {t('globalConfigLink')}
            </Anchor>
          </Text>
        </Alert>
        {isAdmin ? (
          <>
            <DemoDataSection />
            <FaultInjectionSection />
          </>
        ) : (
          <Alert color="blue" variant="light" icon={<IconLock size={20} aria-hidden />} title={t('adminOnly.title')}>
            <Text size="sm">{t('adminOnly.body')}</Text>
          </Alert>
        )}
      </Stack>
    </PageLayout>
  );
}
