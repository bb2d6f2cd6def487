export type { AgencyRoles, ChangePlan, PlannedPolicy } from './change-plan';
export { toTerraform } from './terraform';
export { toKooCli } from './koocli';
