import { describe, expect, it } from 'vitest';
import { formatCreateTime, formatDateTime } from './date-time';

describe('formatCreateTime', () => {
  const t = Date.UTC(2024, 0, 30, 8, 52, 43);
  it('prints YYYY/MM/DD HH:mm:ss GMT±hh:mm', () => {
    expect(formatCreateTime(t, 480)).toBe('2024/01/30 16:52:43 GMT+08:00');
    expect(formatCreateTime(t, 0)).toBe('2024/01/30 08:52:43 GMT+00:00');
    expect(formatCreateTime(t, -570)).toBe('2024/01/29 23:22:43 GMT-09:30');
  });
  it('reads epoch ms and ISO strings (IAM omits the zone: UTC); unknown → —', () => {
    expect(formatDateTime(t, 480)).toBe('2024/01/30 16:52:43 GMT+08:00');
    expect(formatDateTime('2024-01-30T08:52:43.000Z', 480)).toBe('2024/01/30 16:52:43 GMT+08:00');
    expect(formatDateTime('2024-01-30T08:52:43.738212', 480)).toBe('2024/01/30 16:52:43 GMT+08:00');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('soon')).toBe('—');
  });
  it('uses the browser zone by default', () => {
    expect(formatCreateTime(t)).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} GMT[+-]\d{2}:\d{2}$/);
  });
});
