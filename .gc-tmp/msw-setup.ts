import { afterAll, beforeAll } from 'vitest';
import { server } from '@mocks/node';
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
