/**
 * The fault-injection forms as the administrator types them (numbers may be half-typed strings)
 * and their checks. Pure: the messages come from the caller's `t`.
 */
import type { FailNext, Faults } from '@/api/contracts/mock';

export const NO_FAULTS: Faults = { latencyMs: 0, failRate: 0, offline: false, failNext: [], deleteDelayMs: 2000 };
export const METHODS = ['*', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export interface GeneralForm {
  latencyMs: number | string;
  failRatePercent: number | string;
  offline: boolean;
  deleteDelayMs: number | string;
}
export interface RuleForm {
  method: FailNext['method'];
  path: string;
  status: number | string;
  times: number | string;
}
export const EMPTY_RULE: RuleForm = { method: 'GET', path: '', status: 500, times: 1 };

type T = (key: string) => string;

/** An emptied field is not 0: it reads as `fallback` (invalid), so it is reported, not sent. */
export const toNumber = (v: number | string, fallback: number) => {
  const n = typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : fallback;
};

export function generalFrom(f: Faults): GeneralForm {
  return { latencyMs: f.latencyMs, failRatePercent: Math.round(f.failRate * 1000) / 10, offline: f.offline, deleteDelayMs: f.deleteDelayMs };
}

const isInt = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** The general settings' errors, and the faults they make when valid (`faults` = null otherwise). */
export function checkGeneral(general: GeneralForm, known: Faults, t: T) {
  const latency = toNumber(general.latencyMs, -1);
  const rate = toNumber(general.failRatePercent, -1);
  const deleteDelay = toNumber(general.deleteDelayMs, -1);
  const errors = {
    latencyMs: isInt(latency, 0, 30000) ? null : t('faults.latencyInvalid'),
    failRate: rate >= 0 && rate <= 100 ? null : t('faults.failRateInvalid'),
    deleteDelayMs: isInt(deleteDelay, 0, 60000) ? null : t('faults.deleteDelayInvalid'),
  };
  const valid = !errors.latencyMs && !errors.failRate && !errors.deleteDelayMs;
  const faults: Faults | null = valid
    ? { ...known, latencyMs: latency, failRate: Math.round(rate * 10) / 1000, offline: general.offline, deleteDelayMs: deleteDelay }
    : null;
  return { errors, faults };
}

/** A fail-next rule's errors, and the rule when valid (an empty path is not an error, only incomplete). */
export function checkRule(rule: RuleForm, t: T) {
  const status = toNumber(rule.status, -1);
  const times = toNumber(rule.times, -1);
  const path = rule.path.trim();
  const errors = {
    path: path === '' || path.startsWith('/') ? null : t('faults.pathInvalid'),
    status: isInt(status, 400, 599) ? null : t('faults.statusInvalid'),
    times: isInt(times, 1, 100) ? null : t('faults.timesInvalid'),
  };
  const valid = path !== '' && !errors.path && !errors.status && !errors.times;
  const added: FailNext | null = valid ? { method: rule.method, path, status, times } : null;
  return { errors, added };
}
