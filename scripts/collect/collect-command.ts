/**
 * `npm run collect -- [--region R]… [--out FILE] [--endpoint URL]`: credentials only from the
 * environment (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, optional HUAWEICLOUD_SDK_SECURITY_TOKEN),
 * never from a flag. Writes the snapshot (with its coverage report in `collection`) and prints the
 * report. Exit codes: 0 complete; 2 usage; 3 the credential was refused (nothing written);
 * 4 written but incomplete (the report says what is missing); 1 anything else.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { collect, CollectAbort, CredentialRefused } from './collect';
import { formatReport } from './coverage';
import { endpointsFor, REGION_PATTERN } from './endpoints';
import { SignedClient, type RetryPolicy } from './http';
import { redactor } from './redact';
import { UsageError } from './sign-command';

export const COLLECT_USAGE = `Usage: HUAWEICLOUD_SDK_AK=… HUAWEICLOUD_SDK_SK=… npm run collect -- [--region cn-north-4]… [--out snapshot.json] [--endpoint URL]`;

export const EXIT = { ok: 0, error: 1, usage: 2, refused: 3, incomplete: 4 } as const;

export interface CollectIo {
  log: (line: string) => void;
  error: (line: string) => void;
  writeFile: (path: string, text: string) => void;
  retry?: RetryPolicy;
  now?: () => Date;
}

const defaultIo: CollectIo = { log: (l) => console.log(l), error: (l) => console.error(l), writeFile: (p, t) => writeFileSync(p, t) };

export async function runCollect(argv: string[], env: NodeJS.ProcessEnv, io: CollectIo = defaultIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      region: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: 'snapshot.json' },
      endpoint: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    io.log(COLLECT_USAGE);
    return EXIT.ok;
  }
  const ak = env.HUAWEICLOUD_SDK_AK?.trim();
  const sk = env.HUAWEICLOUD_SDK_SK?.trim();
  const securityToken = env.HUAWEICLOUD_SDK_SECURITY_TOKEN?.trim() || undefined;
  if (!ak || !sk) throw new UsageError(`Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK in the environment (keys are never taken from flags).\n${COLLECT_USAGE}`);
  const regions = values.region.length > 0 ? [...new Set(values.region)] : ['cn-north-4'];
  for (const r of regions) if (!REGION_PATTERN.test(r)) throw new UsageError(`--region "${r}" is not a region id such as cn-north-4.`);
  if (values.endpoint !== undefined) {
    try {
      const u = new URL(values.endpoint);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      throw new UsageError(`--endpoint "${values.endpoint}" is not an http(s) URL.`);
    }
  }
  const redact = redactor({ ak, sk, securityToken });
  const client = new SignedClient({ credentials: { ak, sk, ...(securityToken ? { securityToken } : {}) }, ...(io.retry ? { retry: io.retry } : {}) });
  const started = Date.now();
  try {
    const { snapshot, report } = await collect({ client, endpoints: endpointsFor(values.endpoint), regions, accessKey: ak, ...(io.now ? { now: io.now } : {}) });
    io.writeFile(values.out, redact(JSON.stringify(snapshot, null, 2)) + '\n');
    io.log(redact(formatReport(report)));
    const s = snapshot;
    io.log(
      `\nWrote ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${s.users.length} users, ${s.groups.length} groups, ${s.policies.length} policies, ${s.attachments.length} attachments, ${s.agencies.length} agencies, ${s.authorizations.length} authorizations, ${s.workspaces.length} workspaces.`,
    );
    if (!report.complete) {
      io.error(redact(`collect: the snapshot is INCOMPLETE (marked so in ${values.out}); grant the missing permissions listed above and run again.`));
      return EXIT.incomplete;
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CredentialRefused) {
      io.error(redact(`collect: the signature or credential was refused — ${e.message}. Check HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK (and the security token of temporary keys) and the computer's clock. Nothing was written.`));
      return EXIT.refused;
    }
    if (e instanceof CollectAbort) {
      io.error(redact(`collect: ${e.message} Nothing was written.`));
      return EXIT.error;
    }
    throw e;
  }
}
