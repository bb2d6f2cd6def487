/**
 * Which Chromium the end-to-end tests drive, and how a fresh machine gets it.
 *
 * Tests prefer Debian's `chromium-headless-shell`: the same Blink and V8 as `chromium`, without the
 * full browser's UI layers. It is the build Playwright itself uses for headless runs, and a cold
 * page load of the console costs about 40 % less CPU in it than in the full browser (8 cold loads
 * of User Groups: 14–16 s against 24 s of CPU, one run each way), which is most of what `npm test`
 * spends. The benchmarks (`npm run bench:ui`: scripts/bench-cold-start.mjs, scripts/bench-ui.mjs)
 * keep the full browser, which is what an administrator runs. `CHROMIUM_PATH` overrides both.
 */
import { existsSync } from 'node:fs';

export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const FULL_CHROMIUM = '/usr/bin/chromium';

/** The browser for Playwright's tests: CHROMIUM_PATH, else the headless shell, else the full browser (null if none). */
export function testChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return [HEADLESS_SHELL, FULL_CHROMIUM].find((path) => existsSync(path)) ?? null;
}

/** What a fresh Debian machine installs (as root) so the tests run and the Chinese UI renders. */
export const APT_PACKAGES = ['chromium-headless-shell', 'fonts-wqy-microhei'];
