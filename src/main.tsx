/**
 * Entry: start the mock backend (loaded lazily so it is not in the first chunk; it answers the
 * console's requests in the page, its service worker registers in the background) while the first
 * page's code loads, then render the console. This dynamic import is the only path from src to mocks.
 */
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureClient } from '@/api/client';
import { createQueryClient } from '@/api/query-client';
import { i18n } from '@/i18n';
import { App } from '@/app/app';
import { preloadRoute } from '@/app/router';
import { StartingScreen, WorkerFailedScreen } from '@/app/start-screen';
import { COLOR_SCHEME_STORAGE_KEY, colorSchemeManager, cssVariablesResolver, theme } from '@/app/theme';

document.documentElement.lang = i18n.language === 'zh' ? 'zh-CN' : 'en';

// Apply the remembered colour scheme before the first paint (what ColorSchemeScript does for SSR),
// so a dark-mode user sees no white flash while the mock backend starts.
try {
  const stored = localStorage.getItem(COLOR_SCHEME_STORAGE_KEY);
  const dark = stored === 'dark' || (stored === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-mantine-color-scheme', dark ? 'dark' : 'light');
} catch {
  /* storage unavailable: light */
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);

function Bare({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

async function boot() {
  root.render(
    <Bare>
      <StartingScreen />
    </Bare>,
  );
  try {
    const mockBackend = import('../mocks/browser');
    // The first page's code and translations load while the mock backend starts.
    preloadRoute(window.location.pathname);
    const backend = await (await mockBackend).startMockBackend();
    configureClient({ transport: backend.answer });
    backend.worker.catch((error: unknown) => console.warn('The mock service worker did not start; the console still works', error));
    performance.mark('mock-backend-ready'); // scripts/bench-cold-start.mjs
  } catch (error) {
    console.error('The mock backend failed to start', error);
    root.render(
      <Bare>
        <WorkerFailedScreen message={error instanceof Error ? error.message : String(error)} />
      </Bare>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <App queryClient={createQueryClient()} />
    </StrictMode>,
  );
}

void boot();
