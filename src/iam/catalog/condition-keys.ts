/**
 * Known condition keys (docs/policy-semantics.md §1, docs/huawei-reference.md §4.4). Global keys carry the `g:` prefix;
 * service keys carry the service prefix. Keys compare case-insensitively (docs/policy-semantics.md §1, ours).
 */
import type { ConditionKeySpec } from '../model';

export const GLOBAL_CONDITION_KEYS: readonly ConditionKeySpec[] = [
  { key: 'g:CurrentTime', type: 'date', description: 'The time of the request (ISO 8601, UTC when no zone).' },
  { key: 'g:DomainName', type: 'string', description: 'The account (domain) name.' },
  { key: 'g:MFAPresent', type: 'bool', description: 'Whether the token was obtained with multi-factor authentication.' },
  { key: 'g:MFAAge', type: 'number', description: 'Seconds since the MFA-authenticated token was issued.' },
  { key: 'g:ProjectName', type: 'string', description: 'The project (region) the request is made in.' },
  { key: 'g:ServiceName', type: 'string', description: 'The name of the requested service.' },
  { key: 'g:UserId', type: 'string', description: 'The IAM user id of the caller.' },
  { key: 'g:UserName', type: 'string', description: 'The IAM user name of the caller.' },
  { key: 'g:EnterpriseProjectId', type: 'string', description: 'The enterprise project of the resource.' },
  { key: 'g:SourceIp', type: 'ip', description: "The caller's IP address (for IpAddress / NotIpAddress)." },
  { key: 'g:PKITokenIssueTime', type: 'date', description: 'When the PKI token was issued.' },
  { key: 'g:ResourceTag/', type: 'string', prefix: true, description: 'The value of a tag on the resource (g:ResourceTag/<key>).' },
  { key: 'g:RequestTag/', type: 'string', prefix: true, description: 'The value of a tag in the request (g:RequestTag/<key>).' },
  { key: 'g:TagKeys', type: 'list', multiValued: true, description: 'The tag keys in the request (a list).' },
];

/** Service condition keys (ModelArts: docs/huawei-reference.md §4.4; OBS: our best knowledge of its request keys). */
export const SERVICE_CONDITION_KEYS: readonly ConditionKeySpec[] = [
  { key: 'modelarts:poolType', type: 'string', description: 'The resource pool type of the job, e.g. "public".' },
  { key: 'modelarts:poolId', type: 'string', description: 'The id of the dedicated resource pool of the job.' },
  { key: 'obs:prefix', type: 'string', description: 'The object name prefix of a list request.' },
  { key: 'obs:delimiter', type: 'string', description: 'The delimiter of a list request.' },
  { key: 'obs:max-keys', type: 'number', description: 'The maximum number of objects a list request returns.' },
  { key: 'obs:versionid', type: 'string', description: 'The object version of the request.' },
  { key: 'obs:x-obs-acl', type: 'string', description: 'The canned ACL in the request.' },
];

const EXACT = new Map<string, ConditionKeySpec>();
const PREFIXES: ConditionKeySpec[] = [];
for (const spec of [...GLOBAL_CONDITION_KEYS, ...SERVICE_CONDITION_KEYS]) {
  if (spec.prefix) PREFIXES.push(spec);
  else EXACT.set(spec.key.toLowerCase(), spec);
}

/** The spec of a condition key (case-insensitive; `g:ResourceTag/team` → the g:ResourceTag/ spec). */
export function findConditionKey(key: string): ConditionKeySpec | undefined {
  const lower = key.toLowerCase();
  const exact = EXACT.get(lower);
  if (exact) return exact;
  return PREFIXES.find((p) => lower.startsWith(p.key.toLowerCase()) && lower.length > p.key.length);
}

/** Every documented key name, for "did you mean" suggestions. */
export const CONDITION_KEY_NAMES: readonly string[] = [...GLOBAL_CONDITION_KEYS, ...SERVICE_CONDITION_KEYS]
  .filter((s) => !s.prefix)
  .map((s) => s.key);
