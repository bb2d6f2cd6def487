/**
 * Who gains or loses access with an Add Authorization or a Modify: the shared consequence preview
 * (src/components/consequence) of the plan's mutation (../lib/authorization-mutation.ts). Loaded
 * lazily by the drawer and the dialog (../hooks/use-authorization-preview.tsx): it brings the
 * policy engine, which Global Configuration's first load must not (scripts/check-bundle.mjs).
 */
import { useEffect } from 'react';
import { ConsequencePreview } from '@/components/consequence/consequence-preview';
import { useConsequencePreview } from '@/components/consequence/use-consequence-preview';
import type { AccessMutation } from '@/iam';

export interface AuthorizationPreviewProps {
  /** null: still waiting for the form to settle (shown as working). */
  mutation: AccessMutation | null;
  /** The preview of `mutation` is shown (or could not be worked out: the admin decides without it). */
  onSettled: (mutation: AccessMutation) => void;
}

export default function AuthorizationPreview({ mutation, onSettled }: AuthorizationPreviewProps) {
  const state = useConsequencePreview(mutation);
  useEffect(() => {
    if (mutation !== null && state.status !== 'loading') onSettled(mutation);
  }, [mutation, state.status, onSettled]);
  return <ConsequencePreview state={state} titled />;
}
