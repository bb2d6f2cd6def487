import { Anchor, Code, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { useWorkspaceSearch } from '@/components/session/use-workspace-id';
import { paths } from '@/components/navigation/paths';

export default function NotFoundPage() {
  const { t } = useTranslation('shell');
  const { pathname } = useLocation();
  const search = useWorkspaceSearch();
  return (
    <PageLayout title={t('notFound.title')}>
      <Text>
        <Trans t={t} i18nKey="notFound.body" values={{ path: pathname }} components={{ code: <Code /> }} />
      </Text>
      <Anchor component={Link} to={{ pathname: paths.globalConfig, search }}>
        {t('notFound.back')}
      </Anchor>
    </PageLayout>
  );
}
