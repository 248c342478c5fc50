/**
 * `@siae/sample-data`: a seeded, deterministic generator of realistic IAE datasets.
 *
 * @packageDocumentation
 */
export * from './generate';
export * from './random';
export * from './sample';
export * from './fluxiae';
