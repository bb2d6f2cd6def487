/**
 * Add Authorization's "Authorized User" (IAM user, federated user, agency, all users) and
 * "Authorized To" for that type: the IAM user picker (and whether that user already has an
 * authorization here), a federated user's name, an agency, or the all-users note.
 */
import { Alert, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '@/api/contracts/iam';
import type { UserType } from '@/api/contracts/modelarts';
import type { AddAuthorizationValues, ValidationResult } from '../lib/add-authorization-form';
import { IamUserPicker } from './iam-user-picker';
import { LabelledSegmentedControl } from './labelled-segmented-control';

const USER_TYPES: UserType[] = ['iam', 'federate', 'grant', 'all-users'];

/** The name that goes into the default agency name (null = all users). */
export function targetName(v: AddAuthorizationValues): string | null {
  switch (v.userType) {
    case 'iam':
      return v.iamUser?.name ?? null;
    case 'federate':
      return v.federatedName.trim() || null;
    case 'grant':
      return v.grantAgency?.name ?? null;
    case 'all-users':
      return null;
  }
}

export interface AuthorizedToFieldsProps {
  values: AddAuthorizationValues;
  onChange: (patch: Partial<AddAuthorizationValues>) => void;
  error: ValidationResult['errors']['authorizedTo'];
  /** After a Create attempt every error shows; before it, only the ones found while typing. */
  showErrors: boolean;
  /** The chosen IAM user already has an authorization in this region. */
  alreadyAuthorized: boolean;
  agencies: readonly Agency[] | undefined;
  disabled: boolean;
}

export function AuthorizedToFields({ values, onChange, error, showErrors, alreadyAuthorized, agencies, disabled }: AuthorizedToFieldsProps) {
  const { t } = useTranslation('global-config');
  return (
    <>
      <LabelledSegmentedControl
        label={t('add.authorizedUser')}
        value={values.userType}
        onChange={(v) => onChange({ userType: v as UserType })}
        data={USER_TYPES.map((u) => ({ value: u, label: t(`userType.${u}`) }))}
        disabled={disabled}
        fullWidth
      />

      {values.userType === 'iam' ? (
        <Stack gap={4}>
          <IamUserPicker
            value={values.iamUser}
            onChange={(iamUser) => onChange({ iamUser })}
            error={error === 'userAlreadyAuthorized' || (showErrors && error) ? t(`validation.${error}`) : undefined}
            disabled={disabled}
          />
          {alreadyAuthorized && values.iamUser ? (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} py="xs">
              <Text size="sm">{t('add.alreadyAuthorized', { name: values.iamUser.name })}</Text>
            </Alert>
          ) : null}
        </Stack>
      ) : values.userType === 'federate' ? (
        <TextInput
          label={t('add.authorizedTo')}
          withAsterisk
          placeholder={t('add.federatedPlaceholder')}
          value={values.federatedName}
          onChange={(e) => onChange({ federatedName: e.currentTarget.value })}
          error={(showErrors || values.federatedName.length > 64) && error ? t(`validation.${error}`) : undefined}
          disabled={disabled}
          autoComplete="off"
        />
      ) : values.userType === 'grant' ? (
        <Stack gap={4}>
          <Select
            label={t('add.authorizedTo')}
            withAsterisk
            placeholder={t('add.agencyPlaceholder')}
            searchable
            data={(agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={values.grantAgency?.id ?? null}
            onChange={(id) => {
              const a = agencies?.find((x) => x.id === id);
              onChange({ grantAgency: a ? { id: a.id, name: a.name } : null });
            }}
            error={showErrors && error ? t(`validation.${error}`) : undefined}
            disabled={disabled}
          />
          <Text size="xs" c="dimmed">
            {t('add.grantHint')}
          </Text>
        </Stack>
      ) : (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} py="xs">
          <Text size="sm">{t('add.allUsersHint')}</Text>
        </Alert>
      )}
    </>
  );
}
