/**
 * Step 2 of Authorize: the "Scope" radio group and, for region or enterprise projects, which ones;
 * explains when IAM will grant some of the chosen policies on All resources instead. Its strings
 * (namespace `grant`) load with the dialog: render it inside a Suspense boundary (GrantDialogBody).
 */
import { Alert, MultiSelect, Radio, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { useEnterpriseProjects, useProjects } from '@/api/resources/projects';
import { SCOPE_CHOICES, type ScopeChoice } from './scope';
import type { ScopeChoiceState } from './use-scope-choice';

export interface ScopeFieldsProps {
  /** From useScopeChoice. */
  scope: ScopeChoiceState;
  /** The scopes offered (default: all four). */
  choices?: readonly ScopeChoice[];
  /** Chosen policies that IAM moves to All resources under this scope. */
  forcedToAll: readonly Role[];
  /** Whether OK was pressed: then a missing region or enterprise project is named under its field. */
  tried?: boolean;
}

const RADIO_KEYS: Record<ScopeChoice, string> = {
  all: 'scope.all',
  global: 'scope.global',
  projects: 'scope.projects',
  enterpriseProjects: 'scope.enterpriseProjects',
};

export function ScopeFields({ scope, choices = SCOPE_CHOICES, forcedToAll, tried = false }: ScopeFieldsProps) {
  const { t } = useTranslation('grant');
  const { choice, onChoice, ids, onIds } = scope;
  const projects = useProjects().data ?? [];
  const enterpriseProjects = useEnterpriseProjects().data ?? [];
  const idsError = tried && ids.length === 0 && (choice === 'projects' || choice === 'enterpriseProjects') ? t(choice === 'projects' ? 'scope.pickProjects' : 'scope.pickEnterpriseProjects') : undefined;
  return (
    <Stack gap="md">
      <Radio.Group label={t('scope.label')} value={choice} onChange={(v) => onChoice(v as ScopeChoice)} required>
        <Stack gap="xs" mt="xs">
          {choices.map((c) => (
            <Radio key={c} value={c} label={t(RADIO_KEYS[c])} description={t(`scope.hint.${c}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {choice === 'projects' || choice === 'enterpriseProjects' ? (
        <MultiSelect
          key={choice}
          label={t(choice === 'projects' ? 'scope.regionProjects' : 'scope.enterpriseProjectsField')}
          data={(choice === 'projects' ? projects : enterpriseProjects).map((p) => ({ value: p.id, label: p.name }))}
          value={ids}
          onChange={onIds}
          searchable
          required
          error={idsError}
        />
      ) : null}
      {forcedToAll.length > 0 ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />} title={t(`scope.forced.${choice === 'projects' ? 'globalInProjects' : 'projectInGlobal'}`)}>
          <Text size="sm">{t(`scope.forced.${choice === 'projects' ? 'globalInProjectsBody' : 'projectInGlobalBody'}`, { names: forcedToAll.map((r) => r.display_name).join(', ') })}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
