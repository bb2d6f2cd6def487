/**
 * What evaluateAccess needs to know about an action string, computed once per action and
 * memoised (bounded): its lower-case form, its service kind and which ModelArts layers apply.
 */
import { serviceKind } from '../catalog';
import { agencyLayerApplies, isModelArtsAction, workspaceLayerApplies } from './modelarts-layers';

export interface ActionFacts {
  action: string;
  lower: string;
  /** The action's service is a global one (obs, iam, …). */
  global: boolean;
  modelArts: boolean;
  /**
   * The action's service is `modelarts` (layer 3: non-strict mode allows it). True for every
   * ModelArts action and for a bare `modelarts` too, which no layer 4 or 5 check applies to.
   */
  looseMode: boolean;
  /** Layer 4 applies when the workspace function is enabled. */
  workspaceLayer: boolean;
  /** Layer 5 applies. */
  agencyLayer: boolean;
}

const FACTS_LIMIT = 4096;
const memo = new Map<string, ActionFacts>();

function serviceOf(actionLower: string): string {
  const colon = actionLower.indexOf(':');
  return colon < 0 ? actionLower : actionLower.slice(0, colon);
}

function computeFacts(action: string): ActionFacts {
  const lower = action.toLowerCase();
  return {
    action,
    lower,
    global: serviceKind(serviceOf(lower)) === 'global',
    modelArts: isModelArtsAction(lower),
    looseMode: serviceOf(lower) === 'modelarts',
    workspaceLayer: workspaceLayerApplies(lower, true),
    agencyLayer: agencyLayerApplies(lower),
  };
}

export function actionFacts(action: string): ActionFacts {
  let facts = memo.get(action);
  if (facts === undefined) {
    facts = computeFacts(action);
    if (memo.size >= FACTS_LIMIT) memo.clear();
    memo.set(action, facts);
  }
  return facts;
}
