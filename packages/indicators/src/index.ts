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
export * from './rates/wilson';
export * from './financing/aideAuPoste';
export * from './financing/arretes';
export * from './financing/modulation';
export * from './rates/breakdown';
export * from './catalogue';
export * from './report/computeReport';
export { assembleReport, type ReportParts } from './report/assembleReport';
export { UNRATED_EXITS } from './report/unratedExits';
export * from './report/grids';
export { buildReportContext, exitRecordsFromDataset } from './report/checkedContext';
export type { InterviewStats, ReportContext } from './report/context';
