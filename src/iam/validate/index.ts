export { FINDING_CODES, type FindingCode, LIMITS, SEVERITY_BY_CODE } from './codes';
export { isPolicyShape, validatePolicy, type ValidateOptions } from './validate-policy';
