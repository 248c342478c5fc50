/**
 * `@siae/sql`: the exit rates of `@siae/indicators` as SQL for DuckDB and PostgreSQL, generated
 * from the same parameter objects (mappings, thresholds, variants) and proven equal to the
 * functions by property tests.
 *
 * @packageDocumentation
 */
export * from './dialect';
export * from './parameters';
export * from './exitRates';
export * from './records';
export * from './dataset';
export * from './datasetRows';
export * from './views';
export * from './datasetIndicators';
export * from './results';
