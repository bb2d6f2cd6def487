/** Shared UI (no feature knowledge): layout, feedback, confirm dialogs, data table. */
export { PageLayout, type PageLayoutProps } from './layout/page-layout';
export { EmptyState, type EmptyStateProps } from './feedback/empty-state';
export { ErrorAlert, type ErrorAlertProps } from './feedback/error-alert';
export { describeError, explanationReasons, explanationSentences, type DescribedError } from './feedback/describe-error';
export { confirmAction, ConfirmDialogs, type ConfirmOptions } from './feedback/confirm';
export { notifyError, notifySuccess } from './feedback/notify';
export { DataTable, type DataTableColumn, type DataTableProps } from './data-table/data-table';
export { DEFAULT_PAGE_SIZES, parseListParams, useListParams, type BaseListParams, type ListParamsExtra, type SetListParam } from './data-table/use-list-params';
export { useSession } from './session/use-session';
export { useWorkspaceId, DEFAULT_WORKSPACE_ID, WORKSPACE_PARAM } from './session/use-workspace-id';
export { rememberAccountName, storedAccountName, SEED_ACCOUNT_NAME } from './session/account';
export { useSetWorkspaceId, useWorkspaceParam, useWorkspaceSearch } from './session/use-workspace-id';
export { formatCreateTime, formatDateTime } from './format/date-time';
export { confirmConsequences, ConsequenceConfirm, type ConsequenceConfirmProps } from './consequence/confirm-consequences';
export { ConsequencePreview } from './consequence/consequence-preview';
export { useConsequencePreview, type PreviewState } from './consequence/use-consequence-preview';
