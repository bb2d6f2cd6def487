/** Text form of findings for `iam validate FILE`: `line:column severity code message`. */
import type { Finding } from '../model';

export function formatFindings(file: string, findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [`${file}: no findings`];
  return findings.map((f) => `${file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}${f.path ? ` (${f.path})` : ''}`);
}
