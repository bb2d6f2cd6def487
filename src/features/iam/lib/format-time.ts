/** A creation time (epoch ms) in the console's language; "—" when unknown. */
export function formatTime(ms: number | undefined, language: string): string {
  if (ms === undefined) return '—';
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
