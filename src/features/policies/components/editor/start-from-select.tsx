/** "Start from": the seeds' example policies and any existing policy (system or custom). */
import { Select } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import type { PolicyDocument } from '@/iam';
import { useRoles } from '@/api/resources/roles';
import { POLICY_TEMPLATES } from '../../model';

export interface StartFromChoice {
  document: PolicyDocument;
  name: string;
  description: string;
}

export interface StartFromSelectProps {
  onPick: (choice: StartFromChoice) => void;
  /** The policy being edited, left out of the list. */
  exceptId?: string;
  disabled: boolean;
}

export const StartFromSelect = memo(function StartFromSelect({ onPick, exceptId, disabled }: StartFromSelectProps) {
  const { t, i18n } = useTranslation('policy-editor');
  const roles = useRoles();
  const zh = i18n.language.startsWith('zh');
  const existing: Role[] = (roles.data ?? []).filter((r) => r.id !== exceptId);
  const data = [
    { group: t('startFrom.examples'), items: POLICY_TEMPLATES.map((tpl) => ({ value: `tpl:${tpl.id}`, label: zh ? tpl.nameZh : tpl.name })) },
    ...(existing.length > 0
      ? [{ group: t('startFrom.existing'), items: existing.map((r) => ({ value: `role:${r.id}`, label: `${r.display_name} (${t(`catalog.${r.catalog}`)})` })) }]
      : []),
  ];
  return (
    <Select
      label={t('startFrom.label')}
      placeholder={roles.isPending ? t('startFrom.loading') : t('startFrom.placeholder')}
      description={roles.isError ? t('startFrom.rolesFailed') : undefined}
      data={data}
      value={null}
      searchable
      clearable={false}
      nothingFoundMessage={t('startFrom.nothingFound')}
      onChange={(value) => {
        if (value === null) return;
        if (value.startsWith('tpl:')) {
          const tpl = POLICY_TEMPLATES.find((x) => `tpl:${x.id}` === value);
          if (tpl) onPick({ document: structuredClone(tpl.document), name: zh ? tpl.nameZh : tpl.name, description: zh ? tpl.descriptionZh : tpl.description });
        } else {
          const role = existing.find((r) => `role:${r.id}` === value);
          if (role) onPick({ document: structuredClone(role.policy) as PolicyDocument, name: t('startFrom.copyName', { name: role.display_name }), description: role.description });
        }
      }}
      w={{ base: '100%', sm: 340 }}
      disabled={disabled}
    />
  );
});
