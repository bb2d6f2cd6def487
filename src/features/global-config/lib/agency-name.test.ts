import { describe, expect, it } from 'vitest';
import { buildAgencyName, generateAgencyName, isValidAgencyName, randomAgencyId, sanitizeAgencyNamePart } from './agency-name';

/** A deterministic `random` that yields the given hex digits one by one. */
function digits(hex: string): () => number {
  let i = 0;
  return () => parseInt(hex[i++ % hex.length]!, 16) / 16;
}

describe('agency names', () => {
  it('builds modelarts_agency_<user>_<id> and modelarts_agency_<id> for all users', () => {
    expect(buildAgencyName('alice', '3f9a')).toBe('modelarts_agency_alice_3f9a');
    expect(buildAgencyName(null, '7c01')).toBe('modelarts_agency_7c01');
    expect(buildAgencyName('', '7c01')).toBe('modelarts_agency_7c01');
  });

  it('draws 4 lowercase hex characters', () => {
    for (let i = 0; i < 50; i++) expect(randomAgencyId()).toMatch(/^[0-9a-f]{4}$/);
    expect(randomAgencyId(digits('a0f9'))).toBe('a0f9');
  });

  it('matches the documented pattern', () => {
    expect(generateAgencyName('maya', new Set())).toMatch(/^modelarts_agency_maya_[0-9a-f]{4}$/);
    expect(generateAgencyName(null, new Set())).toMatch(/^modelarts_agency_[0-9a-f]{4}$/);
  });

  it('turns characters outside the allowed set into _', () => {
    expect(sanitizeAgencyNamePart('Zhang San/研发')).toBe('Zhang_San___');
    expect(sanitizeAgencyNamePart('a+b=c,d.e@f-g_h')).toBe('a+b=c,d.e@f-g_h');
    expect(sanitizeAgencyNamePart('<img src=x onerror=alert(1)>')).toBe('_img_src=x_onerror=alert_1__');
    expect(sanitizeAgencyNamePart('😀')).toBe('_');
    const name = buildAgencyName('<img src=x onerror=alert(1)>', '0abc');
    expect(isValidAgencyName(name)).toBe(true);
  });

  it('shortens the user name so the whole name fits 64 characters', () => {
    const long = 'u'.repeat(100);
    const name = buildAgencyName(long, 'beef');
    expect(name).toHaveLength(64);
    expect(name.startsWith('modelarts_agency_uuu')).toBe(true);
    expect(name.endsWith('_beef')).toBe(true);
    expect(isValidAgencyName(name)).toBe(true);
    expect(buildAgencyName('u'.repeat(42), 'beef')).toHaveLength(64);
    expect(buildAgencyName('u'.repeat(41), 'beef')).toHaveLength(63);
  });

  it('draws the id again while the name is taken', () => {
    const taken = new Set(['modelarts_agency_alice_0000', 'modelarts_agency_alice_1111']);
    expect(generateAgencyName('alice', taken, digits('000011112222'))).toBe('modelarts_agency_alice_2222');
    expect(generateAgencyName(null, (n) => n === 'modelarts_agency_aaaa', digits('aaaabbbb'))).toBe('modelarts_agency_bbbb');
  });

  it('validates names', () => {
    expect(isValidAgencyName('a')).toBe(true);
    expect(isValidAgencyName('')).toBe(false);
    expect(isValidAgencyName('a b')).toBe(false);
    expect(isValidAgencyName('x'.repeat(65))).toBe(false);
  });
});
