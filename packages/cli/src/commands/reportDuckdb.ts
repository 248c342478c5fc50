import { open, writeFile } from 'node:fs/promises';
import { getIndicator } from '@siae/indicators';
import { type DatasetTable, exitReasons, isIsoDate } from '@siae/model';
import { EXIT_RATE_VIEWS, type ExitRateSqlOptions, exitRatesSql, exitRecordsFromDatasetSql, stringLiteral } from '@siae/sql';
import type { CliIo } from '../io';
import type { TableMapping } from '../mapping/defaultMapping';
import { foldName, tableForFile } from '../mapping/userMapping';
import { pct } from '../render/format';

/**
 * Total size of UTF-8, ISO-dated CSV files above which `--engine duckdb` is advised (the help text
 * says so; the JS engine stays the default, since DuckDB reads the files as they are and a French
 * `JJ/MM/AAAA` date would drop its exit silently). Measured with `pnpm run bench:sql`
 * (`--exits 100000 --big 0`): DuckDB is already faster at 100,000 exits (13 MB: 17 s against 43 s
 * on a loaded 2-core machine); at 50 MB (about 400,000 exits) the JS engine nears 1 GB of memory.
 */
export const DUCKDB_DEFAULT_ABOVE_BYTES = 50 * 1024 * 1024;

/** The tables the DuckDB engine reads (the others are not needed by the exit rates). */
const TABLES = ['structures', 'contracts', 'monthlyHours', 'exits'] as const satisfies readonly DatasetTable[];
type ReadTable = (typeof TABLES)[number];

/** The model fields each table needs, their SQL column and how to read the text. */
const FIELDS: Record<ReadTable, readonly { field: string; column: string; kind: 'id' | 'text' | 'date' | 'number' | 'reason' | 'month'; required: boolean }[]> = {
  structures: [
    { field: 'id', column: 'id', kind: 'id', required: true },
    { field: 'kind', column: 'kind', kind: 'text', required: true },
    { field: 'departement', column: 'departement', kind: 'text', required: false },
  ],
  contracts: [
    { field: 'personId', column: 'person_id', kind: 'id', required: true },
    { field: 'structureId', column: 'structure_id', kind: 'id', required: true },
    { field: 'startDate', column: 'start_date', kind: 'date', required: true },
  ],
  monthlyHours: [
    { field: 'personId', column: 'person_id', kind: 'id', required: true },
    { field: 'structureId', column: 'structure_id', kind: 'id', required: true },
    { field: 'month', column: 'month', kind: 'month', required: true },
    { field: 'hours', column: 'hours', kind: 'number', required: true },
  ],
  exits: [
    { field: 'personId', column: 'person_id', kind: 'id', required: true },
    { field: 'structureId', column: 'structure_id', kind: 'id', required: true },
    { field: 'date', column: 'date', kind: 'date', required: true },
    { field: 'reason', column: 'reason', kind: 'reason', required: true },
    { field: 'followUp.3', column: 'follow_up_3', kind: 'reason', required: false },
    { field: 'followUp.6', column: 'follow_up_6', kind: 'reason', required: false },
    { field: 'followUp.12', column: 'follow_up_12', kind: 'reason', required: false },
  ],
};

/** Which engine a report uses: `js` (the reference and the default) or `duckdb` (the exit rates in SQL). */
export type ReportEngine = 'js' | 'duckdb';

/** Reads the header line of a CSV file and guesses its delimiter (`,`, `;` or tab). */
async function headerOf(file: string): Promise<{ headers: string[]; delimiter: string }> {
  const h = await open(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await h.read(buf, 0, buf.length, 0);
    let line = buf.subarray(0, bytesRead).toString('utf8');
    line = line.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
    const counts = [',', ';', '\t'].map((d) => [d, line.split(d).length] as const).sort((a, b) => b[1] - a[1]);
    const delimiter = counts[0]![0];
    return { headers: line.split(delimiter).map((x) => x.replace(/^"(.*)"$/, '$1')), delimiter };
  } finally {
    await h.close();
  }
}

const REASONS = `(${exitReasons.codes.map((c) => `'${c}'`).join(', ')})`;

function cell(kind: (typeof FIELDS)[ReadTable][number]['kind'], raw: string): string {
  const v = `nullif(trim(${raw}), '')`;
  switch (kind) {
    case 'date':
      return `TRY_CAST(${v} AS DATE)`;
    case 'number':
      return `TRY_CAST(replace(replace(${v}, ' ', ''), ',', '.') AS DOUBLE)`;
    case 'reason':
      return `CASE WHEN ${v} IN ${REASONS} THEN ${v} END`;
    case 'month':
      return `CASE WHEN regexp_full_match(${v}, '[0-9]{4}-(0[1-9]|1[0-2])') THEN ${v} END`;
    default:
      return v;
  }
}

