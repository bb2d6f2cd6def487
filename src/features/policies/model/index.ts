/** The pure model of the policy editor (issue 6): visual blocks, JSON conversion, summary, checks. */
export * from './visual-model';
export * from './from-document';
export * from './summary';
export * from './no-new-access';
export * from './templates';
export * from './pattern-count';
export * from './character-count';
export { grantDifferences, probeActions, probeContexts, probeResources, type GrantDifference } from './compare-grants';
export * from './editor-text';
export * from './draft-storage';
export * from './saved-base';
