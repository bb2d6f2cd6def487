export type { AgencyRoles, ChangePlan, PlannedPolicy } from './change-plan';
export { toTerraform } from './terraform';
export { toKooCli } from './koocli';
export type { GrantScope, GrantsPlan, PlannedGrant } from './grants';
export { grantsToKooCli, grantsToTerraform } from './grants';
export type { MembershipPlan } from './memberships';
export { membershipsAsCode, membershipsToKooCli, membershipsToTerraform } from './memberships';
export { revokesAsCode, revokesToKooCli, revokesToTerraform } from './revokes';
