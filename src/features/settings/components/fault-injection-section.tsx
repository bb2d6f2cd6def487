/**
 * Fault injection for demos of resilience: latency, failure rate, offline, delete delay, and
 * "fail the next call to a path" rules → PUT /__mock/faults. Shows what is in force.
 */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FailNext, Faults } from '@/api/contracts/mock';
import { ErrorAlert } from '@/components/feedback/error-alert';
import { notifyError, notifySuccess } from '@/components/feedback/notify';
import { useFaults, usePutFaults } from '@/api/resources/demo-data';

export const NO_FAULTS: Faults = { latencyMs: 0, failRate: 0, offline: false, failNext: [], deleteDelayMs: 2000 };
const METHODS = ['*', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

interface GeneralForm {
  latencyMs: number | string;
  failRatePercent: number | string;
  offline: boolean;
  deleteDelayMs: number | string;
}
interface RuleForm {
  method: FailNext['method'];
  path: string;
  status: number | string;
  times: number | string;
}

const toNumber = (v: number | string, fallback: number) => {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : fallback;
};

function generalFrom(f: Faults): GeneralForm {
  return { latencyMs: f.latencyMs, failRatePercent: Math.round(f.failRate * 1000) / 10, offline: f.offline, deleteDelayMs: f.deleteDelayMs };
}

export function FaultInjectionSection() {
  const { t } = useTranslation('settings');
  const faults = useFaults();
  const put = usePutFaults();
  /** What the backend has; when it offers no GET, what we last sent. */
  const [known, setKnown] = useState<Faults>(NO_FAULTS);
  const [general, setGeneral] = useState<GeneralForm>(generalFrom(NO_FAULTS));
  const [rule, setRule] = useState<RuleForm>({ method: 'GET', path: '', status: 500, times: 1 });
  const [dirty, setDirty] = useState(false);
  const [lastError, setLastError] = useState<{ error: unknown; retry: () => void } | null>(null);

  // Adopt the server's faults, but never overwrite what the administrator is typing.
  useEffect(() => {
    if (faults.data) {
      setKnown(faults.data);
      if (!dirty) setGeneral(generalFrom(faults.data));
    }
  }, [faults.data, dirty]);

  const latency = toNumber(general.latencyMs, -1);
  const rate = toNumber(general.failRatePercent, -1);
  const deleteDelay = toNumber(general.deleteDelayMs, -1);
  const generalErrors = {
    latencyMs: latency < 0 || latency > 30000 || !Number.isInteger(latency) ? t('faults.latencyInvalid') : null,
    failRate: rate < 0 || rate > 100 ? t('faults.failRateInvalid') : null,
    deleteDelayMs: deleteDelay < 0 || deleteDelay > 60000 || !Number.isInteger(deleteDelay) ? t('faults.deleteDelayInvalid') : null,
  };
  const generalValid = !generalErrors.latencyMs && !generalErrors.failRate && !generalErrors.deleteDelayMs;

  const status = toNumber(rule.status, -1);
  const times = toNumber(rule.times, -1);
  const ruleErrors = {
    path: rule.path.trim() === '' ? null : rule.path.trim().startsWith('/') ? null : t('faults.pathInvalid'),
    status: status < 400 || status > 599 || !Number.isInteger(status) ? t('faults.statusInvalid') : null,
    times: times < 1 || times > 100 || !Number.isInteger(times) ? t('faults.timesInvalid') : null,
  };
  const ruleValid = rule.path.trim() !== '' && !ruleErrors.path && !ruleErrors.status && !ruleErrors.times;

  const send = async (next: Faults, success: string): Promise<boolean> => {
    setLastError(null);
    try {
      const saved = await put.mutateAsync(next);
      setKnown(saved);
      notifySuccess(success);
      return true;
    } catch (error) {
      setLastError({ error, retry: () => void send(next, success) });
      notifyError(t('faults.failed'), error);
      return false;
    }
  };

  const applyGeneral = async () => {
    if (!generalValid) return;
    const ok = await send(
      { ...known, latencyMs: latency, failRate: Math.round(rate * 10) / 1000, offline: general.offline, deleteDelayMs: deleteDelay },
      t('faults.applied'),
    );
    if (ok) setDirty(false);
  };

  const addRule = async () => {
    if (!ruleValid) return;
    const added: FailNext = { method: rule.method, path: rule.path.trim(), status, times };
    const ok = await send({ ...known, failNext: [...known.failNext, added] }, t('faults.ruleAdded', { method: added.method, path: added.path }));
    if (ok) setRule((r) => ({ ...r, path: '' }));
  };

  const removeRule = (index: number) => void send({ ...known, failNext: known.failNext.filter((_, i) => i !== index) }, t('faults.ruleRemoved'));

  const clearAll = async () => {
    const ok = await send({ ...NO_FAULTS, deleteDelayMs: known.deleteDelayMs }, t('faults.cleared'));
    if (ok) {
      setDirty(false);
      setGeneral(generalFrom({ ...NO_FAULTS, deleteDelayMs: known.deleteDelayMs }));
    }
  };

  const editGeneral = (patch: Partial<GeneralForm>) => {
    setDirty(true);
    setGeneral((g) => ({ ...g, ...patch }));
  };

  const active = known.latencyMs > 0 || known.failRate > 0 || known.offline || known.failNext.length > 0;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="faults-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id="faults-title">
              {t('faults.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('faults.description')}
            </Text>
          </Stack>
          <Group gap="xs">
            {faults.isFetching ? <Loader size="xs" role="status" aria-label={t('common:state.loading')} /> : null}
            <Badge color={active ? 'orange' : 'green'} variant="filled" size="lg">
              {active ? t('faults.active') : t('faults.none')}
            </Badge>
          </Group>
        </Group>

        {faults.isError ? <ErrorAlert title={t('faults.loadFailed')} error={faults.error} onRetry={() => void faults.refetch()} /> : null}
        {faults.data === null ? (
          <Text size="sm" c="dimmed">
            {t('faults.unknownCurrent')}
          </Text>
        ) : null}

        <form
          onSubmit={(e) => {
            e.preventDefault();
            void applyGeneral();
          }}
        >
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label={t('faults.latency')}
                description={t('faults.latencyHint')}
                min={0}
                max={30000}
                step={100}
                allowDecimal={false}
                value={general.latencyMs}
                onChange={(v) => editGeneral({ latencyMs: v })}
                error={generalErrors.latencyMs}
              />
              <NumberInput
                label={t('faults.failRate')}
                description={t('faults.failRateHint')}
                min={0}
                max={100}
                step={5}
                decimalScale={1}
                value={general.failRatePercent}
                onChange={(v) => editGeneral({ failRatePercent: v })}
                error={generalErrors.failRate}
              />
              <NumberInput
                label={t('faults.deleteDelay')}
                description={t('faults.deleteDelayHint')}
                min={0}
                max={60000}
                step={500}
                allowDecimal={false}
                value={general.deleteDelayMs}
                onChange={(v) => editGeneral({ deleteDelayMs: v })}
                error={generalErrors.deleteDelayMs}
              />
            </SimpleGrid>
            <Switch
              label={t('faults.offline')}
              description={t('faults.offlineHint')}
              checked={general.offline}
              onChange={(e) => editGeneral({ offline: e.currentTarget.checked })}
            />
            <Group gap="sm">
              <Button type="submit" disabled={!generalValid} loading={put.isPending}>
                {t('faults.apply')}
              </Button>
              <Button variant="default" onClick={() => void clearAll()} disabled={put.isPending}>
                {t('faults.clear')}
              </Button>
            </Group>
          </Stack>
        </form>

        <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Title order={3} size="h4" component="legend">
            {t('faults.failNextTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('faults.failNextDescription')}
          </Text>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void addRule();
            }}
          >
            <Group align="flex-start" gap="sm" wrap="wrap">
              <Select
                label={t('faults.method')}
                data={METHODS.map((m) => ({ value: m, label: m === '*' ? t('faults.anyMethod') : m }))}
                value={rule.method}
                onChange={(v) => v && setRule((r) => ({ ...r, method: v as FailNext['method'] }))}
                allowDeselect={false}
                w={130}
              />
              <TextInput
                label={t('faults.path')}
                placeholder="/v2/p-cn-north-4/authorizations"
                value={rule.path}
                onChange={(e) => {
                  const path = e.currentTarget.value;
                  setRule((r) => ({ ...r, path }));
                }}
                error={ruleErrors.path}
                style={{ flex: 1, minWidth: 240 }}
              />
              <NumberInput label={t('faults.status')} min={400} max={599} allowDecimal={false} value={rule.status} onChange={(v) => setRule((r) => ({ ...r, status: v }))} error={ruleErrors.status} w={110} />
              <NumberInput label={t('faults.times')} min={1} max={100} allowDecimal={false} value={rule.times} onChange={(v) => setRule((r) => ({ ...r, times: v }))} error={ruleErrors.times} w={100} />
              <Button type="submit" mt={25} disabled={!ruleValid} loading={put.isPending}>
                {t('faults.addRule')}
              </Button>
            </Group>
          </form>
          {known.failNext.length > 0 ? (
            <Table withTableBorder aria-label={t('faults.rulesLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('faults.method')}</Table.Th>
                  <Table.Th scope="col">{t('faults.path')}</Table.Th>
                  <Table.Th scope="col">{t('faults.status')}</Table.Th>
                  <Table.Th scope="col">{t('faults.remaining')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('faults.operation')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {known.failNext.map((r, i) => (
                  <Table.Tr key={`${r.method}-${r.path}-${i}`}>
                    <Table.Td>{r.method === '*' ? t('faults.anyMethod') : r.method}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {r.path}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.status}</Table.Td>
                    <Table.Td>{r.times}</Table.Td>
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red.9" aria-label={t('faults.removeRule', { method: r.method, path: r.path })} onClick={() => removeRule(i)}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              {t('faults.noRules')}
            </Text>
          )}
        </Stack>

        {lastError ? <ErrorAlert title={t('faults.failed')} error={lastError.error} onRetry={lastError.retry} retrying={put.isPending} /> : null}
        {known.offline ? (
          <Alert color="orange" variant="light" title={t('faults.offlineOnTitle')}>
            {t('faults.offlineOn')}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
