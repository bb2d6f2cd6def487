/** The mock backend for Node (unit tests): msw/node with every handler; the store stays in memory. */
import { setupServer } from 'msw/node';
import { resetFaults } from './faults';
import { handlers } from './handlers';
import { store } from './store';

export const server = setupServer(...handlers);

/** Back to the seed organisation, no faults: call after each test. */
export function resetMockBackend(): void {
  store.reset();
  resetFaults();
}

export { store };
