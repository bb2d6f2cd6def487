/** POST /v3.0/OS-ROLE/roles — saves a fix policy as a custom policy (AX = global, XA = project-level). */
import { request } from '@/api/client';
import { createRoleSchema, roleResponseSchema, type Role } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import type { PolicyDocument, ServiceKind } from '@/iam';

export async function createRole(name: string, description: string, kind: ServiceKind, document: PolicyDocument): Promise<Role> {
  const body = createRoleSchema.parse({
    role: { display_name: name, type: kind === 'global' ? 'AX' : 'XA', description, policy: document },
  });
  const res = await request(buildPath('roles'), roleResponseSchema, { method: 'POST', body });
  return res.role;
}
