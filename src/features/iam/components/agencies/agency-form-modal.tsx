/**
 * Create Agency / Modify Agency: name (create only), delegated party (the ModelArts service or
 * another account), validity period (Unlimited, one day, or a number of days) and description.
 * Messages under each field; a 409 under the name; other failures above the buttons, form kept.
 */
import { Button, Group, Modal, NumberInput, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { AGENCY_NAME_PATTERN } from '@/api/contracts/common';
import type { Agency } from '@/api/contracts/iam';
import { MODELARTS_TRUST_DOMAIN, useCreateAgency, useUpdateAgency } from '@/api/resources/agencies';
import { ErrorAlert, notifySuccess } from '@/components';
import { isServiceAgency, validityDays } from './agency-labels';

type Validity = 'FOREVER' | 'ONEDAY' | 'custom';

function initialValidity(a: Agency | undefined): { validity: Validity; days: number } {
  const days = a ? validityDays(a.duration) : null;
  if (days === null) return { validity: 'FOREVER', days: 7 };
  return a?.duration === 'ONEDAY' ? { validity: 'ONEDAY', days: 1 } : { validity: 'custom', days };
}

export function AgencyFormModal({ agency, onClose, onSaved }: { agency?: Agency; onClose: () => void; onSaved?: (a: Agency) => void }) {
  const { t } = useTranslation('iam');
  const create = useCreateAgency();
  const update = useUpdateAgency(agency?.id ?? '');
  const mutation = agency ? update : create;
  const [name, setName] = useState(agency?.name ?? '');
  const [type, setType] = useState<'service' | 'account'>(agency && !isServiceAgency(agency) ? 'account' : 'service');
  const [account, setAccount] = useState(agency && !isServiceAgency(agency) ? (agency.trust_domain_name ?? '') : '');
  const [{ validity, days }, setValidity] = useState(initialValidity(agency));
  const [description, setDescription] = useState(agency?.description ?? '');
  const [tried, setTried] = useState(false);

  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409;
  const errors = {
    name: agency ? undefined : !name.trim() ? t('agencies.form.nameRequired') : !AGENCY_NAME_PATTERN.test(name.trim()) ? t('agencies.form.nameInvalid') : conflict ? t('agencies.form.nameExists', { name: name.trim() }) : undefined,
    account: type === 'account' && !account.trim() ? t('agencies.form.accountRequired') : type === 'account' && account.trim().length > 64 ? t('agencies.form.accountTooLong') : undefined,
    days: validity === 'custom' && !(Number.isInteger(days) && days >= 1 && days <= 41666) ? t('agencies.form.daysInvalid') : undefined,
    description: description.length > 255 ? t('agencies.form.descriptionTooLong') : undefined,
  };
  const shown = (field: keyof typeof errors) => (tried || (field === 'name' && name !== '') || field === 'description' ? errors[field] : undefined);

  const submit = () => {
    setTried(true);
    if (Object.values(errors).some(Boolean)) return;
    const fields = {
      trust_domain_name: type === 'service' ? MODELARTS_TRUST_DOMAIN : account.trim(),
      description,
      // IAM stores custom periods in hours.
      duration: validity === 'custom' ? String(days * 24) : validity,
    };
    const onSuccess = (a: Agency) => {
      notifySuccess(t(agency ? 'agencies.updated' : 'agencies.created', { name: a.name }));
      onSaved?.(a);
      onClose();
    };
    if (agency) update.mutate({ agency: fields }, { onSuccess });
    else create.mutate({ agency: { name: name.trim(), ...fields } }, { onSuccess });
  };

  return (
    <Modal opened onClose={onClose} title={agency ? t('agencies.modifyTitle', { name: agency.name }) : t('agencies.create')} centered size="lg" closeOnClickOutside={!mutation.isPending}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('agencies.form.name')}
            required
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              if (conflict) mutation.reset();
            }}
            error={shown('name')}
            disabled={!!agency}
            description={agency ? t('agencies.form.nameFixed') : t('agencies.form.nameHint')}
            data-autofocus
          />
          <Radio.Group label={t('agencies.form.type')} value={type} onChange={(v) => setType(v as 'service' | 'account')} required>
            <Stack gap="xs" mt="xs">
              <Radio value="service" label={t('agencies.form.typeService')} description={t('agencies.form.typeServiceHint')} />
              <Radio value="account" label={t('agencies.form.typeAccount')} description={t('agencies.form.typeAccountHint')} />
            </Stack>
          </Radio.Group>
          {type === 'account' ? (
            <TextInput label={t('agencies.form.account')} required value={account} onChange={(e) => setAccount(e.currentTarget.value)} error={shown('account')} />
          ) : null}
          <Group align="flex-start" grow>
            <Select
              label={t('agencies.form.validity')}
              required
              allowDeselect={false}
              value={validity}
              onChange={(v) => setValidity((s) => ({ ...s, validity: (v ?? 'FOREVER') as Validity }))}
              data={[
                { value: 'FOREVER', label: t('agencies.unlimited') },
                { value: 'ONEDAY', label: t('agencies.days', { count: 1 }) },
                { value: 'custom', label: t('agencies.form.custom') },
              ]}
            />
            {validity === 'custom' ? (
              <NumberInput
                label={t('agencies.form.days')}
                required
                min={1}
                max={41666}
                allowDecimal={false}
                value={days}
                onChange={(v) => setValidity((s) => ({ ...s, days: typeof v === 'number' ? v : Number(v) }))}
                error={shown('days')}
              />
            ) : null}
          </Group>
          <Textarea
            label={t('form.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={shown('description')}
            autosize
            minRows={2}
            description={t('agencies.form.descriptionHint', { count: description.length })}
          />
          {mutation.error && !conflict ? <ErrorAlert error={mutation.error} title={t('form.failed')} onRetry={submit} retrying={mutation.isPending} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" variant="filled" loading={mutation.isPending}>
              {agency ? t('agencies.save') : t('action.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
