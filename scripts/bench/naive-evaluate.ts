/**
 * The naive baseline the bench compares against: a linear scan of every statement that builds
 * one RegExp per Action entry on every call, with the conditions the workload uses.
 */
import type { ContextValue, Decision, PolicyDocument, PolicyRequest } from '../../src/iam/model';

function toRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

function ipv4(text: string): number {
  return text.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function inCidr(ip: string, cidr: string): boolean {
  const [base = '', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ipv4(ip) / size) === Math.floor(ipv4(base) / size);
}

function holds(operator: string, values: unknown[], value: ContextValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  switch (operator) {
    case 'StringEquals':
      return values.some((v) => v === value);
    case 'IpAddress':
      return values.some((v) => inCidr(String(value), String(v)));
    case 'Bool':
      return values.some((v) => String(v).toLowerCase() === String(value).toLowerCase());
    case 'NumberLessThan':
      return values.some((v) => Number(value) < Number(v));
    default:
      return false;
  }
}

export function naiveEvaluate(policies: readonly PolicyDocument[], request: PolicyRequest): Decision {
  let allowed = false;
  for (const policy of policies) {
    for (const st of policy.Statement) {
      const actions = typeof st.Action === 'string' ? [st.Action] : st.Action;
      if (!actions.some((a) => toRegExp(a).test(request.action))) continue;
      const conditions = Object.entries(st.Condition ?? {});
      const ok = conditions.every(([op, keys]) =>
        Object.entries(keys).every(([key, raw]) => holds(op, Array.isArray(raw) ? raw : [raw], request.context?.[key])),
      );
      if (!ok) continue;
      if (st.Effect.toLowerCase() === 'deny') return 'explicit_deny';
      allowed = true;
    }
  }
  return allowed ? 'allow' : 'implicit_deny';
}
