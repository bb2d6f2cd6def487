/**
 * A change to an account, as code: the input of the Terraform and KooCLI generators (pure, no
 * clock). Built by the analyzer from a fix plan and the organisation snapshot.
 */
import type { PolicyDocument, ServiceKind } from '../model';

export interface PlannedPolicy {
  /** Stable key within the plan ("user-0"). */
  key: string;
  name: string;
  description: string;
  /** global → IAM type AX, granted on the account ("Global services"); project → XA, on the region project. */
  kind: ServiceKind;
  document: PolicyDocument;
}

/** An agency's current grants, by policy name (what huaweicloud_identity_agency lists). */
export interface AgencyRoles {
  domain: string[];
  allResources: string[];
  projects: Array<{ project: string; roles: string[] }>;
  enterpriseProjects: Array<{ enterpriseProject: string; roles: string[] }>;
}

export interface ChangePlan {
  /** One line: what the change is for. */
  title: string;
  domainId: string;
  region: { projectId: string; projectName: string };
  policies: PlannedPolicy[];
  /** Where the user-side policies go; absent when there are none. */
  group?:
    | { kind: 'new'; name: string; description: string; user: { id: string; name: string } }
    | { kind: 'existing'; id: string; name: string };
  /** Keys of the policies granted to the group. */
  groupGrants: string[];
  agency?: {
    id: string;
    name: string;
    /** The delegated account (trust_domain_name); null when the snapshot does not say. */
    delegate: string | null;
    duration: string | null;
    description: string;
    current: AgencyRoles;
    /** Keys of the policies granted to the agency. */
    grants: string[];
  };
}
