/**
 * Who gains and who loses access (previewConsequences), per ModelArts function and per action,
 * with names and counts; "No one gains or loses access" when so. A progress indicator while it is
 * worked out. Shown in every confirmation of a mutation that changes access (confirm-consequences.tsx).
 */
import { Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCENARIOS } from '@/iam';
import { ErrorAlert } from '../feedback/error-alert';
import type { PreviewSummary as Preview, ShownChange, ShownUsers } from './preview-job';
import type { PreviewState } from './use-consequence-preview';

/** Actions listed per side before "and N more actions". */
const ACTIONS = 15;

/** The first names (SHOWN_NAMES, preview-job.ts), then "and N more". */
function Names({ users }: { users: ShownUsers }) {
  const { t } = useTranslation('common');
  const shown = users.first.map((u) => u.name).join(', ');
  return <>{users.count > users.first.length ? t('consequence.namesMore', { names: shown, count: users.count - users.first.length }) : shown}</>;
}

function Side({ side, preview, headingOrder }: { side: 'gain' | 'lose'; preview: Preview; headingOrder: 3 | 4 }) {
  const { t, i18n } = useTranslation('common');
  const users = preview[side];
  if (users.count === 0) return null;
  const pick = (list: readonly ShownChange[]) => list.filter((c) => c[side].count > 0);
  const scenarios = pick(preview.scenarios);
  const actions = pick(preview.actions);
  const scenarioName = (id: string) => {
    const s = SCENARIOS.find((x) => x.id === id);
    return s === undefined ? id : i18n.language.startsWith('zh') ? s.nameZh : s.name;
  };
  return (
    <Stack gap={4} role="group" aria-label={t(`consequence.${side}Title`, { count: users.count })}>
      <Title order={headingOrder} size="h6">
        {t(`consequence.${side}Title`, { count: users.count })}
      </Title>
      <Text size="sm">
        <Names users={users} />
      </Text>
      {scenarios.length > 0 ? (
        <>
          <Text size="sm" fw={600}>
            {t(side === 'gain' ? 'consequence.scenariosGain' : 'consequence.scenariosLose')}
          </Text>
          <List size="sm" spacing={0}>
            {scenarios.map((c) => (
              <List.Item key={c.id}>
                {t('consequence.line', { what: scenarioName(c.id), count: c[side].count })} <Names users={c[side]} />
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
      {actions.length > 0 ? (
        <details>
          <summary>
            <Text span size="sm" fw={600}>
              {t('consequence.actions', { count: actions.length })}
            </Text>
          </summary>
          <List size="sm" spacing={0}>
            {actions.slice(0, ACTIONS).map((c) => (
              <List.Item key={c.id}>
                <Text span ff="monospace" size="sm">
                  {c.id}
                </Text>{' '}
                {t('consequence.count', { count: c[side].count })} <Names users={c[side]} />
              </List.Item>
            ))}
          </List>
          {actions.length > ACTIONS ? <Text size="sm">{t('consequence.actionsMore', { count: actions.length - ACTIONS })}</Text> : null}
        </details>
      ) : null}
    </Stack>
  );
}

/**
 * `titled`: the preview sits under its own "Who gains or loses access" heading
 * (consequence-section.tsx), so the gains and losses are headed one level below it.
 */
export function ConsequencePreview({ state, titled = false }: { state: PreviewState; titled?: boolean }) {
  const { t } = useTranslation('common');
  if (state.status === 'loading') {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{t('consequence.loading')}</Text>
      </Group>
    );
  }
  if (state.status === 'error') return <ErrorAlert error={state.error} title={t('consequence.error')} onRetry={state.retry} />;
  const { preview, where } = state;
  return (
    <Stack gap="sm" role="region" aria-label={t('consequence.label')}>
      {/* Authorizations and scopes are per region: say which one this answer is for. */}
      {where && where.region !== '' ? (
        <Text size="xs" c="dimmed">
          {t('consequence.where', { region: where.region, workspace: where.workspace })}
        </Text>
      ) : null}
      {preview.none ? <Text size="sm">{t('consequence.none')}</Text> : null}
      <Side side="gain" preview={preview} headingOrder={titled ? 4 : 3} />
      <Side side="lose" preview={preview} headingOrder={titled ? 4 : 3} />
    </Stack>
  );
}

