/**
 * What Global Configuration's Delete and Clear load on first use, in one chunk: the consequence
 * dialog (it brings the policy engine) and the Copy as Terraform / KooCLI generator. The first
 * route must not carry either (scripts/check-bundle.mjs, 200 kB).
 */
export { confirmConsequences } from '@/components/consequence/confirm-consequences';
export { authorizationsAsCode } from '@/iam/export/authorizations';