/** The SQL relation of one table read from its CSV files (rows missing a required field left out). */
async function relationOf(table: ReadTable, files: readonly string[], mapping: TableMapping): Promise<{ all: string; required: string }> {
  const selects: string[] = [];
  for (const file of files) {
    const { headers, delimiter } = await headerOf(file);
    const byField = new Map<string, string>();
    for (const h of headers) {
      const spec = mapping.columns[foldName(h)];
      if (spec && !byField.has(spec.field)) byField.set(spec.field, h);
    }
    const cols = FIELDS[table].map((f) => {
      const h = byField.get(f.field);
      return `${h === undefined ? 'CAST(NULL AS VARCHAR)' : cell(f.kind, `"${h.replace(/"/g, '""')}"`)} AS ${f.column}`;
    });
    const read = `read_csv(${stringLiteral(file, 'file')}, delim = ${stringLiteral(delimiter, 'delimiter')}, header = true, all_varchar = true, quote = '"', escape = '"', null_padding = true)`;
    selects.push(`SELECT ${cols.join(', ')} FROM ${read}`);
  }
  const required = FIELDS[table].filter((f) => f.required).map((f) => `${f.column} IS NOT NULL`);
  const empty = `SELECT ${FIELDS[table].map((f) => `CAST(NULL AS ${f.kind === 'date' ? 'DATE' : f.kind === 'number' ? 'DOUBLE' : 'VARCHAR'}) AS ${f.column}`).join(', ')} WHERE 1 = 0`;
  const union = selects.length === 0 ? empty : selects.join('\nUNION ALL\n');
  return { all: union, required: required.join(' AND ') };
}

/** Options of the DuckDB report. */
export interface DuckDbReportOptions {
  from?: string;
  to?: string;
  variant?: 'dgefp' | 'uriae';
  format?: 'table' | 'json' | 'markdown' | 'html' | 'csv';
  output?: string;
  table?: DatasetTable;
}

/** One exit-rate indicator the DuckDB engine computes, with its catalogue id and the options it takes from the report. */
const REPORTED: readonly { id: string; options: (variant: 'dgefp' | 'uriae' | undefined) => Omit<ExitRateSqlOptions, 'dialect' | 'period' | 'source' | 'schema'> }[] = [
  ...EXIT_RATE_VIEWS.filter((v) => getIndicator(v.id) !== undefined).map((v) => ({
    id: v.id,
    options: (variant: 'dgefp' | 'uriae' | undefined) => ({ ...(variant ? { variant } : {}), ...v.options }),
  })),
  // The INAÉ grid's "taux de sorties emploi" is the Direccte's sortie dynamique, computed without the
  // report's variant (as the catalogue's computation, which passes no option to the rate).
  { id: 'inae.sep.employment-exit-rate', options: () => ({ rate: 'dynamic' as const }) },
];

/**
 * `siae report --engine duckdb`: reads the structures, contracts, hours and exits CSV files with
 * DuckDB (`read_csv`), derives the exit records and computes the exit-rate indicators of the
 * catalogue in SQL (`@siae/sql`, proven equal to the functions). The other indicators need the JS
 * engine (`--engine js`). Rows missing a required field or with an unreadable date, number or
 * reason are left out (the JS engine lists them: `siae validate`).
 */
