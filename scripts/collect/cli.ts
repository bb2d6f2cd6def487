/**
 * `npm run collect`: the read-only collector (README "Collect a real account"), and
 * `npm run collect -- sign …`, which prints the signed headers of one request.
 */
import { runSign, UsageError } from './sign-command';

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'sign') {
    console.log(runSign(argv.slice(1)));
    return 0;
  }
  const { runCollect } = await import('./collect-command');
  return runCollect(argv, process.env);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError || (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`collect: ${e.message}`);
      process.exit(2);
    }
    console.error('collect: unexpected error:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
