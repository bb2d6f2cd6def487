/**
 * Quotas of one workspace: view, then Edit quotas → a number (within min–max) or Unlimited per
 * resource, validated on each row; Save sends only the changes. Errors keep what was typed.
 */
import { Button, Checkbox, Group, NumberInput, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import type { WorkspaceQuota } from '@/api/contracts/modelarts';
import { ErrorAlert, notifyError, notifySuccess } from '@/components';
import { useWorkspaceQuotas, useUpdateWorkspaceQuotas } from '@/api/resources/workspaces';
import { draftsOf, quotaChanges, serverQuotaResource, UNLIMITED, validateQuotas, type QuotaDrafts } from '../lib/quota-form';

export function QuotaPanel({ workspaceId, readOnly }: { workspaceId: string; readOnly?: boolean }) {
  const { t, i18n } = useTranslation('workspaces');
  const zh = i18n.language.startsWith('zh');
  const quotas = useWorkspaceQuotas(workspaceId);
  const save = useUpdateWorkspaceQuotas(workspaceId);
  const [drafts, setDrafts] = useState<QuotaDrafts | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [serverError, setServerError] = useState<{ resource: string | null; error: unknown } | null>(null);
  const [noChanges, setNoChanges] = useState(false);

  if (quotas.isPending) return <Skeleton height={200} />;
  if (quotas.isError) return <ErrorAlert error={quotas.error} title={t('quotas.loadFailed')} onRetry={() => void quotas.refetch()} retrying={quotas.isFetching} />;
  const list = quotas.data;
  const editing = drafts !== null;
  const errors = editing ? validateQuotas(list, drafts) : {};
  const name = (q: WorkspaceQuota) => (zh ? q.name_cn : q.name_en);
  const unit = (q: WorkspaceQuota) => (zh ? q.unit_cn : q.unit_en);

  const setDraft = (resource: string, patch: Partial<QuotaDrafts[string]>) => {
    setDrafts((d) => (d ? { ...d, [resource]: { ...d[resource]!, ...patch } } : d));
    setNoChanges(false);
    if (serverError?.resource === resource) setServerError(null);
  };
  const cancel = () => {
    setDrafts(null);
    setAttempted(false);
    setServerError(null);
    setNoChanges(false);
  };
  const submit = () => {
    if (!drafts) return;
    setAttempted(true);
    if (Object.keys(errors).length > 0) return;
    const changes = quotaChanges(list, drafts);
    if (changes.length === 0) {
      setNoChanges(true);
      return;
    }
    setServerError(null);
    save.mutate(changes, {
      onSuccess: () => {
        notifySuccess(t('quotas.success'));
        cancel();
      },
      onError: (error) => {
        const resource = error instanceof ApiError && error.status === 400 ? serverQuotaResource(error.message, changes) : null;
        setServerError({ resource, error });
        notifyError(t('quotas.failed'), error);
      },
    });
  };

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label={t('quotas.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quotas.resource')}</Table.Th>
              <Table.Th scope="col">{t('quotas.used')}</Table.Th>
              <Table.Th scope="col">{t('quotas.quota')}</Table.Th>
              <Table.Th scope="col">{t('quotas.range')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((q) => {
              const d = drafts?.[q.resource];
              const code = attempted || (d && !d.unlimited && d.value !== '') ? errors[q.resource] : undefined;
              const located = serverError?.resource === q.resource && serverError.error instanceof Error ? serverError.error.message : undefined;
              return (
                <Table.Tr key={q.resource}>
                  <Table.Th scope="row" fw={500}>
                    {name(q)}
                  </Table.Th>
                  <Table.Td>
                    {q.used_quota} {unit(q)}
                  </Table.Td>
                  <Table.Td>
                    {d ? (
                      <Group gap="sm" align="flex-start" wrap="nowrap">
                        <NumberInput
                          aria-label={t('quotas.input', { name: name(q) })}
                          value={d.unlimited ? '' : d.value}
                          onChange={(v) => setDraft(q.resource, { value: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
                          disabled={d.unlimited || save.isPending}
                          allowDecimal={false}
                          allowNegative={false}
                          error={code ? t(`quotas.errors.${code}`, { min: q.min_quota, max: q.max_quota }) : located}
                          w={200}
                          size="xs"
                        />
                        <Checkbox
                          mt={6}
                          label={t('quotas.unlimited')}
                          aria-label={t('quotas.unlimitedFor', { name: name(q) })}
                          checked={d.unlimited}
                          onChange={(e) => setDraft(q.resource, { unlimited: e.currentTarget.checked })}
                          disabled={save.isPending}
                          size="xs"
                        />
                      </Group>
                    ) : q.quota === UNLIMITED ? (
                      t('quotas.unlimited')
                    ) : (
                      `${q.quota} ${unit(q)}`
                    )}
                  </Table.Td>
                  <Table.Td>{t('quotas.rangeValue', { min: q.min_quota, max: q.max_quota })}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {serverError && !serverError.resource ? <ErrorAlert error={serverError.error} title={t('quotas.failed')} onRetry={submit} retrying={save.isPending} /> : null}
      {noChanges ? (
        <Text size="sm" c="dimmed" role="status">
          {t('quotas.noChanges')}
        </Text>
      ) : null}
      {readOnly ? null : (
        <Group justify="flex-end" gap="sm">
          {editing ? (
            <>
              <Button variant="default" onClick={cancel} disabled={save.isPending}>
                {t('quotas.cancel')}
              </Button>
              <Button variant="filled" onClick={submit} loading={save.isPending}>
                {t('quotas.save')}
              </Button>
            </>
          ) : (
            <Button variant="default" onClick={() => setDrafts(draftsOf(list))}>
              {t('quotas.edit')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
