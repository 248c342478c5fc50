/**
 * Reading the ASP's FluxIAE export (the State's monthly declarations, as the public pipeline
 * gip-inclusion/pilotage-airflow loads them) into the `@siae` dataset. The parsing and mapping are
 * pure (`fluxIaeToDataset`, `createFluxIaeSession`); `loadFluxIae` streams files into them.
 *
 * @module
 */
export type { FluxIaeDataset } from './builder';
export {
  departementOfCommune,
  FLUXIAE_COLUMNS,
  FLUXIAE_DISPOSITIFS,
  FLUXIAE_PERSONAL_KEYWORDS,
  FLUXIAE_REQUIRED_COLUMNS,
  FLUXIAE_TABLES,
  type FluxIaeTable,
  fluxIaeDate,
  isPersonalColumn,
} from './format';
export { FLUXIAE_REPORT_TABLES, FluxIaeInputError, fluxIaeTableOfFile, type LoadFluxIaeOptions, loadFluxIae } from './load';
export { createFluxIaeLineParser, type FluxIaeHeaderInfo, type FluxIaeLineParser, type FluxIaeRecord, type FluxIaeSink, parseFluxIaeText } from './records';
export { ASP_REASON_ALIASES, buildFluxIaeReferences, categoryOfAspLabel, type FluxIaeReferences, reasonOfAspLabel } from './references';
export { createFluxIaeSession, type FluxIaeFileReader, type FluxIaeFileSummary, fluxIaeToDataset, type LoadedFluxIae } from './session';
