/** The JSON view: the lazily loaded CodeMirror editor and a "Format" button. */
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconWand } from '@tabler/icons-react';
import { lazy, Suspense, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@/iam';
import { useFindingText } from '@/i18n/finding-text';
import { formatPolicyText } from '../../model';
import type { CodeEditorApi } from './code-editor';

const CodeEditor = lazy(() => import('./code-editor'));

export interface JsonViewProps {
  text: string;
  onChange: (text: string) => void;
  findings: readonly Finding[];
  apiRef: RefObject<CodeEditorApi | null>;
  onReady: () => void;
  /** Why the visual view could not be opened (a JSON syntax error), if it was just tried. */
  blockedSwitch: Finding | null;
  readOnly: boolean;
}

export function JsonView({ text, onChange, findings, apiRef, onReady, blockedSwitch, readOnly }: JsonViewProps) {
  const { t } = useTranslation('policy-editor');
  const findingText = useFindingText();
  // The gutter and its tooltips speak the console's language.
  const shown = useMemo(() => findings.map((f) => ({ ...f, message: findingText(f) })), [findings, findingText]);
  const formatted = formatPolicyText(text);
  return (
    <Stack gap="xs">
      {blockedSwitch ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert" title={t('json.cannotSwitchTitle')}>
          {t('json.cannotSwitch', { line: blockedSwitch.line, column: blockedSwitch.column, message: findingText(blockedSwitch) })}
        </Alert>
      ) : null}
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" id="policy-json-help">
          {t('json.help')}
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconWand size={14} aria-hidden />}
          onClick={() => formatted !== null && onChange(formatted)}
          disabled={readOnly || formatted === null || formatted === text}
          title={formatted === null ? t('json.formatDisabled') : undefined}
        >
          {t('json.format')}
        </Button>
      </Group>
      <Suspense
        fallback={
          <Group gap="xs" mih={320} justify="center" role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('json.loading')}</Text>
          </Group>
        }
      >
        <CodeEditor value={text} onChange={onChange} findings={shown} label={t('json.label')} apiRef={apiRef} onReady={onReady} readOnly={readOnly} />
      </Suspense>
    </Stack>
  );
}
