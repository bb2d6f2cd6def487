/**
 * The catalog: services, actions, condition keys and system policies (data from the seeds).
 */
export { ACTIONS, actionsOfService, findAction, SERVICES_WITH_ACTIONS } from './actions';
export { CONDITION_KEY_NAMES, findConditionKey, GLOBAL_CONDITION_KEYS, SERVICE_CONDITION_KEYS } from './condition-keys';
export { inferAccessLevel } from './define-actions';
export { findService, GLOBAL_SERVICES, SERVICES, serviceKind } from './services';
export type { GlobalService } from './services';
export { COMMON_USER_POLICY_IDS, findSystemPolicy, SYSTEM_POLICIES } from './system-policies';
export { OBS_MODELARTS_MINIMUM, OBS_MODELARTS_TRAINING } from './obs-for-modelarts';