export async function duckDbReportCommand(files: string[], mapping: Record<DatasetTable, TableMapping>, opts: DuckDbReportOptions, io: CliIo): Promise<number> {
  if (opts.format === 'markdown' || opts.format === 'html') {
    io.stderr("le moteur DuckDB imprime table, json ou csv ; --engine js pour ce format / the DuckDB engine prints table, json or csv; use --engine js for this format\n");
    return 2;
  }
  if (files.some((f) => !f.toLowerCase().endsWith('.csv'))) {
    io.stderr('le moteur DuckDB lit des fichiers CSV ; --engine js pour le JSON / the DuckDB engine reads CSV files; use --engine js for JSON\n');
    return 2;
  }
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    io.stderr("DuckDB (@duckdb/node-api) n'est pas installé sur cette machine ; --engine js / DuckDB (@duckdb/node-api) is not installed here; use --engine js\n");
    return 2;
  }
  const byTable = new Map<ReadTable, string[]>(TABLES.map((t) => [t, []]));
  for (const f of files) {
    const t = opts.table ?? tableForFile(f, mapping);
    if (t && byTable.has(t as ReadTable)) byTable.get(t as ReadTable)!.push(f);
  }
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  try {
    let rejected = 0;
    for (const t of TABLES) {
      // Each file is read once: every row converted, then the rows with their required fields kept.
      const r = await relationOf(t, byTable.get(t)!, mapping[t]);
      const name = t === 'monthlyHours' ? 'monthly_hours' : t;
      await c.run(`CREATE TEMP TABLE ${name}_read AS ${r.all}`);
      await c.run(`CREATE TEMP VIEW ${name} AS SELECT * FROM ${name}_read WHERE ${r.required}`);
      const [count] = (await c.runAndReadAll(`SELECT count(*) AS n, count(*) FILTER (WHERE ${r.required}) AS kept FROM ${name}_read`)).getRowObjectsJson();
      rejected += Number(count?.n ?? 0) - Number(count?.kept ?? 0);
    }
    await c.run(`CREATE TEMP TABLE exit_records AS ${exitRecordsFromDatasetSql('duckdb')}`);
    const [range] = (await c.runAndReadAll('SELECT CAST(min(date) AS VARCHAR) AS lo, CAST(max(date) AS VARCHAR) AS hi FROM exits')).getRowObjectsJson();
    const from = opts.from ?? (isIsoDate(range?.lo) ? (range!.lo as string) : '1900-01-01');
    const to = opts.to ?? (isIsoDate(range?.hi) ? (range!.hi as string) : '2999-12-31');
    // Every rate in one query: the period and the latest exits are computed once.
    const rows = (await c.runAndReadAll(exitRatesSql({ dialect: 'duckdb', period: { from, to } }, REPORTED.map((r) => ({ ...r.options(opts.variant), indicatorId: r.id }))))).getRowObjectsJson();
    const byId = new Map(rows.map((row) => [row.indicator_id, row]));
    const indicators = [];
    for (const r of REPORTED) {
      const row = byId.get(r.id);
      const def = getIndicator(r.id)!;
      const n = (k: string) => Number(row?.[k] ?? 0);
      const detail: Record<string, number | null> & { withdrawn: number; belowThreshold: number } = {
        durable: n('durable'),
        transition: n('transition'),
        positive: n('positive'),
        other: n('other'),
        withdrawn: n('withdrawn'),
        belowThreshold: n('below_threshold'),
      };
      // As the catalogue: the INAÉ rate also gives the share in employment alone (durable + transition).
      if (r.id === 'inae.sep.employment-exit-rate') detail.employmentOnly = n('denominator') === 0 ? null : (n('durable') + n('transition')) / n('denominator');
      indicators.push({
        id: r.id,
        labelFr: def.labelFr,
        unit: def.unit,
        source: def.source,
        value: row?.value === null || row?.value === undefined ? null : Number(row.value),
        numerator: n('numerator'),
        denominator: n('denominator'),
        detail,
        explanationFr: `${n('numerator')} sorties au numérateur sur ${n('denominator')} sorties examinées (${detail.withdrawn} retirées, ${detail.belowThreshold} sous le seuil de présence)`,
      });
    }
    const note = 'Moteur DuckDB : seuls les taux de sortie sont calculés (SQL de @siae/sql) ; le rapport complet : --engine js.';
    let out: string;
    if (opts.format === 'json') out = `${JSON.stringify({ engine: 'duckdb', period: { from, to }, indicators, rejectedRows: rejected, noteFr: note }, null, 2)}\n`;
    else if (opts.format === 'csv') out = `id;libelle;valeur;numerateur;denominateur\n${indicators.map((i) => [i.id, `"${i.labelFr.replace(/"/g, '""')}"`, i.value ?? '', i.numerator, i.denominator].join(';')).join('\n')}\n`;
    else {
      const main = indicators.find((i) => i.id === 'dynamic-exit-rate')!;
      const width = Math.max(...indicators.map((i) => i.labelFr.length));
      out = [
        `Rapport IAE du ${from} au ${to} (moteur DuckDB)`,
        '',
        `Taux de sortie dynamique : ${pct(main.value)} (${main.numerator} / ${main.denominator} sorties examinées)`,
        '',
        'Indicateurs :',
        ...indicators.map((i) => `  ${i.labelFr.padEnd(width)}  ${pct(i.value).padStart(8)}  (${i.numerator}/${i.denominator})`),
        '',
        note,
        '',
      ].join('\n');
    }
    if (opts.output) await writeFile(opts.output, out);
    else io.stdout(out);
    if (rejected > 0) io.stderr(`${rejected} ligne(s) écartée(s) (champ manquant ou illisible) ; le détail : siae validate / ${rejected} row(s) left out; details: siae validate\n`);
    return rejected > 0 ? 1 : 0;
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}
