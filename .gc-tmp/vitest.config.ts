import { mergeConfig } from 'vite';
import base from '../vite.config.ts';
export default mergeConfig(base, { test: { setupFiles: ['./src/testing/setup-tests.ts', './.gc-tmp/msw-setup.ts'] } });
