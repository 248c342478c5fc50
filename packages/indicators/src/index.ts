/**
 * `@siae/indicators`: the IAE indicators of the sources as pure, explained functions over cohorts.
 *
 * @packageDocumentation
 */
export * from './exits/exitRecord';
export * from './mapping/categoryMapping';
export * from './parameters/thresholds';
export * from './rates/classify';
export * from './rates/exitRates';
