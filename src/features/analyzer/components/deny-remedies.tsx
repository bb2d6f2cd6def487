/**
 * A Deny that blocks a scenario, named to the statement, with the honest remedies: leave the
 * group that carries it, or edit the statement. Each remedy says where it leads (ready, ready
 * once the proved fix is applied, still not ready) and opens a confirmation with who gains or
 * loses access on the whole organisation, in the analyzer's chosen region and workspace, before
 * anything changes.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconBan, IconEdit, IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRemoveMembership } from '@/api/resources/memberships';
import { confirmConsequences, notifyError, notifySuccess } from '@/components';
import { membershipsAsCode, type DenyBlocker, type DenyRemedy, type Snapshot, type SnapshotUser } from '@/iam';
import { statementHref, StatementLink } from './statement-link';

export interface DenyRemediesProps {
  snapshot: Snapshot;
  user: SnapshotUser;
  scenarioName: string;
  blockers: DenyBlocker[];
  /** The analyzer's chosen region and workspace: each remedy's preview is evaluated there. */
  target: { projectId: string; workspaceId: string };
}

function Message({ body, outcome }: { body: string; outcome: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm">{body}</Text>
      <Text size="sm" fw={600}>
        {outcome}
      </Text>
    </Stack>
  );
}

export function DenyRemedies({ snapshot, user, scenarioName, blockers, target }: DenyRemediesProps) {
  const { t } = useTranslation('analyzer');
  const navigate = useNavigate();
  const remove = useRemoveMembership();
  const groupName = (id: string | undefined) => snapshot.groups.find((g) => g.id === id)?.name ?? id ?? '';

  const run = async (blocker: DenyBlocker, remedy: DenyRemedy) => {
    const policy = blocker.statement.policyName ?? blocker.statement.policyId ?? '';
    const n = blocker.statement.statementIndex + 1;
    const outcome = t(`remedy.outcome.${remedy.outcome}`, { user: user.name, scenario: scenarioName });
    if (remedy.kind === 'leave_group') {
      const group = groupName(remedy.groupId);
      const ok = await confirmConsequences({
        title: t('remedy.leaveTitle', { user: user.name, group }),
        message: <Message body={t('remedy.leaveBody', { user: user.name, group, policy })} outcome={outcome} />,
        confirmLabel: t('remedy.leaveConfirm'),
        danger: true,
        mutation: remedy.mutation,
        target,
        ...(remedy.groupId !== undefined
          ? { exportAs: (format: 'terraform' | 'koocli') => membershipsAsCode({ title: t('remedy.leaveTitle', { user: user.name, group }), group: { id: remedy.groupId!, name: group }, add: [], remove: [{ id: user.id, name: user.name }] }, format) }
          : {}),
      });
      if (!ok || remedy.groupId === undefined) return;
      remove.mutate(
        { groupId: remedy.groupId, userId: user.id },
        {
          onSuccess: () => notifySuccess(t('remedy.left', { user: user.name, group })),
          onError: (e) => notifyError(t('remedy.leaveFailed'), e),
        },
      );
      return;
    }
    const ok = await confirmConsequences({
      title: t('remedy.editTitle', { policy, n }),
      message: <Message body={t('remedy.editBody', { policy, n })} outcome={outcome} />,
      confirmLabel: t('remedy.editConfirm'),
      mutation: remedy.mutation,
        target,
    });
    const href = statementHref(blocker.statement);
    if (ok && href) void navigate(href);
  };

  return (
    <>
      {blockers.map((b) => {
        const policy = b.statement.policyName ?? b.statement.policyId ?? `#${b.statement.policyIndex + 1}`;
        return (
          <Alert key={`${policy}-${b.statement.statementIndex}`} color="red" variant="light" icon={<IconBan size={20} aria-hidden />} title={t('deny.title', { policy })}>
            <Stack gap="xs">
              <Text size="sm">{t('deny.body', { policy, count: b.actions.length, actions: b.actions.join(', ') })}</Text>
              <Text size="sm">
                {t('remedy.statement')} <StatementLink statement={b.statement} />
              </Text>
              {b.remedies.length > 0 ? (
                <Group gap="xs" role="group" aria-label={t('remedy.groupLabel', { policy })}>
                  {b.remedies.map((r) =>
                    r.kind === 'leave_group' ? (
                      <Button key={`leave-${r.groupId}`} size="xs" variant="default" leftSection={<IconUserMinus size={14} aria-hidden />} onClick={() => void run(b, r)}>
                        {t('remedy.leave', { user: user.name, group: groupName(r.groupId) })}
                      </Button>
                    ) : (
                      <Button key="edit" size="xs" variant="default" leftSection={<IconEdit size={14} aria-hidden />} onClick={() => void run(b, r)}>
                        {t('remedy.edit', { policy, n: b.statement.statementIndex + 1 })}
                      </Button>
                    ),
                  )}
                </Group>
              ) : null}
            </Stack>
          </Alert>
        );
      })}
    </>
  );
}
