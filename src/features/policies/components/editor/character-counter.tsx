/** Characters of the minified policy against the 6,144 limit. */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CharacterCount } from '../../model';

export function CharacterCounter({ count }: { count: CharacterCount }) {
  const { t, i18n } = useTranslation('policy-editor');
  const fmt = (n: number) => n.toLocaleString(i18n.language.startsWith('zh') ? 'zh-CN' : 'en-US');
  return (
    <Text size="sm" c={count.over ? 'red.8' : 'dimmed'} fw={count.over ? 600 : undefined} aria-live="polite" data-testid="policy-character-count">
      {t(count.exact ? 'counter.exact' : 'counter.raw', { length: fmt(count.length), limit: fmt(count.limit) })}
      {count.over ? ` · ${t('counter.over', { count: -count.remaining })}` : ''}
    </Text>
  );
}
