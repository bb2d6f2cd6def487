/**
 * The text of a parser / validator finding in the current language. The engine words findings
 * in English (`message`) and lists the values the message interpolates (`params`, with an
 * optional `variant`); the `findings` namespace has a template per code, `codes.<code>` or
 * `codes.<code>_<variant>`. English shows `message` itself, byte for byte; another language
 * shows the template, or `message` when the finding has no params (older server findings) or the
 * template needs a value the finding does not carry. Other engine texts with a code and params
 * (access explanations: explanation-text.ts) use the same functions with their own namespace.
 */
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@/iam';

export type FindingLike = Pick<Finding, 'code' | 'message' | 'params'>;

/** Params whose values are words the namespace translates (param name → table). */
const WORD_TABLES: Readonly<Record<string, string>> = {
  type: 'types',
  operatorType: 'conditionTypes',
  keyType: 'conditionTypes',
  authType: 'authTypes',
};

/** The i18n key of a finding's template (without the context suffix) and its context. */
export function findingKey(finding: FindingLike): { key: string; context: string | undefined } {
  const variant = finding.params?.variant;
  return { key: `codes.${finding.code}`, context: variant === undefined ? undefined : String(variant) };
}

/**
 * `t` must be bound to the `findings` namespace (or another namespace of `codes.<code>`
 * templates); `language` is the language it translates into.
 */
export function findingText(finding: FindingLike, t: TFunction, language: string | undefined): string {
  const params = finding.params;
  if (params === undefined || language === undefined || language === 'en') return finding.message;
  const replace: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === 'variant') continue;
    const table = WORD_TABLES[name];
    replace[name] = table === undefined ? value : t(`${table}.${value}`, { defaultValue: String(value) });
  }
  let missing = false;
  const { key, context } = findingKey(finding);
  const text = t(key, {
    replace,
    context,
    defaultValue: finding.message,
    missingInterpolationHandler: () => {
      missing = true;
      return '';
    },
  });
  return missing ? finding.message : text;
}

/** `(finding) => text` in the current language; re-renders when the language changes. */
/**
 * With `useSuspense: false` the texts are the English ones until the namespace has loaded (for
 * components that must not suspend their page, e.g. an error alert).
 */
export function useFindingText(namespace = 'findings', options?: { useSuspense?: boolean }): (finding: FindingLike) => string {
  const { t, i18n } = useTranslation(namespace, options);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useCallback((finding: FindingLike) => findingText(finding, t, language), [t, language]);
}
