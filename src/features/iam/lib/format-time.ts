/** A creation time (epoch ms) in the console's one format (`@/components` formatDateTime); "—" when unknown. */
import { formatDateTime } from '@/components/format/date-time';

export function formatTime(ms: number | undefined, _language?: string): string {
  return formatDateTime(ms);
}
