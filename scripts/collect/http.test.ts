// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NetworkFailure, SignedClient } from './http';
import { verifySignature } from './signer';

const credentials = { ak: 'AKEXAMPLE0000000', sk: 'SKEXAMPLE' };
const url = new URL('https://iam.example.com/v3/users?limit=1000&offset=0');

function scripted(answers: Array<Response | Error>) {
  const seen: Request[] = [];
  const sleeps: number[] = [];
  const client = new SignedClient({
    credentials,
    retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
    sleep: async (ms) => void sleeps.push(ms),
    fetch: async (input, init) => {
      seen.push(new Request(input as URL, init));
      const next = answers.shift();
      if (!next || next instanceof Error) throw next ?? new Error('no more answers');
      return next;
    },
  });
  return { client, seen, sleeps };
}

describe('SignedClient', () => {
  it('signs every request so the verifier accepts it', async () => {
    const { client, seen } = scripted([Response.json({ users: [] })]);
    expect(await client.get(url)).toMatchObject({ status: 200, attempts: 1, body: { users: [] } });
    const req = seen[0]!;
    const headers = Object.fromEntries(req.headers.entries());
    headers.host = url.host; // fetch sets Host from the URL
    expect(verifySignature({ method: 'GET', url: req.url, headers }, credentials)).toEqual({ ok: true });
  });

  it('retries 429 and 5xx with exponential backoff, honouring Retry-After, then answers', async () => {
    const { client, sleeps } = scripted([
      new Response('', { status: 503 }),
      new Response('', { status: 429, headers: { 'Retry-After': '0.5' } }),
      new Error('ECONNRESET'),
      Response.json({ ok: true }),
    ]);
    expect(await client.get(url)).toMatchObject({ status: 200, attempts: 4 });
    expect(sleeps).toEqual([100, 500, 400]);
  });

  it('gives up after the bounded attempts with the last answer, and reads the error shapes', async () => {
    const { client } = scripted(Array.from({ length: 4 }, () => Response.json({ error_code: 'ModelArts.7001', error_msg: 'busy' }, { status: 500 })));
    expect(await client.get(url)).toMatchObject({ status: 500, attempts: 4, message: 'ModelArts.7001: busy' });
    const iam = scripted([Response.json({ error: { code: 403, title: 'Forbidden', message: 'no' } }, { status: 403 })]);
    expect(await iam.client.get(url)).toMatchObject({ status: 403, attempts: 1, message: 'no' });
  });

  it('reports a host that never answers', async () => {
    const { client } = scripted(Array.from({ length: 4 }, () => new Error('ECONNREFUSED')));
    await expect(client.get(url)).rejects.toThrow(NetworkFailure);
  });
});
