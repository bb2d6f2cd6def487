/** POST /v3/groups — the new group that holds only the user a fix is for. */
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { createGroupSchema, groupSchema, type Group } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';

const groupResponseSchema = z.object({ group: groupSchema });

export async function createGroup(name: string, description: string): Promise<Group> {
  const body = createGroupSchema.parse({ group: { name, description } });
  const res = await request(buildPath('groups'), groupResponseSchema, { method: 'POST', body });
  return res.group;
}
