/**
 * `@siae/indicators`: the IAE indicators of the sources as pure, explained functions over cohorts.
 *
 * @packageDocumentation
 */
export * from './exits/exitRecord';
export * from './mapping/categoryMapping';
export * from './parameters/thresholds';
export * from './rates/classify';
export * from './rates/latestExit';
export * from './rates/exitRates';
export * from './financing/aideAuPoste';
export * from './financing/modulation';
export * from './rates/breakdown';
export * from './catalogue';
export * from './report/computeReport';
export { buildReportContext, exitRecordsFromDataset } from './report/checkedContext';
export type { ReportContext } from './report/context';
