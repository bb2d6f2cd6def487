/** Dates in the console's one format (`@/components` formatDateTime; Asia/Shanghai in e2e comes from the browser's zone). */
import { formatDateTime } from '@/components/format/date-time';

export function formatTime(ms: number, _language?: string): string {
  return formatDateTime(ms);
}
