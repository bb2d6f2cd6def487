/** Notifications for the outcome of a mutation: success or what failed. */
import { notifications } from '@mantine/notifications';
import { describeError } from './describe-error';

export function notifySuccess(title: string, message?: string): void {
  notifications.show({ color: 'green', title, message: message ?? '', autoClose: 4000 });
}

export function notifyError(title: string, error: unknown): void {
  const d = describeError(error);
  const message = d.code ? `${d.status ?? ''} ${d.code}: ${d.message}`.trim() : d.message;
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}
