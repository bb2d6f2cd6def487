/**
 * The consequence preview of an Add Authorization or Modify plan, for the form that submits it:
 * `preview.node` shows who gains or loses access (lazily loaded: ../components/authorization-preview.tsx),
 * and `preview.ready` says whether it is shown for the form as it is now — Create / Save wait for
 * it. The form's changes settle for DEBOUNCE_MS first (typing an agency name is one change).
 */
import { Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsequenceSection } from '@/components/consequence/consequence-section';
import type { AccessMutation } from '@/iam';

const AuthorizationPreview = lazy(() => import('../components/authorization-preview'));

const DEBOUNCE_MS = 250;

function Working() {
  const { t } = useTranslation('common');
  return (
    <Group gap="xs" role="status">
      <Loader size="xs" aria-hidden />
      <Text size="sm">{t('consequence.loading')}</Text>
    </Group>
  );
}

/** `mutation`: the plan's change, or null while the form cannot be submitted (nothing to preview, nothing to wait for). */
export function useAuthorizationPreview(mutation: AccessMutation | null): { node: ReactNode; ready: boolean } {
  const key = mutation === null ? null : JSON.stringify(mutation);
  const [settledKey] = useDebouncedValue(key, DEBOUNCE_MS);
  // One object per content, so the preview is not worked out again for an equal plan.
  const current = useMemo(() => (settledKey === null ? null : (JSON.parse(settledKey) as AccessMutation)), [settledKey]);
  const [shown, setShown] = useState<AccessMutation | null>(null);
  if (key === null) return { node: null, ready: true };
  const settled = settledKey === key;
  return {
    node: (
      <ConsequenceSection>
        <Suspense fallback={<Working />}>
          <AuthorizationPreview mutation={settled ? current : null} onSettled={setShown} />
        </Suspense>
      </ConsequenceSection>
    ),
    ready: settled && current !== null && shown === current,
  };
}
