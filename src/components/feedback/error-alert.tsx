import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFindingText } from '@/i18n/finding-text';
import { ConditionalReasonText } from './conditional-reason-lazy';
import { describeError, errorCode } from './describe-error';

export interface ErrorAlertProps {
  error: unknown;
  /** What failed, e.g. "Could not load authorizations". Defaults to a generic title. */
  title?: ReactNode;
  /** Shows a "Retry" button. */
  onRetry?: () => void;
  /** Disables the retry button while retrying. */
  retrying?: boolean;
}

/**
 * An API, network or contract failure: what failed, the API code and message, the engine's
 * reasons for a 403 (Conditional, with the keys, when context the request lacks decides it), and
 * a Retry button.
 */
export function ErrorAlert({ error, title, onRetry, retrying }: ErrorAlertProps) {
  const { t } = useTranslation('common');
  // The 403 reasons in the console's language; English until the namespace is there (never suspends the page).
  const reasonText = useFindingText('explanations', { useSuspense: false });
  const d = describeError(error);
  const heading =
    title ??
    (d.kind === 'network'
      ? t('error.networkTitle')
      : d.status === 403
        ? d.conditional
          ? // Never titled as refused outright: the generic title until the (lazy) explanations have loaded.
            t('explanations:conditional403.title', { defaultValue: t('error.title') })
          : t('error.forbiddenTitle')
        : d.status === 401
          ? t('error.unauthorizedTitle')
          : t('error.title'));
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={heading} role="alert">
      <Stack gap="xs">
        {d.kind === 'api' ? (
          <Text size="sm">
            <Code>{errorCode(d)}</Code> {d.message}
          </Text>
        ) : (
          <Text size="sm">{d.kind === 'network' ? t('error.network') : d.message}</Text>
        )}
        {d.conditional ? <Suspense fallback={null}>
            <ConditionalReasonText explanation={d.conditional} />
          </Suspense> : null}
        {d.reasons.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('error.why')}
            </Text>
            <List size="sm" spacing={2}>
              {d.reasons.map((r, i) => (
                <List.Item key={i}>{reasonText(r)}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {onRetry ? (
          <Group>
            <Button
              size="xs"
              variant="filled"
              color="red"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={onRetry}
              loading={retrying}
            >
              {t('action.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
