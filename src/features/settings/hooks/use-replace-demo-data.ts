/**
 * Reset, load the large organisation, import: each replaces every resource, so every cached answer
 * is dropped (`useReplaceAllMutation`). Reset and import also set the account the next sign-in uses.
 */
import { postReset, postSeed, putSnapshot, useReplaceAllMutation } from '@/api/resources/demo-data';
import { rememberAccountName, SEED_ACCOUNT_NAME } from '@/components/session/account';

export const useResetDemoData = () => useReplaceAllMutation(postReset, () => rememberAccountName(SEED_ACCOUNT_NAME));
export const useLoadSeed = () => useReplaceAllMutation(postSeed);
/** The next sign-in as "the account" uses the imported account's name. */
export const usePutSnapshot = () => useReplaceAllMutation(putSnapshot, (snapshot) => rememberAccountName(snapshot.domain.name));
