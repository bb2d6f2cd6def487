/**
 * Dialog with a name and a description (Create User, Create User Group, Modify a group): live validation
 * with the contract's zod schema, messages under each field, server errors in place (a 409 under
 * the name, anything else above the buttons with the form kept), progress on the button.
 */
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod/mini';
import { ApiError } from '@/api/client';
import { ErrorAlert } from '@/components';
import { fieldErrors } from '../../lib/form-errors';

export interface NameDescriptionModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  nameLabel: string;
  /** The contract's body schema, e.g. createUserSchema; `wrap` builds its body from the fields. */
  schema: z.ZodMiniType;
  wrap: (fields: { name: string; description: string }) => unknown;
  /** The body's key ("user", "group") that field paths start with; also the i18n prefix of its messages. */
  bodyKey: 'user' | 'group';
  submitLabel: string;
  pending: boolean;
  submitError: unknown;
  onSubmit: (fields: { name: string; description: string }) => void;
  onReset: () => void;
  /** The values to start from (Modify); empty by default. */
  initial?: { name: string; description: string };
}

export function NameDescriptionModal(props: NameDescriptionModalProps) {
  const { t } = useTranslation('iam');
  const [name, setName] = useState(props.initial?.name ?? '');
  const [description, setDescription] = useState(props.initial?.description ?? '');
  const [touched, setTouched] = useState(false);
  const fields = { name, description };
  const errors = fieldErrors(props.schema.safeParse(props.wrap(fields)), props.bodyKey);
  const message = (field: string) => {
    const issue = errors[field];
    return issue ? t(`validation.${props.bodyKey}.${field}.${issue.code}`, { defaultValue: issue.message }) : undefined;
  };
  const serverConflict = props.submitError instanceof ApiError && props.submitError.status === 409;
  const nameError = (touched || name !== '' ? message('name') : undefined) ?? (serverConflict ? t(`validation.${props.bodyKey}.exists`, { name: name.trim() }) : undefined);

  const close = () => {
    setName(props.initial?.name ?? '');
    setDescription(props.initial?.description ?? '');
    setTouched(false);
    props.onReset();
    props.onClose();
  };

  return (
    <Modal opened={props.opened} onClose={close} title={props.title} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (Object.keys(errors).length === 0) props.onSubmit(fields);
        }}
      >
        <Stack gap="md">
          <TextInput
            label={props.nameLabel}
            required
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              if (serverConflict) props.onReset();
            }}
            onBlur={() => setTouched(true)}
            error={nameError}
            data-autofocus
          />
          <Textarea
            label={t('form.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={message('description')}
            autosize
            minRows={2}
            description={t('form.descriptionHint', { count: description.length })}
          />
          {props.submitError && !serverConflict ? (
            <ErrorAlert error={props.submitError} title={t('form.failed')} onRetry={() => props.onSubmit(fields)} retrying={props.pending} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" variant="filled" loading={props.pending}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
