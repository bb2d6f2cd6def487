/** The name's checks: required (shown after a save attempt or once typed), length, taken (from the server). */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX } from '../components/editor/policy-details';

export function usePolicyName(name: string, setName: (v: string) => void) {
  const { t } = useTranslation('policy-editor');
  const [touched, setTouched] = useState(false);
  const [takenName, setTakenName] = useState<string | null>(null);
  const trimmed = name.trim();
  const error =
    trimmed === ''
      ? touched
        ? t('details.nameRequired')
        : null
      : name.length > NAME_MAX
        ? t('details.nameTooLong', { max: NAME_MAX })
        : takenName !== null && takenName.toLowerCase() === trimmed.toLowerCase()
          ? t('details.nameTaken', { name: trimmed })
          : null;
  const onName = useCallback(
    (v: string) => {
      setTouched(true);
      setName(v);
    },
    [setName],
  );
  return { trimmed, error, onName, touch: () => setTouched(true), markTaken: () => setTakenName(trimmed) };
}
