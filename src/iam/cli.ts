/**
 * The engine CLI (docs/policy-semantics.md §5):
 *   npm run --silent iam -- eval FILE       one JSON line per case of a case file; exit 0 unless unreadable
 *   npm run --silent iam -- validate FILE   findings of a policy file; exit 1 when any is an error
 */
import { readFileSync } from 'node:fs';
import type { CaseFile } from './cli/case-file';
import { formatFindings } from './cli/format-findings';
import { runCaseFile } from './cli/run-cases';
import { validatePolicyText } from './cli/validate-text';

const USAGE = 'usage: iam eval CASEFILE.json | iam validate POLICY.json\n';

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
}

function runEval(file: string): number {
  const text = readText(file);
  if (text === null) return 2;
  let parsed: CaseFile;
  try {
    parsed = JSON.parse(text) as CaseFile;
  } catch (e) {
    process.stderr.write(`${file} is not JSON: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const lines = runCaseFile(parsed);
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
}

function runValidate(file: string): number {
  const text = readText(file);
  if (text === null) return 2;
  const result = validatePolicyText(text);
  process.stdout.write(`${formatFindings(file, result.findings).join('\n')}\n`);
  return result.valid ? 0 : 1;
}

function main(argv: readonly string[]): number {
  const [command, file] = argv;
  if (file === undefined || (command !== 'eval' && command !== 'validate')) {
    process.stderr.write(USAGE);
    return 2;
  }
  return command === 'eval' ? runEval(file) : runValidate(file);
}

process.exitCode = main(process.argv.slice(2));
