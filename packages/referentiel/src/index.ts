/**
 * `@siae/referentiel`: the référentiel's four axes (both editions of seed 000), the CEDRE
 * processes, the INAÉ quality grid and the PLIE technical référentiel as versioned data, with
 * queries, links to the parcours and the indicators, and an offre de services self-assessment.
 *
 * @packageDocumentation
 */
export * from './assess/assess';
export * from './compare/compareEditions';
export * from './editions';
export { type ActionHit, type ActionLinks, actionLinks, allActionLinks, allActions, getReferentiel, listEditions } from './data';
export * from './grids/cedre';
export * from './grids/inae';
export * from './grids/plie';
export * from './query/find';
export * from './render';
export * from './schema';
export * from './types';
