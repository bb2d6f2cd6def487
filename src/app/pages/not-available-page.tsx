/** The honest placeholder for pages of a later release: the page's name and one sentence. */
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLayout } from '@/components/layout/page-layout';
import { useWorkspaceSearch } from '@/components/session/use-workspace-id';
import { paths } from '@/components/navigation/paths';

export type LaterPage = 'workspaces' | 'users' | 'groups' | 'policies' | 'analyzer';

export default function NotAvailablePage({ page }: { page: LaterPage }) {
  const { t } = useTranslation('shell');
  const search = useWorkspaceSearch();
  return (
    <PageLayout title={t(`nav.${page}`)}>
      <Text>{t('notAvailable.body')}</Text>
      <Anchor component={Link} to={{ pathname: paths.globalConfig, search }}>
        {t('notAvailable.back')}
      </Anchor>
    </PageLayout>
  );
}
