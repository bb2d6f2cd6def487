/** PUT /v3/groups/{group_id}/users/{user_id}. */
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';

export async function addUserToGroup(groupId: string, userId: string): Promise<void> {
  await request(buildPath('groupUser', { groupId, userId }), z.unknown(), { method: 'PUT' });
}
