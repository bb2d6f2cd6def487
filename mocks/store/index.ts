/** The mock backend's single store instance, shared by every handler. */
import { MockStore } from './store';

export const store = new MockStore();

export { MockStore } from './store';
export type { ImportResult, PersistedStore, SeedSize } from './store';
export type * from './types';
