import type { DatasetRelations, DatasetTableName } from './dataset';
import { relationName } from './dialect';

/** The relation of a dataset table: the caller's, or the table in the schema. */
export function datasetRelation(name: DatasetTableName, r: DatasetRelations): string {
  return r.relations?.[name] ?? relationName(name, r.schema, name);
}
