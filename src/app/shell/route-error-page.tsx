/** Router error boundary: a page that threw (or a lazy chunk that failed to load) — say so, offer reload. */
import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

export function RouteErrorPage() {
  const { t } = useTranslation('shell');
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Center h="100vh" p="md">
      <main>
        <Alert color="red" variant="light" title={t('routeError.title')} maw={560} role="alert">
          <Stack gap="sm">
            <Text size="sm">{t('routeError.body', { message })}</Text>
            <div>
              <Button color="red" onClick={() => window.location.reload()}>
                {t('routeError.reload')}
              </Button>
            </div>
          </Stack>
        </Alert>
      </main>
    </Center>
  );
}
