/** The seed's four workspaces: the default one and three bound to enterprise projects. */
import { defaultQuotas } from '../quotas';
import type { WorkspaceRec } from '../types';
import { daysAgo, EP_DEFAULT, EP_PRODUCTION, EP_RESEARCH, ROOT_USER_ID, WS_DEFAULT, WS_LLM_FINETUNE, WS_NLP_SANDBOX, WS_VISION_LAB } from './constants';

export function seedWorkspaces(): Map<string, WorkspaceRec> {
  const workspaces = new Map<string, WorkspaceRec>();
  const ws = (w: Omit<WorkspaceRec, 'status' | 'version' | 'quotas' | 'updateTime'> & { used: number[]; updated: number }) => {
    const { used, updated, ...rest } = w;
    workspaces.set(w.id, { ...rest, status: 'NORMAL', version: 1, updateTime: updated, quotas: defaultQuotas(updated, used) });
  };
  ws({ id: WS_DEFAULT, name: 'default', enterpriseProjectId: EP_DEFAULT, authType: 'PUBLIC', owner: ROOT_USER_ID, grants: [], description: 'Default workspace', createTime: daysAgo(400), updated: daysAgo(400), used: [7, 12, 8, 3, 21] });
  ws({
    id: WS_VISION_LAB,
    name: 'vision-lab',
    enterpriseProjectId: EP_RESEARCH,
    authType: 'INTERNAL',
    owner: 'u-kai',
    grants: [{ userId: 'u-nina' }, { userId: 'u-wei' }, { userId: 'u-maya' }],
    description: 'Computer vision research: detection and segmentation models.',
    createTime: daysAgo(88),
    updated: daysAgo(15),
    used: [4, 9, 16, 2, 11],
  });
  ws({ id: WS_LLM_FINETUNE, name: 'llm-finetune', enterpriseProjectId: EP_PRODUCTION, authType: 'PRIVATE', owner: 'u-ravi', grants: [], description: 'Fine-tuning of large language models (restricted).', createTime: daysAgo(64), updated: daysAgo(3), used: [1, 6, 64, 1, 3] });
  ws({ id: WS_NLP_SANDBOX, name: 'nlp-sandbox', enterpriseProjectId: EP_RESEARCH, authType: 'PUBLIC', owner: 'u-priya', grants: [], description: 'Shared sandbox for NLP experiments.', createTime: daysAgo(80), updated: daysAgo(22), used: [5, 3, 0, 1, 8] });
  return workspaces;
}
