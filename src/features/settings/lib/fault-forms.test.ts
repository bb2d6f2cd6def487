import { describe, expect, it } from 'vitest';
import { checkGeneral, checkRule, EMPTY_RULE, generalFrom, NO_FAULTS } from './fault-forms';

const t = (key: string) => key;

describe('fault-injection forms', () => {
  it('turns valid general settings into faults (failure rate in percent → fraction)', () => {
    const { errors, faults } = checkGeneral({ latencyMs: 250, failRatePercent: 12.5, offline: true, deleteDelayMs: '1000' }, NO_FAULTS, t);
    expect(errors).toEqual({ latencyMs: null, failRate: null, deleteDelayMs: null });
    expect(faults).toEqual({ ...NO_FAULTS, latencyMs: 250, failRate: 0.125, offline: true, deleteDelayMs: 1000 });
    expect(generalFrom(faults!)).toMatchObject({ failRatePercent: 12.5 });
  });

  it('names each invalid general field and makes no faults', () => {
    const { errors, faults } = checkGeneral({ latencyMs: 1.5, failRatePercent: 101, offline: false, deleteDelayMs: '' }, NO_FAULTS, t);
    expect(errors).toEqual({ latencyMs: 'faults.latencyInvalid', failRate: 'faults.failRateInvalid', deleteDelayMs: 'faults.deleteDelayInvalid' });
    expect(faults).toBeNull();
  });

  it('a rule needs a path starting with /, a 4xx/5xx status and 1–100 times; an empty path is incomplete, not wrong', () => {
    expect(checkRule(EMPTY_RULE, t)).toEqual({ errors: { path: null, status: null, times: null }, added: null });
    expect(checkRule({ method: 'PUT', path: ' /v3/groups ', status: '503', times: 2 }, t).added).toEqual({ method: 'PUT', path: '/v3/groups', status: 503, times: 2 });
    expect(checkRule({ method: 'GET', path: 'v3', status: 200, times: 0 }, t).errors).toEqual({
      path: 'faults.pathInvalid',
      status: 'faults.statusInvalid',
      times: 'faults.timesInvalid',
    });
  });
});
