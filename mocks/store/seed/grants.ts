/** Policy grants of the seed: groups (every scope type is used) and agencies. */
import type { Scope, SystemPolicy } from '@/iam/model';
import { systemPolicies } from '../../engine';
import type { AttachmentRec } from '../types';
import { ALL, EP_PRODUCTION, EP_RESEARCH, eps, GLOBAL, PROJECT_EAST, PROJECT_NORTH, projects } from './constants';

function findSystem(...names: string[]): SystemPolicy | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  return systemPolicies().find((p) => wanted.includes(p.name.toLowerCase()));
}

/** The grants with ids ra-1, ra-2, …, and the next free number. */
export function seedGrants(): { attachments: Map<string, AttachmentRec>; next: number } {
  const attachments = new Map<string, AttachmentRec>();
  let next = 1;
  const attach = (type: 'group' | 'agency', id: string, policyId: string | undefined, scope: Scope) => {
    if (!policyId) return;
    const raId = `ra-${next++}`;
    attachments.set(raId, { id: raId, principal: { type, id }, policyId, scope });
  };
  /** A system policy by name, or the custom fallback when the catalog does not hold it. */
  const sys = (fallback: string | undefined, ...names: string[]) => findSystem(...names)?.id ?? fallback;

  // Group grants: every scope type is used.
  attach('group', 'g-data-scientists', 'pol-ma-developer', projects(PROJECT_NORTH, PROJECT_EAST));
  attach('group', 'g-data-scientists', 'pol-obs-modelarts', GLOBAL);
  attach('group', 'g-data-scientists', 'pol-ma-agency-use', GLOBAL);

  attach('group', 'g-ml-engineers', sys('pol-ma-developer', 'ModelArts FullAccess'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('group', 'g-ml-engineers', sys('pol-obs-modelarts', 'OBS Administrator'), GLOBAL);
  attach('group', 'g-ml-engineers', 'pol-ma-agency-use', GLOBAL);
  attach('group', 'g-ml-engineers', 'pol-deny-billing', ALL);

  attach('group', 'g-mlops', 'pol-ma-developer', projects(PROJECT_NORTH));
  attach('group', 'g-mlops', 'pol-ma-agency-use', GLOBAL);
  attach('group', 'g-mlops', 'pol-workspace-admin', eps(EP_PRODUCTION));

  attach('group', 'g-auditors', 'pol-ma-readonly', ALL);
  attach('group', 'g-auditors', 'pol-iam-readonly', GLOBAL);
  attach('group', 'g-auditors', sys(undefined, 'OBS ReadOnlyAccess'), GLOBAL);

  attach('group', 'g-interns', 'pol-ma-developer', projects(PROJECT_NORTH));
  attach('group', 'g-interns', 'pol-deny-public-pool', projects(PROJECT_NORTH));
  attach('group', 'g-interns', 'pol-obs-modelarts', GLOBAL);
  attach('group', 'g-interns', 'pol-ma-agency-use', GLOBAL);

  attach('group', 'g-vision-team', sys('pol-ma-developer', 'ModelArts CommonOperations'), eps(EP_RESEARCH));
  attach('group', 'g-vision-team', 'pol-obs-modelarts', GLOBAL);
  attach('group', 'g-vision-team', 'pol-ma-agency-use', GLOBAL);

  attach('group', 'g-analysts', 'pol-obs-modelarts', GLOBAL);
  attach('group', 'g-analysts', 'pol-ma-agency-use', GLOBAL);

  attach('group', 'g-contractors', 'pol-deny-training', ALL);

  attach('group', 'g-labeling-team', 'pol-team-labeling', projects(PROJECT_NORTH));
  attach('group', 'g-labeling-team', 'pol-obs-modelarts', GLOBAL);

  // Agency grants.
  for (const id of ['ag-maya', 'ag-omar', 'ag-dana', 'ag-wes', 'ag-liam']) attach('agency', id, 'pol-agency-obs', GLOBAL);
  // "Common User" preset (docs/huawei-reference.md §2): CommonOperations, Tenant Administrator, OBS Administrator, ECS FullAccess, SWR Administrator.
  attach('agency', 'ag-ravi', sys('pol-ma-developer', 'ModelArts CommonOperations'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('agency', 'ag-ravi', sys(undefined, 'Tenant Administrator'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('agency', 'ag-ravi', sys('pol-agency-obs', 'OBS Administrator'), GLOBAL);
  attach('agency', 'ag-ravi', sys(undefined, 'ECS FullAccess'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('agency', 'ag-ravi', sys(undefined, 'SWR Administrator', 'SWR Admin'), projects(PROJECT_NORTH, PROJECT_EAST));
  attach('agency', 'ag-develop', sys('pol-agency-obs', 'OBS Administrator'), GLOBAL);
  attach('agency', 'ag-partner', 'pol-ma-readonly', projects(PROJECT_NORTH));
  return { attachments, next };
}
