// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalQueryString, canonicalUri, escape, formatSdkDate, parseSdkDate, signRequest, verifySignature } from './signer';

// The official SDKs' published vector (huaweicloud-sdk-java-v3 TestAKSKSigner, huaweicloud-sdk-nodejs-v3
// signer test): the example key pair of Huawei's API signing guide, not a real credential.
const AK = 'QTWAOYTTINDUT2QVKYUC';
const SK = 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc';
const URL_ = 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0';
const HEADERS = { 'Content-Type': 'application/json', 'X-Sdk-Date': '20191115T033655Z' };

describe('SDK-HMAC-SHA256 signer', () => {
  it('matches the official SDK vector', () => {
    const signed = signRequest({ method: 'GET', url: URL_, headers: HEADERS }, { ak: AK, sk: SK });
    expect(signed.canonicalRequest).toBe(
      [
        'GET',
        '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/',
        'limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
        'content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n',
        'content-type;host;x-sdk-date',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ].join('\n'),
    );
    expect(signed.stringToSign).toBe('SDK-HMAC-SHA256\n20191115T033655Z\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a');
    expect(signed.signature).toBe('7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe');
    expect(signed.headers.Authorization).toBe(
      'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
    expect(signed.headers.Host).toBe('service.region.example.com');
  });

  it('sorts the query, so parameter order does not change the signature', () => {
    const reordered = URL_.replace('limit=2&marker=13551d6b-755d-4757-b956-536f674975c0', 'marker=13551d6b-755d-4757-b956-536f674975c0&limit=2');
    expect(signRequest({ method: 'GET', url: reordered, headers: HEADERS }, { ak: AK, sk: SK }).signature).toBe(
      '7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
  });

  it('encodes like the SDKs (RFC 3986 unreserved kept, the rest %XX)', () => {
    // huaweicloud-sdk-go-v3 core/auth/signer TestSigner_canonicalQueryString
    const q = new URLSearchParams([
      ['limit', '1'],
      ['enable', 'true'],
      ['test', '一 (&=?!#%.*)'],
      ['path', '/tmp/123'],
      ['multi', '3'],
      ['multi', '1'],
    ]);
    expect(canonicalQueryString(q)).toBe('enable=true&limit=1&multi=1&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29');
    expect(escape("a-b_c.d~e!'()*")).toBe('a-b_c.d~e%21%27%28%29%2A');
    expect(canonicalUri('/v3/users')).toBe('/v3/users/');
    expect(canonicalUri('/v3.0/OS-ROLE/roles/a%20b')).toBe('/v3.0/OS-ROLE/roles/a%20b/');
  });

  it('adds X-Sdk-Date from the clock and signs a security token', () => {
    const now = new Date(Date.UTC(2026, 11, 7, 15, 4, 5));
    const signed = signRequest({ method: 'POST', url: 'https://iam.myhuaweicloud.com/v3/users', body: '{}' }, { ak: AK, sk: SK, securityToken: 'tok' }, now);
    expect(signed.headers['X-Sdk-Date']).toBe('20261207T150405Z');
    expect(signed.headers['X-Security-Token']).toBe('tok');
    expect(signed.headers.Authorization).toContain('SignedHeaders=host;x-sdk-date;x-security-token,');
    expect(formatSdkDate(now)).toBe('20261207T150405Z');
    expect(parseSdkDate('20261207T150405Z')?.getTime()).toBe(now.getTime());
    expect(parseSdkDate('2026-12-07')).toBeNull();
  });

  describe('verifySignature', () => {
    const now = new Date(Date.UTC(2019, 10, 15, 3, 40, 0));
    const received = () => {
      const s = signRequest({ method: 'GET', url: URL_, headers: HEADERS }, { ak: AK, sk: SK });
      return { method: 'GET', url: URL_, headers: s.headers };
    };

    it('accepts the request it signed', () => {
      expect(verifySignature(received(), { ak: AK, sk: SK }, now)).toEqual({ ok: true });
    });

    it('refuses a wrong secret key, an unknown access key, a tampered query and an old date', () => {
      expect(verifySignature(received(), { ak: AK, sk: 'x'.repeat(40) }, now)).toMatchObject({ ok: false, reason: 'signature' });
      expect(verifySignature(received(), { ak: 'OTHERKEY', sk: SK }, now)).toMatchObject({ ok: false, reason: 'unknown-key' });
      expect(verifySignature({ ...received(), url: URL_.replace('limit=2', 'limit=3') }, { ak: AK, sk: SK }, now)).toMatchObject({
        ok: false,
        reason: 'signature',
      });
      expect(verifySignature(received(), { ak: AK, sk: SK }, new Date(Date.UTC(2019, 10, 15, 4, 0, 0)))).toMatchObject({ ok: false, reason: 'expired' });
    });

    it('refuses a body changed after signing', () => {
      const url = 'http://127.0.0.1:4010/v3/groups';
      const s = signRequest({ method: 'POST', url, body: '{"a":1}' }, { ak: AK, sk: SK }, now);
      expect(verifySignature({ method: 'POST', url, headers: s.headers, body: '{"a":1}' }, { ak: AK, sk: SK }, now)).toEqual({ ok: true });
      expect(verifySignature({ method: 'POST', url, headers: s.headers, body: '{"a":2}' }, { ak: AK, sk: SK }, now)).toMatchObject({ ok: false });
    });

    it('refuses an unsigned request with a clear reason', () => {
      expect(verifySignature({ method: 'GET', url: URL_, headers: {} }, { ak: AK, sk: SK }, now)).toMatchObject({ ok: false, reason: 'missing' });
      expect(verifySignature({ method: 'GET', url: URL_, headers: { Authorization: 'Bearer x' } }, { ak: AK, sk: SK }, now)).toMatchObject({
        ok: false,
        reason: 'malformed',
      });
    });
  });
});
