/**
 * i18n: English and Chinese. Each feature owns one namespace file per language,
 * `locales/<lang>/<namespace>.json`, picked up here automatically. `common` and `shell` are in
 * the first chunk; every other namespace is a lazy chunk loaded on first use (react-i18next
 * suspends until it arrives), which keeps the first route's JavaScript small.
 */
import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { EXPLANATION_LIST_SEPARATOR } from '@/iam/model';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'ma-console.language';

type Namespace = Record<string, unknown>;
type Resources = Record<string, Record<string, Namespace>>;

const PATH = /\.\/locales\/([a-z]+)\/([a-z-]+)\.json$/;
const eagerFiles = import.meta.glob<Namespace>(['./locales/*/common.json', './locales/*/shell.json'], {
  eager: true,
  import: 'default',
});
const lazyFiles = import.meta.glob<Namespace>(['./locales/*/*.json', '!./locales/*/common.json', '!./locales/*/shell.json'], {
  import: 'default',
});

function parsePath(path: string): { lang: string; ns: string } | null {
  const match = PATH.exec(path);
  return match ? { lang: match[1]!, ns: match[2]! } : null;
}

/** Every namespace that exists, eager or lazy. */
export const NAMESPACES: string[] = [
  ...new Set([...Object.keys(eagerFiles), ...Object.keys(lazyFiles)].map((p) => parsePath(p)?.ns).filter((ns): ns is string => !!ns)),
].sort();

function eagerResources(): Resources {
  const resources: Resources = {};
  for (const [path, content] of Object.entries(eagerFiles)) {
    const parsed = parsePath(path);
    if (parsed) (resources[parsed.lang] ??= {})[parsed.ns] = content;
  }
  return resources;
}

/** Loads a lazy namespace file: `./locales/<lang>/<ns>.json`. */
const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = lazyFiles[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (data) => callback(null, data as never),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    if (v === 'en' || v === 'zh') return v;
  } catch {
    /* storage unavailable */
  }
  return 'en';
}

void i18n
  .use(lazyBackend)
  .use(initReactI18next)
  .init({
    resources: eagerResources(),
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: ['common', 'shell'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });

/**
 * `{{policies, nameList}}`: a list param of an access explanation (quoted names joined by
 * EXPLANATION_LIST_SEPARATOR) in the language's way: `"a", "b" and "c"`; in Chinese `"a"、"b"、"c"`.
 */
export function formatNameList(value: unknown, language: string | undefined): string {
  const items = String(value) === '' ? [] : String(value).split(EXPLANATION_LIST_SEPARATOR);
  if (language?.startsWith('zh')) return items.join('、');
  const last = items.length > 1 ? ` and ${items.pop()}` : '';
  return `${items.join(', ')}${last}`;
}
i18n.services.formatter?.add('nameList', formatNameList);

/** Loads every namespace of both languages (tests, and anything that must not suspend). */
export async function loadAllNamespaces(): Promise<void> {
  await i18n.loadNamespaces(NAMESPACES);
  await i18n.loadLanguages([...LANGUAGES]);
}

export function setLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    /* storage unavailable */
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

export { i18n };
