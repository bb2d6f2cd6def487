/** Fixed ids, the clock and the scope shorthands of the seed organisation (described in ./index.ts). */
import type { Scope } from '@/iam/model';

export const DOMAIN = { id: 'd-acme', name: 'acme' } as const;
export const ROOT_USER_ID = 'u-root';
export const PROJECT_NORTH = 'p-cn-north-4';
export const PROJECT_EAST = 'p-cn-east-3';
export const EP_DEFAULT = '0';
export const EP_RESEARCH = '5aa119a8-d25b-45a7-8d1b-88e127885635';
export const EP_PRODUCTION = '9c3e7d1a-42b8-4f6e-b1d2-7e5a0c8f3b64';
export const WS_DEFAULT = '0';
export const WS_VISION_LAB = '4f6c1d2ab8e94e0f9a7c35d21b6e8f03';
export const WS_LLM_FINETUNE = 'b7e2a9c4d1f0483e8c6a2f5d9e1b7a40';
export const WS_NLP_SANDBOX = 'c91d5e7f3a2b4c6d8e0f1a2b3c4d5e6f';

/** 2025-11-03 09:00 UTC: "now" of the seed; other times are days before it. */
const T0 = Date.UTC(2025, 10, 3, 9, 0, 0);
const DAY = 86_400_000;
export const daysAgo = (d: number, minutes = 0) => T0 - d * DAY + minutes * 60_000;

export const projects = (...ids: string[]): Scope => ({ type: 'projects', ids });
export const eps = (...ids: string[]): Scope => ({ type: 'enterpriseProjects', ids });
export const GLOBAL: Scope = { type: 'global' };
export const ALL: Scope = { type: 'all' };

export const MODELARTS_AGENCY_DESCRIPTION = 'Created by ModelArts service.';
