/** Every scenario of docs/policy-semantics.md §4 / docs/scenarios.md, in seed 001 table order. */
import type { Scenario } from '../../model';
import { CONFIGURATION_SCENARIOS } from './configuration';
import { DATASET_SCENARIOS } from './datasets';
import { MODEL_AND_SERVICE_SCENARIOS } from './models-and-services';
import { NOTEBOOK_SCENARIOS } from './notebooks';
import { RESOURCE_SCENARIOS } from './resources';
import { TRAINING_SCENARIOS } from './training';
import { WORKFLOW_SCENARIOS } from './workflow';

export const SCENARIOS: readonly Scenario[] = [
  ...CONFIGURATION_SCENARIOS,
  ...NOTEBOOK_SCENARIOS,
  ...TRAINING_SCENARIOS,
  ...WORKFLOW_SCENARIOS,
  ...MODEL_AND_SERVICE_SCENARIOS,
  ...DATASET_SCENARIOS,
  ...RESOURCE_SCENARIOS,
];
