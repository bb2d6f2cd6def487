import { describe, expect, it } from 'vitest';
import { i18n, NAMESPACES } from './index';

describe('i18n', () => {
  it('knows every namespace and has loaded them all in both languages for tests', () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['common', 'shell', 'global-config']));
    for (const lng of ['en', 'zh'])
      for (const ns of NAMESPACES) expect(i18n.hasResourceBundle(lng, ns), `${lng}/${ns}`).toBe(true);
  });

  it('has the same keys in English and Chinese for every namespace', () => {
    const keys = (o: unknown, prefix = ''): string[] =>
      o && typeof o === 'object'
        ? Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [prefix.slice(0, -1)];
    for (const ns of NAMESPACES) {
      const en = keys(i18n.getResourceBundle('en', ns)).map((k) => k.replace(/_(one|other|zero|few|many|two)$/, ''));
      const zh = keys(i18n.getResourceBundle('zh', ns)).map((k) => k.replace(/_(one|other|zero|few|many|two)$/, ''));
      expect(new Set(zh), ns).toEqual(new Set(en));
    }
  });
});
