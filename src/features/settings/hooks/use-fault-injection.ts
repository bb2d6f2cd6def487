/**
 * The fault-injection section's state: what is in force (the backend's, or what we last sent when
 * it offers no GET), the forms, and the changes sent with PUT /__mock/faults. A failed change keeps
 * the form and offers Retry.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Faults } from '@/api/contracts/mock';
import { useFaults, usePutFaults } from '@/api/resources/demo-data';
import { notifyError, notifySuccess } from '@/components/feedback/notify';
import { checkGeneral, checkRule, EMPTY_RULE, generalFrom, NO_FAULTS, type GeneralForm, type RuleForm } from '../lib/fault-forms';

export function useFaultInjection() {
  const { t } = useTranslation('settings');
  const faults = useFaults();
  const put = usePutFaults();
  const [known, setKnown] = useState<Faults>(NO_FAULTS);
  const [general, setGeneral] = useState<GeneralForm>(generalFrom(NO_FAULTS));
  const [rule, setRule] = useState<RuleForm>(EMPTY_RULE);
  const [dirty, setDirty] = useState(false);
  const [lastError, setLastError] = useState<{ error: unknown; retry: () => void } | null>(null);

  // Adopt the server's faults, but never overwrite what the administrator is typing.
  useEffect(() => {
    if (faults.data) {
      setKnown(faults.data);
      if (!dirty) setGeneral(generalFrom(faults.data));
    }
  }, [faults.data, dirty]);

  const generalCheck = checkGeneral(general, known, t);
  const ruleCheck = checkRule(rule, t);

  const send = async (next: Faults, success: string): Promise<boolean> => {
    setLastError(null);
    try {
      setKnown(await put.mutateAsync(next));
      notifySuccess(success);
      return true;
    } catch (error) {
      setLastError({ error, retry: () => void send(next, success) });
      notifyError(t('faults.failed'), error);
      return false;
    }
  };

  const applyGeneral = async () => {
    if (generalCheck.faults && (await send(generalCheck.faults, t('faults.applied')))) setDirty(false);
  };
  const addRule = async () => {
    const added = ruleCheck.added;
    if (!added) return;
    const ok = await send({ ...known, failNext: [...known.failNext, added] }, t('faults.ruleAdded', { method: added.method, path: added.path }));
    if (ok) setRule((r) => ({ ...r, path: '' }));
  };
  const removeRule = (index: number) => void send({ ...known, failNext: known.failNext.filter((_, i) => i !== index) }, t('faults.ruleRemoved'));
  const clearAll = async () => {
    const cleared = { ...NO_FAULTS, deleteDelayMs: known.deleteDelayMs };
    if (await send(cleared, t('faults.cleared'))) {
      setDirty(false);
      setGeneral(generalFrom(cleared));
    }
  };
  const editGeneral = (patch: Partial<GeneralForm>) => {
    setDirty(true);
    setGeneral((g) => ({ ...g, ...patch }));
  };
  const editRule = (patch: Partial<RuleForm>) => setRule((r) => ({ ...r, ...patch }));

  const active = known.latencyMs > 0 || known.failRate > 0 || known.offline || known.failNext.length > 0;
  return { faults, pending: put.isPending, known, active, lastError, general, generalCheck, editGeneral, applyGeneral, clearAll, rule, ruleCheck, editRule, addRule, removeRule };
}
