export { DATASET_INDICATOR_COLUMNS, DATASET_INDICATOR_VIEWS, type DatasetIndicatorSqlOptions, type DatasetIndicatorView, datasetIndicatorSql, datasetIndicatorsSql } from './indicatorSql';
export { DEFAULT_RATE_SHARES } from './families';
