/** Dates in the console's language (Asia/Shanghai in e2e comes from the browser's zone). */
export function formatTime(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language.startsWith('zh') ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
