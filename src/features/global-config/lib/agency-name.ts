/**
 * Default names of the agencies Add Authorization creates (docs/huawei-reference.md §2.1):
 * `modelarts_agency_<username>_<id>` for a user, `modelarts_agency_<id>` for all users, where
 * `<id>` is 4 random lowercase hex characters drawn again while the name is taken.
 */
import { AGENCY_NAME_PATTERN } from '@/api/contracts/common';

export const AGENCY_NAME_MAX_LENGTH = 64;
export const AGENCY_NAME_PREFIX = 'modelarts_agency_';
const ID_LENGTH = 4;
/** How many ids are drawn before giving up (65,536 exist; a clash streak this long means the space is nearly full). */
const MAX_DRAWS = 256;

/** Characters of a user name outside `[A-Za-z0-9_+=,.@-]` become `_` (one per code point). */
export function sanitizeAgencyNamePart(value: string): string {
  return value.replace(/[^A-Za-z0-9_+=,.@-]/gu, '_');
}

/** 4 random lowercase hex characters; `random` returns [0, 1) like Math.random. */
export function randomAgencyId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < ID_LENGTH; i++) id += Math.floor(random() * 16).toString(16);
  return id;
}

/**
 * The name for `userName` (null or empty = all users) and `id`, with the user name shortened
 * so the whole name fits 64 characters.
 */
export function buildAgencyName(userName: string | null, id: string): string {
  const user = userName ? sanitizeAgencyNamePart(userName) : '';
  if (!user) return `${AGENCY_NAME_PREFIX}${id}`;
  const room = AGENCY_NAME_MAX_LENGTH - AGENCY_NAME_PREFIX.length - 1 - id.length;
  return `${AGENCY_NAME_PREFIX}${user.slice(0, room)}_${id}`;
}

/** A default name not in `taken` (compared case-sensitively, as IAM does). */
export function generateAgencyName(
  userName: string | null,
  taken: ReadonlySet<string> | ((name: string) => boolean),
  random: () => number = Math.random,
): string {
  const isTaken = typeof taken === 'function' ? taken : (n: string) => taken.has(n);
  let name = buildAgencyName(userName, randomAgencyId(random));
  for (let draw = 1; draw < MAX_DRAWS && isTaken(name); draw++) name = buildAgencyName(userName, randomAgencyId(random));
  return name;
}

/** Whether `name` follows the IAM naming rule (1–64 of letters, digits, `_ + = , . @ -`). */
export function isValidAgencyName(name: string): boolean {
  return AGENCY_NAME_PATTERN.test(name);
}
