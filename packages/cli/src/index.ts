/**
 * `@siae/cli`: the `siae` command and its pure pieces (column mapping, CSV reading, report
 * renderers) for vendors who want them in their own tools.
 *
 * @packageDocumentation
 */
export type { RowIssue } from './input/convert';
export { convertCell } from './input/convert';
export { type LoadedDataset, loadDataset } from './input/loadDataset';
export { type ReadCsvOptions, readTableCsv, rowFromRecord } from './input/readCsv';
export type { CliIo } from './io';
export { main } from './main';
export { type ColumnSpec, type ColumnType, defaultMapping, type TableMapping } from './mapping/defaultMapping';
export { applyUserMapping, tableForFile, type UserMapping, userMappingSchema } from './mapping/userMapping';
export { renderReportCsv, renderReportHtml, renderReportMarkdown, renderReportText } from './render/report';
