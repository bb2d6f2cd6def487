/**
 * Step 2 of Authorize: the "Scope" radio group and, for region or enterprise projects, which ones;
 * explains when IAM will grant some of the chosen policies on All resources instead.
 */
import { Alert, MultiSelect, Radio, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProject, Project, Role } from '@/api/contracts/iam';
import { SCOPE_CHOICES, type ScopeChoice } from '../../lib/scope';

export interface ScopeFieldsProps {
  choice: ScopeChoice;
  onChoice: (c: ScopeChoice) => void;
  /** The scopes offered (default: all four). */
  choices?: readonly ScopeChoice[];
  ids: string[];
  onIds: (ids: string[]) => void;
  projects: readonly Project[];
  enterpriseProjects: readonly EnterpriseProject[];
  /** Chosen policies that IAM moves to All resources under this scope. */
  forcedToAll: readonly Role[];
  idsError?: string;
}

const RADIO_KEYS: Record<ScopeChoice, string> = {
  all: 'scope.all',
  global: 'scope.global',
  projects: 'scope.projects',
  enterpriseProjects: 'scope.enterpriseProjects',
};

export function ScopeFields({ choice, onChoice, choices = SCOPE_CHOICES, ids, onIds, projects, enterpriseProjects, forcedToAll, idsError }: ScopeFieldsProps) {
  const { t } = useTranslation('iam');
  return (
    <Stack gap="md">
      <Radio.Group label={t('authorize.scope')} value={choice} onChange={(v) => onChoice(v as ScopeChoice)} required>
        <Stack gap="xs" mt="xs">
          {choices.map((c) => (
            <Radio key={c} value={c} label={t(RADIO_KEYS[c])} description={t(`scope.hint.${c}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {choice === 'projects' || choice === 'enterpriseProjects' ? (
        <MultiSelect
          key={choice}
          label={t(choice === 'projects' ? 'authorize.regionProjects' : 'authorize.enterpriseProjects')}
          data={(choice === 'projects' ? projects : enterpriseProjects).map((p) => ({ value: p.id, label: p.name }))}
          value={ids}
          onChange={onIds}
          searchable
          required
          error={idsError}
        />
      ) : null}
      {forcedToAll.length > 0 ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />} title={t(`authorize.forced.${choice === 'projects' ? 'globalInProjects' : 'projectInGlobal'}`)}>
          <Text size="sm">{t(`authorize.forced.${choice === 'projects' ? 'globalInProjectsBody' : 'projectInGlobalBody'}`, { names: forcedToAll.map((r) => r.display_name).join(', ') })}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
