/** EN / 中文, remembered in localStorage (src/i18n). Two toggle buttons (aria-pressed). */
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '@/i18n';

const OPTIONS: Array<{ value: Language; lang: string }> = [
  { value: 'en', lang: 'en' },
  { value: 'zh', lang: 'zh-CN' },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('shell');
  const current: Language = i18n.language?.startsWith('zh') ? 'zh' : 'en';
  return (
    <div role="group" aria-label={t('language.label')}>
      <Button.Group>
      {OPTIONS.map((o) => (
        <Button
          key={o.value}
          size="xs"
          h={34}
          variant={current === o.value ? 'filled' : 'default'}
          aria-pressed={current === o.value}
          lang={o.lang}
          onClick={() => setLanguage(o.value)}
        >
          {t(`language.${o.value}`)}
        </Button>
      ))}
      </Button.Group>
    </div>
  );
}
