/** ModelArts authorization mode: GET / PUT `/v1/auth-mode` (administrators only). */
import { http, HttpResponse } from 'msw';
import { updateAuthModeSchema } from '@/api/contracts/modelarts';
import { patterns } from '@/api/paths';
import { withAuth } from '../auth';
import { readBody } from '../http';
import { store } from '../store';

const reply = () => HttpResponse.json({ domain_id: store.state.domain.id, mode: store.state.authMode });

export const authModeHandlers = [
  http.get(patterns.authMode, withAuth('admin', () => reply())),
  http.put(
    patterns.authMode,
    withAuth('admin', async ({ request }) => {
      const { mode } = await readBody(request, updateAuthModeSchema);
      if (mode !== store.state.authMode) store.mutate((s) => (s.authMode = mode));
      return reply();
    }),
  ),
];
