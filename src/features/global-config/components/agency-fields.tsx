/**
 * The "Agency" block shared by Add Authorization and Modify: Use existing (table) or Add agency
 * (Agency Name, validated live, and Permissions: Common User or Custom).
 */
import { Alert, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, Project, Role } from '@/api/contracts/iam';
import type { AddAuthorizationValues, FormErrorCode, FormField } from '../lib/add-authorization-form';
import { CommonUserPermissions } from './common-user-permissions';
import { CustomPolicyPicker } from './custom-policy-picker';
import { ExistingAgencyTable } from './existing-agency-table';
import { LabelledSegmentedControl } from './labelled-segmented-control';

export interface AgencyFieldsProps {
  values: AddAuthorizationValues;
  onChange: (patch: Partial<AddAuthorizationValues>) => void;
  /** Marks the agency name as edited by hand (no more default names). */
  onAgencyNameEdited: () => void;
  errors: Partial<Record<FormField, FormErrorCode>>;
  /** Errors of untouched fields are not shown yet (except the live agency-name rule). */
  showErrors: boolean;
  agencies: Agency[];
  roles: Role[];
  projects: Project[];
  currentProjectId: string;
  /** An agency created by an earlier attempt: the new-agency fields are fixed. */
  lockedAgencyName: string | null;
  currentAgencyName?: string;
  disabled?: boolean;
}

export function AgencyFields(props: AgencyFieldsProps) {
  const { t } = useTranslation('global-config');
  const { values, onChange, errors, showErrors, lockedAgencyName, disabled } = props;
  const roleMap = useMemo(() => new Map(props.roles.map((r) => [r.id, r])), [props.roles]);
  const locked = lockedAgencyName !== null;
  const err = (f: FormField) => (errors[f] ? t(`validation.${errors[f]}`) : undefined);

  return (
    <Stack gap="md">
      <LabelledSegmentedControl
        label={t('add.agency')}
        value={values.agencyMode}
        onChange={(v) => onChange({ agencyMode: v as AddAuthorizationValues['agencyMode'] })}
        data={[
          { value: 'existing', label: t('add.useExisting') },
          { value: 'new', label: t('add.addAgency') },
        ]}
        disabled={disabled || locked}
        w="fit-content"
      />

      {values.agencyMode === 'existing' ? (
        <ExistingAgencyTable
          agencies={props.agencies}
          roles={roleMap}
          value={values.existingAgency}
          onChange={(name) => onChange({ existingAgency: name })}
          currentName={props.currentAgencyName}
          error={showErrors ? err('agency') : undefined}
          disabled={disabled}
        />
      ) : (
        <Stack gap="md">
          {locked ? (
            <Alert color="blue" variant="light" icon={<IconLock size={18} aria-hidden />} py="xs">
              <Text size="sm">{t('add.agencyLocked', { name: lockedAgencyName })}</Text>
            </Alert>
          ) : null}
          <TextInput
            label={t('add.agencyName')}
            description={t('add.agencyNameHint')}
            withAsterisk
            value={values.agencyName}
            onChange={(e) => {
              props.onAgencyNameEdited();
              onChange({ agencyName: e.currentTarget.value });
            }}
            error={err('agencyName')}
            maxLength={80}
            disabled={disabled || locked}
            autoComplete="off"
            spellCheck={false}
          />
          <Radio.Group
            label={t('add.permissions')}
            value={values.permissionMode}
            onChange={(v) => onChange({ permissionMode: v as AddAuthorizationValues['permissionMode'] })}
          >
            <Stack gap="xs" mt={6}>
              <Radio value="common" label={t('add.common')} description={t('add.commonDescription')} disabled={disabled || locked} />
              <Radio value="custom" label={t('add.custom')} description={t('add.customDescription')} disabled={disabled || locked} />
            </Stack>
          </Radio.Group>
          {values.permissionMode === 'common' ? (
            <CommonUserPermissions roles={props.roles} />
          ) : (
            <CustomPolicyPicker
              roles={props.roles}
              projects={props.projects}
              currentProjectId={props.currentProjectId}
              value={values.customPolicies}
              onChange={(customPolicies) => onChange({ customPolicies })}
              error={showErrors ? err('permissions') : undefined}
              disabled={disabled || locked}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
