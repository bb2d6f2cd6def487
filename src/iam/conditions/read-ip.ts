/**
 * Reads an IPv4 or IPv6 address or CIDR block (docs/policy-semantics.md §1). Host bits of a CIDR are masked
 * (`10.1.2.3/8` = `10.0.0.0/8`); a plain address is a /32 or /128. Null when unreadable.
 * IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) read as IPv4.
 */
export interface IpRange {
  family: 4 | 6;
  /** The network address with host bits cleared. */
  address: bigint;
  prefix: number;
}

function readIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function readHextets(text: string): number[] | null {
  if (text === '') return [];
  const out: number[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = readIpv4(part);
      if (v4 === null) return null;
      out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
      out.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return out;
}

function readIpv6(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = readHextets(halves[0] ?? '');
  const tail = halves.length === 2 ? readHextets(halves[1] ?? '') : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

const MAPPED_V4_PREFIX = 0xffffn << 32n;

function maskAddress(address: bigint, width: number, prefix: number): bigint {
  const hostBits = BigInt(width - prefix);
  return (address >> hostBits) << hostBits;
}

export function readIp(value: unknown): IpRange | null {
  if (typeof value !== 'string' || value === '') return null;
  const slash = value.indexOf('/');
  const addressText = slash < 0 ? value : value.slice(0, slash);
  const prefixText = slash < 0 ? null : value.slice(slash + 1);
  if (prefixText !== null && !/^\d{1,3}$/.test(prefixText)) return null;
  let family: 4 | 6 = 4;
  let address = addressText.includes(':') ? null : readIpv4(addressText);
  if (address === null) {
    if (!addressText.includes(':')) return null;
    address = readIpv6(addressText);
    family = 6;
  }
  if (address === null) return null;
  const width = family === 4 ? 32 : 128;
  let prefix = prefixText === null ? width : Number(prefixText);
  if (prefix > width) return null;
  if (family === 6 && address >> 32n === MAPPED_V4_PREFIX >> 32n && prefix >= 96) {
    family = 4;
    address &= 0xffffffffn;
    prefix -= 96;
  }
  return { family, address: maskAddress(address, family === 4 ? 32 : 128, prefix), prefix };
}

/** Whether `inner` (a request address or block) lies within `outer` (a policy block). */
export function isIpInRange(inner: IpRange, outer: IpRange): boolean {
  if (inner.family !== outer.family || inner.prefix < outer.prefix) return false;
  const width = outer.family === 4 ? 32 : 128;
  return maskAddress(inner.address, width, outer.prefix) === outer.address;
}
