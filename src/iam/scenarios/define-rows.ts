/**
 * Builders for scenario rows (docs/policy-semantics.md §4, docs/scenarios.md). A row is one row of a seed 001
 * table: "Table 4" · "Training management · OBS" and the actions it lists.
 */
import { OBS_MODELARTS_TRAINING } from '../catalog/obs-for-modelarts';
import type { ScenarioFeature, ScenarioRow } from '../model';

interface RowOptions {
  feature?: ScenarioFeature;
  when?: 'workspace';
}

function row(side: ScenarioRow['side'], table: number, label: string, actions: string[], options: RowOptions): ScenarioRow {
  return { side, table: `Table ${table}`, row: label, actions, ...options };
}

/** A row of tables 1–9: what the user needs. */
export function userRow(table: number, label: string, actions: string[], options: RowOptions = {}): ScenarioRow {
  return row('user', table, label, actions, options);
}

/** A row of tables 10–14: what the agency needs. */
export function agencyRow(table: number, label: string, actions: string[], options: RowOptions = {}): ScenarioRow {
  return row('agency', table, label, actions, options);
}

/** The mandatory basic function of Table 1, required by every scenario but global-configuration. */
export const TOKENS_ASSUME_ROW: ScenarioRow = {
  side: 'user',
  table: 'Table 1',
  row: 'Basic function · IAM',
  actions: ['iam:tokens:assume'],
  source: 'engine',
};

/** docs/policy-semantics.md §4: a scenario whose table lists only dependencies also needs its own actions. */
export function ownActionsRow(pattern: string): ScenarioRow {
  return { side: 'user', table: 'docs/policy-semantics.md §4', row: 'Own ModelArts actions', actions: [pattern], source: 'engine' };
}

/** Seed 001 Tables 5 and 6 (OBS rows): the Table 3/4 list without ModifyObjectMetaData, 15 actions. */
export function obsModelArtsTables5And6(): string[] {
  return OBS_MODELARTS_TRAINING.filter((action) => action !== 'obs:object:ModifyObjectMetaData');
}
