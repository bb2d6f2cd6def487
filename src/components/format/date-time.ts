/**
 * The console's one date-time format, as the Huawei console prints times in both languages:
 * `2024/01/30 16:52:43 GMT+08:00`, in the browser's time zone (or the offset given, for tests).
 */
const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `offsetMinutes` is minutes east of UTC (GMT+08:00 = 480); defaults to the browser's zone at that instant. */
export function formatCreateTime(ms: number, offsetMinutes?: number): string {
  const offset = offsetMinutes ?? -new Date(ms).getTimezoneOffset();
  const d = new Date(ms + offset * 60_000);
  const date = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const sign = offset < 0 ? '-' : '+';
  return `${date} ${time} GMT${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** A time that may be unknown (epoch ms or an ISO string): the console's format, or "—". */
export function formatDateTime(value: number | string | null | undefined, offsetMinutes?: number): string {
  if (value === null || value === undefined || value === '') return '—';
  const ms = typeof value === 'number' ? value : Date.parse(value.endsWith('Z') || /[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isFinite(ms) ? formatCreateTime(ms, offsetMinutes) : '—';
}
