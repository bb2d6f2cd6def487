/** Parse and validate policy text (parsePolicy also validates, with text positions). */
import type { Finding } from '../model';
import { parsePolicy } from '../parse';

export interface TextValidation {
  valid: boolean;
  findings: Finding[];
}

export function validatePolicyText(text: string, options: { kind?: 'custom' | 'system'; name?: string } = {}): TextValidation {
  const findings = parsePolicy(text, options).findings;
  return { valid: !findings.some((f) => f.severity === 'error'), findings };
}
