/**
 * Console-only endpoints (`/__mock/`, ours): snapshot export/import, reset, faults, large seed.
 * They obey the signed-in persona: only an administrator (root or group `admin`) may call them
 * (403 otherwise, 401 without a token). One exception so a demo can always recover: the demo
 * reset of the start screen, `POST /__mock/reset` without any token, restores the seed (a
 * signed-in non-administrator still gets 403) — and the collection report, readable by every
 * signed-in persona. Never subject to faults.
 */
import { http, HttpResponse, type PathParams } from 'msw';
import { faultsSchema, seedRequestSchema } from '@/api/contracts/mock';
import { patterns } from '@/api/paths';
import { authenticate, forbidden, TOKEN_HEADER } from '../auth';
import { getFaults, resetFaults, setFaults } from '../faults';
import { badRequest, MA, readBody, toErrorResponse } from '../http';
import { store } from '../store';
import { sharedStore } from '../store/shared-store';
import { countsOf } from '../store/snapshot/collections';

/**
 * Who may call a route: administrators only; also a signed-out caller (the demo reset); or any
 * signed-in persona (the collection report, which every analyzer answer must be able to cite).
 */
type Gate = 'admin' | 'admin-or-signed-out' | 'signed-in';

const mockRoute =
  (resolver: (request: Request) => Response | Promise<Response>, gate: Gate = 'admin') =>
  async ({ request }: { request: Request; params: PathParams }): Promise<Response> => {
    return sharedStore().run(request.method, async () => {
      try {
        const signedOut = !request.headers.get(TOKEN_HEADER);
        if (!(gate === 'admin-or-signed-out' && signedOut)) {
          const caller = authenticate(request);
          if (!caller.isAdmin && gate !== 'signed-in') throw forbidden('admin', { rule: 'admin', explanation: ['Only an administrator may use the demo data tools (/__mock/).'] });
        }
        return await resolver(request);
      } catch (e) {
        return toErrorResponse('modelarts', e);
      }
    });
  };

const counts = () => countsOf(store.state);

export const mockHandlers = [
  http.get(patterns.mockSnapshot, mockRoute(() => HttpResponse.json(store.toEngineSnapshot()))),

  // How the current organisation was collected (`npm run collect`), or null: the demo seed and
  // snapshots exported by the console carry none.
  http.get(patterns.mockCollection, mockRoute(() => HttpResponse.json({ collection: store.state.collection ?? null }), 'signed-in')),

  http.put(
    patterns.mockSnapshot,
    mockRoute(async (request) => {
      let json: unknown;
      try {
        json = await request.json();
      } catch {
        throw badRequest('The snapshot is not valid JSON.', MA.invalidArgument);
      }
      const result = store.importSnapshot(json);
      if (!result.ok) {
        const { path, message } = result.problem;
        throw badRequest(`Invalid snapshot at ${path}: ${message}. Nothing was imported.`, MA.invalidParameter, { explanation: { path, message } });
      }
      return HttpResponse.json({ result: true, counts: result.counts });
    }),
  ),

  http.post(
    patterns.mockReset,
    mockRoute(() => {
      store.reset();
      resetFaults();
      return HttpResponse.json({ result: true, counts: counts() });
    }, 'admin-or-signed-out'),
  ),

  http.get(patterns.mockFaults, mockRoute(() => HttpResponse.json(getFaults()))),

  http.put(
    patterns.mockFaults,
    mockRoute(async (request) => HttpResponse.json(setFaults(await readBody(request, faultsSchema)))),
  ),

  http.post(
    patterns.mockSeed,
    mockRoute(async (request) => {
      const { size } = await readBody(request, seedRequestSchema);
      store.reset(size);
      resetFaults();
      return HttpResponse.json({ result: true, counts: counts() });
    }),
  ),
];
