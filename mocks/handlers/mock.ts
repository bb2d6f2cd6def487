/**
 * Console-only endpoints (`/__mock/`, ours): snapshot export/import, reset, faults, large seed.
 * They need no token and are never subject to faults, so a demo can always recover.
 */
import { http, HttpResponse, type PathParams } from 'msw';
import { faultsSchema, seedRequestSchema } from '@/api/contracts/mock';
import { patterns } from '@/api/paths';
import { getFaults, resetFaults, setFaults } from '../faults';
import { badRequest, MA, readBody, toErrorResponse } from '../http';
import { store } from '../store';

const mockRoute =
  (resolver: (request: Request) => Response | Promise<Response>) =>
  async ({ request }: { request: Request; params: PathParams }): Promise<Response> => {
    try {
      return await resolver(request);
    } catch (e) {
      return toErrorResponse('modelarts', e);
    }
  };

const counts = () => {
  const s = store.state;
  return {
    users: s.users.size,
    groups: s.groups.size,
    policies: s.policies.size,
    attachments: s.attachments.size,
    agencies: s.agencies.size,
    authorizations: s.authorizations.size,
    workspaces: s.workspaces.size,
  };
};

export const mockHandlers = [
  http.get(patterns.mockSnapshot, mockRoute(() => HttpResponse.json(store.toEngineSnapshot()))),

  // How the current organisation was collected (`npm run collect`), or null: the demo seed and
  // snapshots exported by the console carry none.
  http.get(patterns.mockCollection, mockRoute(() => HttpResponse.json({ collection: store.state.collection ?? null }))),

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
    }),
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
