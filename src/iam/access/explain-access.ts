/**
 * Plain English sentences for access results (docs/policy-semantics.md §3: `explanation`), each with its code
 * and params (`explanationParts`, see ExplanationPart) so a UI can word it in another language.
 */
import { EXPLANATION_LIST_SEPARATOR, type ExplanationPart, type FindingParams, type SnapshotUser, type SnapshotWorkspace, type StatementRef } from '../model';
import type { IdentityVerdict } from './evaluate-identity';

/** Every explanation code; `agency-used` has the variant `allUsers` ("(the authorization for all users)"). */
export const EXPLANATION_CODES = [
  'unknown-user',
  'root-user',
  'admin-group',
  'admin-group-policy',
  'allowed-by-policy',
  'loose-mode',
  'denied-by-policy',
  'out-of-scope',
  'no-matching-allow',
  'missing-context-keys',
  'conditional-allow',
  'loose-mode-would-allow',
  'loose-mode-would-not-allow',
  'workspace-missing',
  'workspace-private',
  'workspace-internal',
  'workspace-admits',
  'no-agency',
  'agency-used',
] as const;
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];

/** One sentence of an explanation: the English text and what it says. */
export interface Sentence {
  text: string;
  part: ExplanationPart;
}

function sentence(code: ExplanationCode, params: FindingParams, text: string): Sentence {
  return { text, part: { code, params } };
}

const quote = (name: string) => `"${name}"`;

/** A list of names as the sentence shows it (`text`) and as a list param (`param`). */
function quoteList(items: readonly string[]): { text: string; param: string } {
  const quoted = items.map(quote);
  const last = quoted.length > 1 ? ` and ${quoted[quoted.length - 1]}` : '';
  return { text: `${quoted.slice(0, last === '' ? undefined : -1).join(', ')}${last}`, param: quoted.join(EXPLANATION_LIST_SEPARATOR) };
}

function policyNames(statements: readonly StatementRef[]): string[] {
  const first = statements[0];
  if (statements.length === 1 && first !== undefined) return [first.policyName ?? first.policyId ?? `policy ${first.policyIndex + 1}`];
  const names: string[] = [];
  for (const s of statements) {
    const name = s.policyName ?? s.policyId ?? `policy ${s.policyIndex + 1}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

export function explainUnknownUser(user: string): Sentence {
  const who = quote(user);
  return sentence('unknown-user', { user: who }, `No user with the id or name ${who} exists in this organisation.`);
}

export function explainIdentity(user: SnapshotUser, action: string, verdict: IdentityVerdict): Sentence[] {
  const who = quote(user.name);
  switch (verdict.reason) {
    case 'root':
      return [sentence('root-user', { user: who }, `${who} is the account's root user, who has every permission by default; policies do not restrict it.`)];
    case 'admin_group': {
      const out = [sentence('admin-group', { user: who, action }, `${who} is a member of the admin group, which implicitly allows every action, including ${action}.`)];
      if (verdict.statements.length > 0) {
        const policies = quoteList(policyNames(verdict.statements));
        out.push(sentence('admin-group-policy', { policies: policies.param }, `The policy ${policies.text} also allows it.`));
      }
      return out;
    }
    case 'allowed_by_policy': {
      const policies = quoteList(policyNames(verdict.statements));
      return [sentence('allowed-by-policy', { policies: policies.param, user: who, action }, `The policy ${policies.text}, attached to a group of ${who}, allows ${action}.`)];
    }
    case 'loose_mode':
      return [
        sentence(
          'loose-mode',
          { user: who, action },
          `No policy of ${who} allows ${action}, but the account uses non-strict authorization: IAM users may use ModelArts unless a policy denies it.`,
        ),
      ];
    case 'denied_by_policy': {
      const policies = quoteList(policyNames(verdict.statements));
      return [
        sentence(
          'denied-by-policy',
          { policies: policies.param, action, user: who },
          `The policy ${policies.text} explicitly denies ${action} to ${who}; a Deny always wins over an Allow.`,
        ),
      ];
    }
    case 'out_of_scope': {
      const policies = quoteList(verdict.outOfScopePolicies ?? []);
      return [
        sentence(
          'out-of-scope',
          { policies: policies.param, action },
          `The policy ${policies.text} would allow ${action}, but its authorization scope does not cover this request's project or enterprise project.`,
        ),
      ];
    }
    default:
      return [sentence('no-matching-allow', { user: who, action }, `No policy attached to the groups of ${who} allows ${action} within the request's scope.`)];
  }
}

export function explainLooseMode(wouldAllow: boolean): Sentence {
  return wouldAllow
    ? sentence('loose-mode-would-allow', {}, 'In non-strict authorization mode this request would be allowed.')
    : sentence('loose-mode-would-not-allow', {}, 'Non-strict authorization mode would not allow this request either.');
}

