/**
 * Access Analyzer (route /analyzer): tabs Check access · Scenario readiness · Access matrix ·
 * Who can use · User access, on the engine's evaluateAccess and checkScenario (and their bulk paths,
 * in a worker) over the organisation read from the regular APIs. The tab and every query live in the URL.
 */
import { Group, Loader, Tabs, Text } from '@mantine/core';
import { IconGridDots, IconListCheck, IconShieldSearch, IconUserSearch, IconUsersGroup } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { incompleteCalls, useCollection } from '@/api/resources/collection';
import { ErrorAlert, PageLayout, useSession, useWorkspaceId } from '@/components';
import { useOrgSnapshot } from '@/api/resources/org-snapshot';
import type { Snapshot } from '@/iam';
import { CheckAccessTab } from '../components/check-access-tab';
import { IncompleteDataAlert, IncompleteDataProvider } from '../components/incomplete-data';
import { MatrixTab } from '../components/matrix-tab';
import { ScenarioTab } from '../components/scenario-tab';
import { UserAccessTab } from '../components/user-access-tab';
import { WhoCanTab } from '../components/who-can-tab';

const TABS = ['check', 'scenario', 'matrix', 'who', 'user'] as const;
type Tab = (typeof TABS)[number];

export default function AnalyzerPage() {
  // 'findings' and 'explanations' too: the check tab shows policy findings and the engine's
  // explanations; loading them with the page keeps the page from suspending again (a flash of the
  // loader) when that tab first renders.
  const { t } = useTranslation(['analyzer', 'findings', 'explanations']);
  const session = useSession();
  const switcherWorkspace = useWorkspaceId();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'check';
  const org = useOrgSnapshot<Snapshot>();
  // How the organisation was collected: answers on an incomplete collection are marked.
  const collection = useCollection();
  const missing = useMemo(() => incompleteCalls(collection.data), [collection.data]);
  const defaults = useMemo(() => ({ projectId: session.projectId, workspaceId: switcherWorkspace }), [session.projectId, switcherWorkspace]);

  const selectTab = (value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('tab', value ?? 'check');
      return next;
    });

  let body;
  if (org.isPending) {
    body = (
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden />
        <Text size="sm">{t('loading')}</Text>
      </Group>
    );
  } else if (org.isError && !org.data) {
    body = <ErrorAlert error={org.error} title={t('loadFailed')} onRetry={() => void org.refetch()} retrying={org.isFetching} />;
  } else {
    const snapshot = org.data;
    body = (
      <IncompleteDataProvider calls={missing}>
        {org.isError ? <ErrorAlert error={org.error} title={t('refreshFailed')} onRetry={() => void org.refetch()} retrying={org.isFetching} /> : null}
        <IncompleteDataAlert total={collection.data?.calls.length ?? 0} />
        <Tabs value={tab} onChange={selectTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="check" leftSection={<IconShieldSearch size={16} aria-hidden />}>
              {t('tab.check')}
            </Tabs.Tab>
            <Tabs.Tab value="scenario" leftSection={<IconListCheck size={16} aria-hidden />}>
              {t('tab.scenario')}
            </Tabs.Tab>
            <Tabs.Tab value="matrix" leftSection={<IconGridDots size={16} aria-hidden />}>
              {t('tab.matrix')}
            </Tabs.Tab>
            <Tabs.Tab value="who" leftSection={<IconUsersGroup size={16} aria-hidden />}>
              {t('tab.who')}
            </Tabs.Tab>
            <Tabs.Tab value="user" leftSection={<IconUserSearch size={16} aria-hidden />}>
              {t('tab.user')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="check">
            <CheckAccessTab snapshot={snapshot} defaults={defaults} />
          </Tabs.Panel>
          <Tabs.Panel value="scenario">
            <ScenarioTab snapshot={snapshot} defaults={defaults} domainId={session.domainId ?? snapshot.domain.id} />
          </Tabs.Panel>
          <Tabs.Panel value="matrix">
            <MatrixTab snapshot={snapshot} defaults={defaults} />
          </Tabs.Panel>
          <Tabs.Panel value="who">
            <WhoCanTab snapshot={snapshot} defaults={defaults} />
          </Tabs.Panel>
          <Tabs.Panel value="user">
            <UserAccessTab snapshot={snapshot} defaults={defaults} />
          </Tabs.Panel>
        </Tabs>
      </IncompleteDataProvider>
    );
  }

  return (
    <PageLayout title={t('title')} description={t('help')}>
      {body}
    </PageLayout>
  );
}
