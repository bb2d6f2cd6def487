/**
 * The Deny behind an explicit-Deny scenario cell (matrix by function, Who can use), named as the
 * scenario check names it: checkScenario's user.denies for that user and function — the first
 * permission refused by a Deny and its statement, and how many more. Asked only for the cells on
 * screen (the table is virtualised) and kept per cell: the bulk path counts Denies, it does not
 * name them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkScenario, type Snapshot } from '@/iam';

export interface DenyDetailJob {
  kind: 'scenarios' | 'actions';
  /** User ids (rows) and scenario ids (columns). */
  users: readonly string[];
  columns: readonly string[];
  projectId: string;
  workspaceId: string;
}

/** (row, column) → "explicit Deny: Deny Training Jobs · statement 1 denies modelarts:trainJob:create …", or undefined. */
export function useDenyDetail(snapshot: Snapshot, job: DenyDetailJob | null): ((row: number, col: number) => string | undefined) | undefined {
  const { t } = useTranslation('analyzer');
  return useMemo(() => {
    if (job === null || job.kind !== 'scenarios') return undefined;
    const memo = new Map<number, string | null>();
    return (row, col) => {
      const key = row * job.columns.length + col;
      let text = memo.get(key);
      if (text === undefined) {
        const result = checkScenario(snapshot, { user: job.users[row] ?? '', scenario: job.columns[col] ?? '', projectId: job.projectId, workspaceId: job.workspaceId });
        const denied = Object.entries(result.user.denies ?? {}).filter(([, refs]) => refs.length > 0);
        const first = denied[0];
        const ref = first?.[1][0];
        text =
          first === undefined || ref === undefined
            ? null
            : t(denied.length > 1 ? 'matrix.problem.explicitDenyByMore' : 'matrix.problem.explicitDenyBy', {
                statement: t('result.statementLabel', { policy: ref.policyName ?? ref.policyId ?? `#${ref.policyIndex + 1}`, n: ref.statementIndex + 1 }),
                action: first[0],
                count: denied.length - 1,
              });
        memo.set(key, text);
      }
      return text ?? undefined;
    };
  }, [snapshot, job, t]);
}
