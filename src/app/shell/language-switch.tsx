/** EN / 中文, remembered in localStorage (src/i18n). */
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '@/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('shell');
  const lang: Language = i18n.language?.startsWith('zh') ? 'zh' : 'en';
  return (
    <div role="group" aria-label={t('language.label')}>
      <SegmentedControl
        size="xs"
        value={lang}
        onChange={(v) => setLanguage(v as Language)}
        data={[
          { value: 'en', label: <span lang="en">{t('language.en')}</span> },
          { value: 'zh', label: <span lang="zh-CN">{t('language.zh')}</span> },
        ]}
      />
    </div>
  );
}