export function explainWorkspaceRefusal(user: SnapshotUser, workspaceId: string | undefined, workspace: SnapshotWorkspace | undefined): Sentence {
  if (workspace === undefined) {
    const id = quote(workspaceId ?? '');
    return sentence('workspace-missing', { workspace: id }, `The workspace ${id} does not exist, so ModelArts refuses the request.`);
  }
  const params = { workspace: quote(workspace.name), user: quote(user.name) };
  if (workspace.authType === 'PRIVATE') {
    return sentence(
      'workspace-private',
      params,
      `The workspace ${params.workspace} is PRIVATE: only its owner and the root user may use it, and ${params.user} is neither.`,
    );
  }
  return sentence('workspace-internal', params, `The workspace ${params.workspace} is INTERNAL: ${params.user} is not its owner, the root user or a granted user.`);
}

export function explainWorkspaceAdmits(workspace: SnapshotWorkspace): Sentence {
  const name = quote(workspace.name);
  return sentence('workspace-admits', { workspace: name, authType: workspace.authType }, `The workspace ${name} (${workspace.authType}) admits the user.`);
}

export function explainNoAgency(user: SnapshotUser): Sentence {
  const who = quote(user.name);
  return sentence(
    'no-agency',
    { user: who },
    `ModelArts acts through an agency, and neither ${who} nor all users have an agency authorization in Global Configuration.`,
  );
}

export function explainAgency(agencyName: string, allUsers: boolean): Sentence {
  const agency = quote(agencyName);
  return allUsers
    ? sentence('agency-used', { variant: 'allUsers', agency }, `ModelArts acts through the agency ${agency} (the authorization for all users).`)
    : sentence('agency-used', { agency }, `ModelArts acts through the agency ${agency}.`);
}

export function explainMissingKeys(keys: readonly string[]): Sentence {
  const list = quoteList(keys);
  return sentence('missing-context-keys', { keys: list.param }, `The request has no value for ${list.text}, which a policy condition needs.`);
}

/**
 * Replaces the "no policy allows" sentence of a refusal that is Conditional (docs/policy-semantics.md
 * §3 "Conditional": values for the lacking keys would allow it) by one naming the keys and the
 * policies whose statements read them; the sentence on the missing keys then says nothing more.
 */
export function explainConditionalRefusal(user: SnapshotUser, action: string, sentences: Sentence[], keys: readonly string[], statements: readonly StatementRef[]): Sentence[] {
  const at = sentences.findIndex((s) => s.part.code === 'no-matching-allow');
  if (at < 0) return sentences;
  const who = quote(user.name);
  const keyList = quoteList(keys);
  const policies = quoteList(policyNames(statements));
  const conditional = sentence(
    'conditional-allow',
    { user: who, action, keys: keyList.param, policies: policies.param },
    `Whether ${who} may do ${action} depends on ${keyList.text}, which the request lacks and a condition in ${policies.text} reads: with other values the request could be allowed.`,
  );
  const covered = new Set(keys.map((k) => k.toLowerCase()));
  return sentences.flatMap((s, i) => {
    if (i === at) return [conditional];
    const missing = s.part.code === 'missing-context-keys' ? String(s.part.params.keys ?? '').split(EXPLANATION_LIST_SEPARATOR) : undefined;
    return missing !== undefined && missing.every((k) => covered.has(k.slice(1, -1).toLowerCase())) ? [] : [s];
  });
}

export interface AccessExplainInput {
  user: SnapshotUser;
  action: string;
  identity: IdentityVerdict;
  /** The ModelArts layer that refused an identity-allowed request. */
  blocked: 'workspace' | 'agency' | null;
  looseModeWouldAllow: boolean | undefined;
  workspaceChecked: boolean;
  workspaceId: string | undefined;
  workspace: SnapshotWorkspace | undefined;
  /** The agency authorization used, when the agency layer applied and passed. */
  authorization: { content: string; userType: string } | undefined;
}

/** Every sentence of an access result, most important first. */
export function explainAccess(input: AccessExplainInput): Sentence[] {
  const { user, identity } = input;
  const out = explainIdentity(user, input.action, identity);
  if (identity.decision !== 'allow') {
    if (identity.missingContextKeys.length > 0) out.push(explainMissingKeys(identity.missingContextKeys));
    if (input.looseModeWouldAllow !== undefined) out.push(explainLooseMode(input.looseModeWouldAllow));
    return out;
  }
  if (input.blocked === 'workspace') {
    out.push(explainWorkspaceRefusal(user, input.workspaceId, input.workspace));
    return out;
  }
  if (input.workspaceChecked && input.workspace !== undefined) out.push(explainWorkspaceAdmits(input.workspace));
  if (input.blocked === 'agency') out.push(explainNoAgency(user));
  else if (input.authorization !== undefined) {
    out.push(explainAgency(input.authorization.content, input.authorization.userType === 'all-users'));
  }
  return out;
}

