/**
 * The fields of Create / Edit Workspace: Name, Description, Enterprise Project, Authorization
 * Type (Public / Private / Internal) and, for Internal, Authorized Users. Errors are located on
 * their field; nothing typed is ever reset.
 */
import { Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProject } from '@/api/contracts/iam';
import { AUTH_TYPES, DESCRIPTION_MAX, NAME_MAX, type AuthType, type WorkspaceErrors, type WorkspaceFormValues } from '../lib/workspace-form';
import { AuthorizedUsersSelect } from './authorized-users-select';

export interface WorkspaceFormFieldsProps {
  values: WorkspaceFormValues;
  onChange: (patch: Partial<WorkspaceFormValues>) => void;
  /** Errors to show now (already filtered by touched / submitted). */
  errors: WorkspaceErrors;
  /** The service's message for an `invalid` code. */
  serverMessage?: string;
  enterpriseProjects: EnterpriseProject[];
  mode: 'create' | 'edit';
  isDefault?: boolean;
  disabled?: boolean;
  onBlur?: (field: keyof WorkspaceFormValues) => void;
}

export function WorkspaceFormFields({ values, onChange, errors, serverMessage, enterpriseProjects, mode, isDefault, disabled, onBlur }: WorkspaceFormFieldsProps) {
  const { t } = useTranslation('workspaces');
  const message = (field: keyof WorkspaceErrors) => {
    const code = errors[field];
    return code ? t(`validation.${code}`, { message: serverMessage ?? '' }) : undefined;
  };
  const epOptions = enterpriseProjects
    .filter((e) => e.status === 1 || e.id === values.enterpriseProjectId)
    .map((e) => ({ value: e.id, label: e.name }));

  return (
    <Stack gap="md">
      <TextInput
        label={t('form.name')}
        description={isDefault ? t('default.cannotRename') : t('form.nameHelp')}
        value={values.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        onBlur={() => onBlur?.('name')}
        error={message('name')}
        required
        maxLength={NAME_MAX + 16}
        disabled={disabled || isDefault}
        data-autofocus
      />
      <Textarea
        label={t('form.description')}
        description={t('form.descriptionCount', { count: values.description.length, max: DESCRIPTION_MAX })}
        value={values.description}
        onChange={(e) => onChange({ description: e.currentTarget.value })}
        onBlur={() => onBlur?.('description')}
        error={message('description')}
        autosize
        minRows={2}
        maxRows={6}
        disabled={disabled}
      />
      <Select
        label={t('form.enterpriseProject')}
        description={mode === 'edit' ? t('form.enterpriseProjectLocked') : t('form.enterpriseProjectHelp')}
        data={epOptions}
        value={values.enterpriseProjectId}
        onChange={(v) => v && onChange({ enterpriseProjectId: v })}
        error={message('enterpriseProjectId')}
        allowDeselect={false}
        required
        searchable
        disabled={disabled || mode === 'edit'}
        comboboxProps={{ withinPortal: true }}
      />
      <Radio.Group
        label={t('form.authType')}
        value={values.authType}
        onChange={(v) => onChange({ authType: v as AuthType })}
        required
      >
        <Stack gap="xs" mt={6}>
          {AUTH_TYPES.map((type) => (
            <Radio key={type} value={type} label={t(`authType.${type}`)} description={t(`authTypeHelp.${type}`)} disabled={disabled} />
          ))}
        </Stack>
      </Radio.Group>
      {values.authType === 'INTERNAL' ? (
        <AuthorizedUsersSelect value={values.grants} onChange={(grants) => onChange({ grants })} error={message('grants')} disabled={disabled} />
      ) : null}
      {mode === 'edit' && values.authType !== 'INTERNAL' && values.grants.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('detail.notInternal')}
        </Text>
      ) : null}
    </Stack>
  );
}
