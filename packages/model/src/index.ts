/**
 * `@siae/model`: zod schemas, types, code lists and the parcours stage machine of the French
 * insertion par l'activité économique (IAE).
 *
 * @packageDocumentation
 */
export * from './codes';
export * from './dates';
export * from './errors';
export * from './primitives';
export * from './schemas';
export * from './parcours';
export * from './parameters';
