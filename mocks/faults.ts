/**
 * Fault injection for demos and tests (docs/api.md `/__mock/faults`), applied to every API call except
 * `/__mock/`: offline → network error; latency; `failNext` (deterministic: the next `times` calls
 * matching method and path prefix fail with `status`, then the rule is gone); `failRate` → random 500.
 *
 * Faults live in memory only: never persisted (a reload starts without faults) and cleared by
 * `/__mock/reset` and `/__mock/seed`, so a demo can never get stuck offline.
 */
import { delay, HttpResponse } from 'msw';
import { faultsSchema, type Faults } from '@/api/contracts/mock';

let faults: Faults = faultsSchema.parse({});

export function getFaults(): Faults {
  return faults;
}

export function setFaults(next: Faults): Faults {
  faults = structuredClone(next);
  return faults;
}

export function resetFaults(): void {
  faults = faultsSchema.parse({});
}

/** How long a deleted workspace stays DELETING. */
export function deleteDelayMs(): number {
  return faults.deleteDelayMs;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
export const statusTitle = (status: number): string => TITLES[status] ?? 'Error';

function faultResponse(url: URL, status: number, message: string): Response {
  const iam = /^\/(v3|v3\.0|v1\.0)\//.test(url.pathname);
  const body = iam
    ? { error: { code: status, title: statusTitle(status), message } }
    : { error_code: status >= 500 ? 'ModelArts.7001' : 'Mock.Fault', error_msg: message };
  return HttpResponse.json(body, { status });
}

/**
 * The fault to answer `request` with, if any (after the injected latency). Counts down
 * `failNext` rules it consumes.
 */
export async function applyFaults(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/__mock/')) return undefined;
  if (faults.offline) return HttpResponse.error();
  if (faults.latencyMs > 0) await delay(faults.latencyMs);
  const method = request.method.toUpperCase();
  const index = faults.failNext.findIndex((r) => (r.method === '*' || r.method === method) && url.pathname.startsWith(r.path));
  if (index >= 0) {
    const rule = faults.failNext[index]!;
    rule.times -= 1;
    if (rule.times <= 0) faults.failNext.splice(index, 1);
    return faultResponse(url, rule.status, `Injected fault: ${method} ${url.pathname} failed with HTTP ${rule.status}.`);
  }
  if (faults.failRate > 0 && Math.random() < faults.failRate) {
    return faultResponse(url, 500, `Injected fault: random failure (rate ${faults.failRate}).`);
  }
  return undefined;
}
