/**
 * What shows before the app: "Starting the demo backend…" and, if the mock backend cannot
 * start, a clear error. Rendered with Mantine but without the query client or router.
 */
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StartingScreen() {
  const { t } = useTranslation('shell');
  return (
    <Center h="100vh">
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('start.starting')}</Text>
      </Group>
    </Center>
  );
}

export function WorkerFailedScreen({ message }: { message: string }) {
  const { t } = useTranslation('shell');
  return (
    <Center h="100vh" p="md">
      <main>
        <Alert color="red" variant="light" title={<Title order={1} fz="md" fw={700} c="inherit">{t('start.workerFailedTitle')}</Title>} maw={600} role="alert">
          <Stack gap="sm">
            <Text size="sm">{t('start.workerFailed', { message })}</Text>
            <Text size="sm">{t('start.workerHint')}</Text>
            <div>
              <Button color="red" onClick={() => window.location.reload()}>
                {t('start.reload')}
              </Button>
            </div>
          </Stack>
        </Alert>
      </main>
    </Center>
  );
}
