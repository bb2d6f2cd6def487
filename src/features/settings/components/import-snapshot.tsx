/**
 * Import snapshot: pick a file, validate it here (checkSnapshot: shape, unique ids, references),
 * show what changes per collection, confirm, then PUT /__mock/snapshot (all or nothing).
 * A broken file shows the JSON path of the problem and changes nothing.
 */
import { Alert, Button, Code, FileButton, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { checkSnapshot, type SnapshotDocument, type SnapshotProblem } from '@/api/contracts/snapshot';
import { ErrorAlert } from '@/components/feedback/error-alert';
import { notifyError, notifySuccess } from '@/components/feedback/notify';
import { getSnapshot } from '@/api/resources/demo-data';
import { usePutSnapshot } from '../hooks/use-replace-demo-data';
import { CoverageReport } from './coverage-report';
import { parseSnapshotText, snapshotChanges, type CollectionChange } from '../lib/snapshot-diff';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'invalid'; fileName: string; problem: SnapshotProblem }
  | { kind: 'review'; fileName: string; snapshot: SnapshotDocument; changes: CollectionChange[]; currentError?: unknown }
  | { kind: 'done'; fileName: string };

/** The JSON path of a server-side rejection, when the error carries one. */
function serverPath(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const fromMessage = /\$[\w.[\]]*/.exec(error.message)?.[0];
  if (fromMessage && fromMessage.length > 1) return null; // already in the message
  for (const source of [error.explanation, ...(error.findings ?? [])]) {
    if (source && typeof source === 'object' && 'path' in source && typeof source.path === 'string') return source.path;
  }
  return null;
}

export function ImportSnapshot({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation('settings');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const put = usePutSnapshot();

  const onFile = async (file: File | null) => {
    if (!file) return;
    put.reset();
    setStep({ kind: 'reading', fileName: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setStep({ kind: 'invalid', fileName: file.name, problem: { path: '$', message: String(e) } });
      return;
    }
    const parsed = parseSnapshotText(text);
    if (!parsed.ok) {
      setStep({ kind: 'invalid', fileName: file.name, problem: { path: '$', message: t('import.notJson', { message: parsed.message }) } });
      return;
    }
    const checked = checkSnapshot(parsed.json);
    if (!checked.ok) {
      setStep({ kind: 'invalid', fileName: file.name, problem: checked.problem });
      return;
    }
    let current: unknown = null;
    let currentError: unknown;
    try {
      current = (await getSnapshot()).json;
    } catch (e) {
      currentError = e;
    }
    setStep({ kind: 'review', fileName: file.name, snapshot: checked.snapshot, changes: snapshotChanges(current, checked.snapshot), currentError });
  };

  const runImport = async () => {
    if (step.kind !== 'review') return;
    try {
      await put.mutateAsync(step.snapshot);
      notifySuccess(t('import.doneTitle'), t('import.done', { name: step.fileName }));
      setStep({ kind: 'done', fileName: step.fileName });
    } catch (error) {
      notifyError(t('import.failed'), error);
    }
  };

  const close = () => {
    if (put.isPending) return;
    put.reset();
    setStep({ kind: 'idle' });
  };

  const path = put.error ? serverPath(put.error) : null;

  return (
    <>
      <FileButton onChange={(f) => void onFile(f)} accept="application/json,.json" inputProps={{ 'aria-label': t('import.fileLabel') }}>
        {(props) => (
          <Button {...props} variant="default" leftSection={<IconFileImport size={16} aria-hidden />} disabled={disabled} loading={step.kind === 'reading'}>
            {t('import.button')}
          </Button>
        )}
      </FileButton>

      {step.kind === 'invalid' ? (
        <Alert color="red" variant="light" title={t('import.invalidTitle', { name: step.fileName })} role="alert" w="100%" withCloseButton closeButtonLabel={t('common:action.close')} onClose={close}>
          <Stack gap={4}>
            <Text size="sm">
              {t('import.invalidAt')} <Code>{step.problem.path}</Code>
            </Text>
            <Text size="sm">{step.problem.message}</Text>
            <Text size="sm">{t('import.nothingChanged')}</Text>
          </Stack>
        </Alert>
      ) : null}

      {step.kind === 'done' ? (
        <Alert color="green" variant="light" role="status" w="100%" withCloseButton closeButtonLabel={t('common:action.close')} onClose={close}>
          {t('import.done', { name: step.fileName })}
        </Alert>
      ) : null}

      <Modal opened={step.kind === 'review'} onClose={close} title={t('import.reviewTitle')} size={step.kind === 'review' && step.snapshot.collection ? 'xl' : 'lg'} centered closeButtonProps={{ 'aria-label': t('common:action.close') }}>
        {step.kind === 'review' ? (
          <Stack gap="md">
            {step.snapshot.collection ? (
              <Stack gap={4} component="section" aria-label={t('coverage.heading')}>
                <Text size="sm" fw={600}>
                  {t('coverage.heading')}
                </Text>
                <CoverageReport report={step.snapshot.collection} />
              </Stack>
            ) : null}
            <Text size="sm">{t('import.reviewBody', { name: step.fileName, account: step.snapshot.domain.name })}</Text>
            {step.currentError ? <Text size="sm" c="orange.9">{t('import.currentUnknown')}</Text> : null}
            <Table withTableBorder striped aria-label={t('import.changesLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('import.collection')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('import.current')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('import.inFile')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('import.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {step.changes.map((c) => {
                  const delta = c.current === null ? null : c.next - c.current;
                  return (
                    <Table.Tr key={c.collection}>
                      <Table.Td>{t(`collections.${c.collection}`)}</Table.Td>
                      <Table.Td ta="right">{c.current ?? '—'}</Table.Td>
                      <Table.Td ta="right">{c.next}</Table.Td>
                      <Table.Td ta="right">{delta === null ? '—' : delta === 0 ? t('import.same') : delta > 0 ? `+${delta}` : String(delta)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            <Text size="sm">{t('import.replaceWarning')}</Text>
            {put.error ? (
              <>
                <ErrorAlert title={t('import.failed')} error={put.error} onRetry={() => void runImport()} retrying={put.isPending} />
                {path ? (
                  <Text size="sm">
                    {t('import.invalidAt')} <Code>{path}</Code>
                  </Text>
                ) : null}
              </>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={put.isPending}>
                {t('common:action.cancel')}
              </Button>
              <Button color="red" onClick={() => void runImport()} loading={put.isPending}>
                {t('import.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
