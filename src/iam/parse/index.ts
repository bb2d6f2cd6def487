export { MAX_NESTING, parsePolicy, type ParseResult } from './parse-policy';
