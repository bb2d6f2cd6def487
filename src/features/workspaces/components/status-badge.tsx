/** A workspace's status; DELETING shows a spinner (the service is clearing its resources). */
import { Badge, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '@/api/contracts/modelarts';

const COLOR: Record<Workspace['status'], string> = { NORMAL: 'green', DELETING: 'orange', CREATE_FAILED: 'red', DELETE_FAILED: 'red' };

export function StatusBadge({ status }: { status: Workspace['status'] }) {
  const { t } = useTranslation('workspaces');
  return (
    <Badge
      color={COLOR[status]}
      variant="light"
      leftSection={status === 'DELETING' ? <Loader size={10} color="orange" aria-hidden /> : null}
      style={{ textTransform: 'none' }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
