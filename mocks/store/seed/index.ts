/**
 * The seed organisation (docs/api.md "The seed organisation"): the account `acme` with 37 IAM users in
 * ten groups, 2 federated users, 3 enterprise projects, 2 region projects, 4 workspaces, system and
 * custom policies attached with every scope type, agencies with their grants and per-user
 * authorizations region by region (no all-users row; cn-east-3 has a smaller set), strict mode.
 *
 * Showcase users for scenario `training-management` (region p-cn-north-4, default workspace;
 * in cn-east-3 only maya of them is authorized):
 * - maya  ready: data-scientists (ModelArts Developer on both regions, OBS Access for ModelArts and
 *         ModelArts Agency Use globally) + her own agency with OBS rights.
 * - omar  missing OBS: group mlops has the ModelArts and IAM policies but no OBS policy.
 * - dana  blocked by a Deny: also in contractors, which holds "Deny Training Jobs" on all resources.
 * - wes   like maya, but the Internal workspace vision-lab does not grant him.
 * - nora  like maya, but no authorization (no agency).
 * - liam  analysts: OBS and agency use but no ModelArts policy; strict → denied, non-strict → ready.
 *
 * Everything is deterministic: fixed ids and times, and a seeded PRNG for the large organisation.
 */
import { buildLargeSeed } from './large';
import { buildSeed } from './organisation';

export * from './constants';
export { CUSTOM_POLICIES } from './custom-policies';
export { LARGE_SIZES } from './large';
export { buildLargeSeed, buildSeed };

/** Aliases: the seed organisation and the large one. */
export const seed = buildSeed;
export const seedLarge = buildLargeSeed;
