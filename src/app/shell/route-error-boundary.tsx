/**
 * Error boundary around each page: a page that throws while rendering (or a lazy chunk that fails
 * to load, e.g. after a deploy) shows what happened and offers a reload; the shell stays usable.
 * Resets when the location changes.
 */
import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function RouteErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation('shell');
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" variant="light" title={t('routeError.title')} maw={640} role="alert">
      <Stack gap="sm">
        <Text size="sm">{t('routeError.body', { message })}</Text>
        <div>
          <Button color="red" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}

interface Props {
  /** Changing it (the location) clears the error. */
  resetKey: string;
  children: ReactNode;
}
interface State {
  error: unknown;
  key: string;
}

export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Page error', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <RouteErrorMessage error={this.state.error} /> : this.props.children;
  }
}
