/** Demo data: export, import, reset, large organisation. */
import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconDownload, IconRefresh, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '@/components/feedback/confirm';
import { ErrorAlert } from '@/components/feedback/error-alert';
import { notifyError, notifySuccess } from '@/components/feedback/notify';
import { getSnapshot } from '@/api/resources/demo-data';
import { useLoadSeed, useResetDemoData } from '../hooks/use-replace-demo-data';
import { ImportSnapshot } from './import-snapshot';

type Outcome = { kind: 'success'; message: string } | { kind: 'error'; title: string; error: unknown; retry: () => void } | null;

function snapshotFileName(text: string): string {
  let account = 'account';
  try {
    const doc = JSON.parse(text) as { domain?: { name?: unknown } };
    if (typeof doc.domain?.name === 'string') account = doc.domain.name.replace(/[^A-Za-z0-9_-]/g, '_');
  } catch {
    /* keep the generic name */
  }
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `modelarts-snapshot-${account}-${stamp}.json`;
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Seconds since `running` became true, for the large-seed progress. */
function useElapsed(running: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    setElapsed(0);
    const id = setInterval(() => setElapsed(Math.round((Date.now() - started) / 1000)), 500);
    return () => clearInterval(id);
  }, [running]);
  return elapsed;
}

export function DemoDataSection() {
  const { t } = useTranslation('settings');
  const [exporting, setExporting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const reset = useResetDemoData();
  const seed = useLoadSeed();
  const elapsed = useElapsed(seed.isPending);

  const exportSnapshot = async () => {
    setExporting(true);
    setOutcome(null);
    try {
      const { text } = await getSnapshot();
      const name = snapshotFileName(text);
      download(text, name);
      setOutcome({ kind: 'success', message: t('export.done', { name }) });
      notifySuccess(t('export.doneTitle'), name);
    } catch (error) {
      setOutcome({ kind: 'error', title: t('export.failed'), error, retry: () => void exportSnapshot() });
      notifyError(t('export.failed'), error);
    } finally {
      setExporting(false);
    }
  };

  const runReset = async () => {
    setOutcome(null);
    try {
      await reset.mutateAsync();
      setOutcome({ kind: 'success', message: t('reset.done') });
      notifySuccess(t('reset.done'));
    } catch (error) {
      setOutcome({ kind: 'error', title: t('reset.failed'), error, retry: () => void runReset() });
      notifyError(t('reset.failed'), error);
    }
  };

  const confirmReset = async () => {
    const ok = await confirmAction({
      title: t('reset.confirmTitle'),
      message: t('reset.confirmBody'),
      confirmLabel: t('reset.confirm'),
      danger: true,
    });
    if (ok) await runReset();
  };

  const runSeed = async () => {
    setOutcome(null);
    try {
      await seed.mutateAsync('large');
      setOutcome({ kind: 'success', message: t('large.done') });
      notifySuccess(t('large.done'));
    } catch (error) {
      setOutcome({ kind: 'error', title: t('large.failed'), error, retry: () => void runSeed() });
      notifyError(t('large.failed'), error);
    }
  };

  const confirmSeed = async () => {
    const ok = await confirmAction({
      title: t('large.confirmTitle'),
      message: t('large.confirmBody'),
      confirmLabel: t('large.confirm'),
      danger: true,
    });
    if (ok) await runSeed();
  };

  const busy = exporting || reset.isPending || seed.isPending;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="demo-data-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="demo-data-title">
            {t('demoData.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('demoData.description')}
          </Text>
        </Stack>
        <Group gap="sm">
          <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void exportSnapshot()} loading={exporting} disabled={busy && !exporting}>
            {t('export.button')}
          </Button>
          <ImportSnapshot disabled={busy} />
          <Button
            color="red"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => void confirmReset()}
            loading={reset.isPending}
            disabled={busy && !reset.isPending}
          >
            {t('reset.button')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconUsers size={16} aria-hidden />}
            onClick={() => void confirmSeed()}
            loading={seed.isPending}
            disabled={busy && !seed.isPending}
          >
            {t('large.button')}
          </Button>
        </Group>
        {seed.isPending ? (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">{t('large.progress', { seconds: elapsed })}</Text>
            <Progress value={100} animated striped aria-label={t('large.progressLabel')} />
          </Stack>
        ) : null}
        {reset.isPending ? (
          <Text size="sm" role="status">
            {t('reset.progress')}
          </Text>
        ) : null}
        {outcome?.kind === 'success' ? (
          <Alert color="green" variant="light" icon={<IconDatabaseImport size={18} aria-hidden />} role="status">
            {outcome.message}
          </Alert>
        ) : null}
        {outcome?.kind === 'error' ? <ErrorAlert title={outcome.title} error={outcome.error} onRetry={outcome.retry} /> : null}
      </Stack>
    </Card>
  );
}
