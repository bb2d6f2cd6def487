/**
 * Whole-policy rules: the custom-policy limits (6,144 characters, name ≤ 128), the rule that a
 * custom policy holds project-level or global services but not both, and Deny-only policies.
 */
import type { ServiceRef } from './check-actions';
import { LIMITS } from './codes';
import type { IssueSink, PathSegment } from './issue';
import type { StatementSummary } from './check-statement';

export function checkLength(sink: IssueSink, doc: unknown): void {
  let length: number;
  try {
    length = JSON.stringify(doc)?.length ?? 0;
  } catch {
    return; // not serialisable (cycles, depth): other findings already explain the shape
  }
  if (length > LIMITS.policyChars) {
    sink.report(
      'policy-too-long',
      [],
      `The policy is ${length.toLocaleString('en-US')} characters long without whitespace; a custom policy may have at most ${LIMITS.policyChars.toLocaleString('en-US')}: use wildcards or split it.`,
      { length, max: LIMITS.policyChars },
    );
  }
}

export function checkName(sink: IssueSink, name: string): void {
  if (name.trim() === '') {
    sink.report('policy-name-empty', [], 'The policy needs a name.', {});
  } else if (name.length > LIMITS.policyName) {
    sink.report('policy-name-too-long', [], `The policy name is ${name.length} characters long; IAM accepts at most ${LIMITS.policyName}.`, {
      length: name.length,
      max: LIMITS.policyName,
    });
  }
}

export function checkServiceKinds(sink: IssueSink, services: readonly ServiceRef[]): void {
  const first = services[0];
  if (first === undefined) return;
  const other = services.find((s) => s.kind !== first.kind);
  if (other === undefined) return;
  const names = (kind: string) => [...new Set(services.filter((s) => s.kind === kind).map((s) => s.service))].join(', ');
  const project = names('project');
  const global = names('global');
  sink.report(
    'policy-mixed-service-kinds',
    other.segments,
    `A custom policy cannot mix project-level services (${project}) and global services (${global}): create one policy for each kind and attach each with its own scope.`,
    { projectServices: project, globalServices: global },
  );
}

export function checkDenyOnly(sink: IssueSink, summaries: readonly StatementSummary[], path: readonly PathSegment[]): void {
  if (summaries.length === 0 || !summaries.every((s) => s.effect === 'Deny')) return;
  sink.report(
    'policy-deny-only',
    path,
    'Every statement of this policy is a Deny: it grants nothing by itself and only restricts what other policies allow.',
    {},
  );
}
