/**
 * The account (root user) name: the console signs in as it by default. The backend tells us the
 * domain name on every sign-in; we remember it so the next start signs in as the right account
 * (the seed account is "acme").
 */
const ACCOUNT_KEY = 'ma-console.account-name';
export const SEED_ACCOUNT_NAME = 'acme';

export function storedAccountName(): string {
  try {
    const v = globalThis.localStorage?.getItem(ACCOUNT_KEY);
    if (v) return v;
  } catch {
    /* storage unavailable */
  }
  return SEED_ACCOUNT_NAME;
}

export function rememberAccountName(name: string): void {
  try {
    globalThis.localStorage?.setItem(ACCOUNT_KEY, name);
  } catch {
    /* storage unavailable */
  }
}

/** Back to the seed account (after a demo reset). */
export function forgetAccountName(): void {
  try {
    globalThis.localStorage?.removeItem(ACCOUNT_KEY);
  } catch {
    /* storage unavailable */
  }
}
