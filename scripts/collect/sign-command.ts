/**
 * `npm run collect -- sign --ak AK --sk SK --method GET --url URL [--header 'K: V']… [--body TEXT]
 * [--canonical]`: prints the headers the collector would send for that request (one `Name: value`
 * a line), and with --canonical the canonical request and string to sign. The one place a key is
 * taken from a flag: it signs an example, it calls nothing.
 */
import { parseArgs } from 'node:util';
import { signRequest } from './signer';

export const SIGN_USAGE = `Usage: npm run collect -- sign --ak AK --sk SK --method GET --url URL [--header 'Name: value']... [--body TEXT] [--canonical]`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseHeader(text: string): [string, string] {
  const i = text.indexOf(':');
  if (i <= 0) throw new UsageError(`--header "${text}" is not "Name: value".`);
  return [text.slice(0, i).trim(), text.slice(i + 1).trim()];
}

export function runSign(argv: string[], now: Date = new Date()): string {
  const { values } = parseArgs({
    args: argv,
    options: {
      ak: { type: 'string' },
      sk: { type: 'string' },
      method: { type: 'string', default: 'GET' },
      url: { type: 'string' },
      header: { type: 'string', multiple: true, default: [] },
      body: { type: 'string' },
      canonical: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.ak || !values.sk || !values.url) throw new UsageError(`sign needs --ak, --sk and --url.\n${SIGN_USAGE}`);
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    throw new UsageError(`--url "${values.url}" is not an absolute URL.`);
  }
  const headers = Object.fromEntries(values.header.map(parseHeader));
  const signed = signRequest({ method: values.method, url, headers, ...(values.body !== undefined ? { body: values.body } : {}) }, { ak: values.ak, sk: values.sk }, now);
  const lines = Object.entries(signed.headers).map(([k, v]) => `${k}: ${v}`);
  if (values.canonical) lines.push('', '--- canonical request ---', signed.canonicalRequest, '', '--- string to sign ---', signed.stringToSign);
  return lines.join('\n');
}
