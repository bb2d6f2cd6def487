/**
 * Why Generate fix is not offered: simulated on a copy of the organisation, the policies it would
 * add leave the user not ready. Names what would still refuse them (a Deny, the workspace, no
 * agency, permissions still missing).
 */
import { Alert, List, Text } from '@mantine/core';
import { IconToolsOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { readyForCertain, type ScenarioResult } from '@/iam';

export function FixNotOffered({ user, after }: { user: string; after: ScenarioResult }) {
  const { t } = useTranslation('analyzer');
  const denied = after.user.missing.filter((a) => after.user.layers?.[a] === 'explicit_deny').length;
  const reasons: string[] = [];
  if (denied > 0) reasons.push(t('fixProof.deny', { count: denied }));
  if (after.blockers.includes('workspace_not_authorized')) reasons.push(t('fixProof.workspace', { user }));
  if (after.blockers.includes('no_agency') || (after.agency.name === null && after.agency.missing.length > 0)) reasons.push(t('fixProof.noAgency', { user }));
  // Ready only for some context values (a conditional Deny): not offered as a fix.
  if (after.ready && !readyForCertain(after)) reasons.push(t('fixProof.conditional', { user, keys: (after.user.conditionalKeys ?? []).join(', ') }));
  const other = after.user.missing.length - denied + (after.agency.name === null ? 0 : after.agency.missing.length);
  if (other > 0) reasons.push(t('fixProof.missing', { count: other }));
  return (
    <Alert color="gray" variant="light" icon={<IconToolsOff size={20} aria-hidden />} title={t('fixProof.title')}>
      <Text size="sm">{t('fixProof.body', { user })}</Text>
      {reasons.length > 0 ? (
        <List size="sm" mt={4}>
          {reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
