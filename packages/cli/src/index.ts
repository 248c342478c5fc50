/**
 * `@siae/cli`: the `siae` command and its pure pieces (column mapping, CSV reading, report
 * renderers) for vendors who want them in their own tools.
 *
 * @packageDocumentation
 */
export type { CellResult, RowIssue } from './input/convert';
export { convertCell, parseFrenchDate, parseFrenchMonth, parseFrenchNumber } from './input/convert';
export { CSV_DELIMITERS, type CsvDelimiter, CsvParser, type CsvSyntaxError, detectDelimiter } from './input/csvParser';
export { type DecodingNote, decodeBuffer, detectEncoding, encodeWindows1252, INPUT_ENCODINGS, type InputEncoding } from './input/decode';
export { type LoadedDataset, type LoadedFile, type LoadOptions, loadDataset, type RowOrigin } from './input/loadDataset';
export { readJsonFile } from './input/readJson';
export { checkPlausibleDate, PLAUSIBLE_BIRTH_DATES, PLAUSIBLE_DATES } from './input/plausible';
export { type ReadCsvOptions, type ReadCsvResult, readTableCsv, rowFromRecord } from './input/readCsv';
export type { CliIo } from './io';
export { main } from './main';
export { type ColumnSpec, type ColumnType, defaultMapping, type TableMapping } from './mapping/defaultMapping';
export { applyUserMapping, tableForFile, type UserMapping, userMappingSchema } from './mapping/userMapping';
export { type ReportCsvOptions, type ReportRenderExtras, renderReportCsv, renderReportHtml, renderReportMarkdown, renderReportText } from './render/report';
export * from './input/fluxiae';
