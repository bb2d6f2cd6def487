/**
 * Check access: who (a user, or pasted custom policies) × actions × region × workspace × context
 * × authorization mode → a result per action. The query lives in the URL.
 */
import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Snapshot } from '@/iam';
import { useFindingText } from '@/i18n/finding-text';
import { MODES, parseCheckQuery, readActions, writeCheckQuery, type ModeChoice, type QueryDefaults } from '../lib/check-query';
import { contextToRows, rowProblem, rowsToContext, type ContextRow } from '../lib/context-rows';
import { readPastedPolicies, runCheck } from '../lib/run-check';
import { ActionPicker } from './action-picker';
import { CheckResultCard } from './check-results';
import { ContextKeysEditor } from './context-keys-editor';
import { TargetFields } from './target-fields';
import { UserSelect } from './user-select';

interface FormState {
  kind: 'user' | 'policy';
  user: string | null;
  policy: string;
  actions: string[];
  projectId: string;
  workspaceId: string;
  mode: ModeChoice;
  context: ContextRow[];
}

function readForm(params: URLSearchParams, defaults: QueryDefaults): FormState {
  const q = parseCheckQuery(params, defaults);
  const mode = params.get('mode');
  return {
    kind: params.get('policy') ? 'policy' : 'user',
    user: params.get('user'),
    policy: params.get('policy') ?? '',
    actions: q?.actions ?? readActions(params.get('actions')),
    projectId: params.get('region') || defaults.projectId,
    workspaceId: params.get('ws') || defaults.workspaceId,
    mode: (MODES as readonly string[]).includes(mode ?? '') ? (mode as ModeChoice) : 'configured',
    context: contextToRows(q?.context ?? {}),
  };
}

export function CheckAccessTab({ snapshot, defaults }: { snapshot: Snapshot; defaults: QueryDefaults }) {
  const [params] = useSearchParams();
  // Re-read the form when the URL's check changes (a shared link, a matrix cell).
  const key = ['user', 'policy', 'actions', 'region', 'ws', 'mode', 'ctx'].map((k) => params.get(k) ?? '').join('\u0000');
  return <CheckAccessForm key={key} snapshot={snapshot} defaults={defaults} />;
}

function CheckAccessForm({ snapshot, defaults }: { snapshot: Snapshot; defaults: QueryDefaults }) {
  const { t } = useTranslation('analyzer');
  const findingText = useFindingText();
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState<FormState>(() => readForm(params, defaults));
  const [attempted, setAttempted] = useState(false);
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));

  const query = useMemo(() => parseCheckQuery(params, defaults), [params, defaults]);
  const outcome = useMemo(() => (query ? runCheck(snapshot, query) : null), [snapshot, query]);

  const pasted = useMemo(() => (form.kind === 'policy' && form.policy.trim() ? readPastedPolicies(form.policy) : null), [form.kind, form.policy]);
  const errors = {
    user: form.kind === 'user' && !form.user ? t('check.userRequired') : null,
    policy:
      form.kind === 'policy'
        ? !form.policy.trim()
          ? t('check.policyRequired')
          : pasted && pasted.findings.length > 0
            ? pasted.findings.map((f) => t('check.finding', { line: f.line, column: f.column, message: findingText(f) })).join('\n')
            : null
        : null,
    actions: form.actions.length === 0 ? t('check.actionsRequired') : null,
    context: form.context.some((r) => rowProblem(r, form.context) !== null),
  };
  const valid = !errors.user && !errors.policy && !errors.actions && !errors.context;

  const submit = () => {
    setAttempted(true);
    if (!valid) return;
    setParams((prev) =>
      writeCheckQuery(prev, {
        subject: form.kind === 'user' ? { kind: 'user', user: form.user ?? '' } : { kind: 'policy', text: form.policy },
        actions: form.actions,
        projectId: form.projectId,
        workspaceId: form.workspaceId,
        mode: form.mode,
        context: rowsToContext(form.context),
      }),
    );
  };

  const configuredMode = snapshot.authMode === 'strict' ? t('mode.strict') : t('mode.loose');
  const subjectName = query?.subject.kind === 'user' ? query.subject.user : t('check.pastedPolicies');

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <form
          noValidate
          aria-label={t('check.formLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <Radio.Group label={t('check.subject')} value={form.kind} onChange={(v) => set({ kind: v === 'policy' ? 'policy' : 'user' })}>
              <Group gap="lg" mt={4}>
                <Radio value="user" label={t('check.subjectUser')} />
                <Radio value="policy" label={t('check.subjectPolicy')} />
              </Group>
            </Radio.Group>
            {form.kind === 'user' ? (
              <UserSelect snapshot={snapshot} value={form.user} onChange={(user) => set({ user })} error={attempted ? errors.user : null} />
            ) : (
              <Textarea
                label={t('check.policyJson')}
                description={t('check.policyHelp')}
                value={form.policy}
                onChange={(e) => set({ policy: e.currentTarget.value })}
                autosize
                minRows={6}
                maxRows={18}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', whiteSpace: 'pre' }, error: { whiteSpace: 'pre-line' } }}
                error={attempted ? errors.policy : null}
                spellCheck={false}
              />
            )}
            <ActionPicker value={form.actions} onChange={(actions) => set({ actions })} error={attempted ? errors.actions : null} />
            <Group gap="sm" align="flex-end" wrap="wrap">
              <TargetFields
                snapshot={snapshot}
                projectId={form.projectId}
                workspaceId={form.workspaceId}
                onProjectChange={(projectId) => set({ projectId })}
                onWorkspaceChange={(workspaceId) => set({ workspaceId })}
              />
            </Group>
            {form.kind === 'user' ? (
              <Radio.Group label={t('check.mode')} value={form.mode} onChange={(v) => set({ mode: v as ModeChoice })}>
                <Group gap="lg" mt={4}>
                  <Radio value="configured" label={t('check.modeConfigured', { mode: configuredMode })} />
                  <Radio value="strict" label={t('check.modeStrict')} />
                  <Radio value="loose" label={t('check.modeLoose')} />
                </Group>
              </Radio.Group>
            ) : null}
            <ContextKeysEditor rows={form.context} onChange={(context) => set({ context })} showErrors={attempted} />
            <Group>
              <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
                {t('check.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>

      {outcome && !outcome.ok ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('check.invalidPolicy')} role="alert">
          <Stack gap={2}>
            {outcome.findings.map((f, i) => (
              <Text size="sm" key={i}>
                {t('check.finding', { line: f.line, column: f.column, message: findingText(f) })}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {outcome && outcome.ok ? (
        <Stack gap="sm" component="section" aria-label={t('check.resultsLabel')}>
          <Text size="sm" c="dimmed">
            {t('check.resultsFor', { subject: subjectName, count: outcome.rows.length })}
          </Text>
          {outcome.rows.map((row) => (
            <CheckResultCard key={row.action} row={row} subject={subjectName} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
