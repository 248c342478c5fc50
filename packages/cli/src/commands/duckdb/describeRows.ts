import type { DatasetTable } from '@siae/model';
import type { CsvDelimiter } from '../../input/csvParser';
import type { InputEncoding } from '../../input/decode';
import type { IssueLog } from '../../input/issueLog';
import { loadDataset } from '../../input/loadDataset';
import { readTableCsv } from '../../input/readCsv';
import type { TableMapping } from '../../mapping/defaultMapping';
import { isParquet } from './csvSource';
import type { TableCounts } from './loadTable';
import type { DuckDbTable } from './tableRules';

/**
 * Which files the JS reader reads again so that the rows the DuckDB engine left out are described
 * as the JS engine describes them (file, line, column, problem): the files with a row left out as
 * unreadable or invalid, and every file of a table with a duplicate (a key may repeat from one file
 * to another). A Parquet file, which the JS reader does not read, is only counted.
 */
export class RowsToDescribe {
  private readonly files: { file: string; table: DuckDbTable }[] = [];
  private readonly tables: { table: DuckDbTable; files: string[] }[] = [];
  /** Duplicates of tables with a Parquet file: counted, not described. */
  undescribedDuplicates = 0;

  /** Notes what reading a table's files (`tableFiles`, in the order `loadDuckDbTable` read them) left out. */
  add(table: DuckDbTable, tableFiles: readonly string[], counts: TableCounts): void {
    if (counts.duplicates > 0 && tableFiles.every((f) => !isParquet(f))) {
      this.tables.push({ table, files: [...tableFiles] });
      return;
    }
    this.undescribedDuplicates += counts.duplicates;
    for (const k of counts.filesWithRejected) {
      const file = tableFiles[k];
      if (file !== undefined && !isParquet(file)) this.files.push({ file, table });
    }
  }

  /**
   * Reads them again with the JS reader (which keeps no row, only the problems) into `log`, then
   * orders the log as the JS engine lists its problems: the files in the order given (`given`),
   * the duplicates last. A second column for a field is counted elsewhere, not listed twice.
   */
  async describe(
    log: IssueLog,
    given: readonly string[],
    mapping: Record<DatasetTable, TableMapping>,
    reading: { delimiter?: CsvDelimiter; encoding?: InputEncoding | 'auto' },
  ): Promise<void> {
    const before = log.kept.length;
    const ordered = [...this.files].sort((a, b) => given.indexOf(a.file) - given.indexOf(b.file));
    for (const { file, table } of ordered) {
      await readTableCsv(file, file, table, mapping[table], { onRow: () => {}, onIssue: (i) => i.code !== 'csv_duplicate_column' && log.add(i), ...reading });
    }
    for (const { table, files } of this.tables) {
      const read = await loadDataset(files, mapping, { table, keepRows: false, ...reading });
      for (const i of read.issues) if (i.code !== 'csv_duplicate_column') log.add(i);
    }
    const rank = (i: { file: string; code?: string }) => (i.code === 'duplicate' ? given.length : 0) + Math.max(0, given.indexOf(i.file));
    if (log.kept.length > before) log.kept.sort((a, b) => rank(a) - rank(b));
  }
}
