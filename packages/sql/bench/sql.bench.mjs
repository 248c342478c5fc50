// Benchmarks of the exit rates in SQL (not timed tests). Run after the build (`pnpm run bench:sql`):
//   1. a 1,000,000-exit dataset written as CSV (structures, contrats, heures, sorties: 3 M rows):
//      - bare DuckDB: read_csv of the files + the generated SQL, in this process;
//      - `siae report --engine duckdb` (process: wall time and max RSS);
//      - `siae report --engine js` (today's engine, the same files);
//   2. the rate SQL on 10,000,000 exit records held in DuckDB: query time and the process's max RSS,
//      then the rate broken down by the seven keys of breakdownRate in one query (exitRateBreakdownsSql).
//      Alone: node packages/sql/bench/sql.bench.mjs --child-big --big N
// Options: --exits N (default 1000000), --big N (default 10000000; 0 skips it), --skip-js, --french
// (the dataset written as a French spreadsheet export: JJ/MM/AAAA dates, MM/AAAA months, decimal
// comma, Windows-1252 with an accented name: what the DuckDB engine reads like the JS engine),
// --prescriptions (a prescriptions file too, one per exit: the table `prescription-to-hire-ratio`
// reads in line order; the bare DuckDB run does not read it). The
// size above which `siae report` picks DuckDB was read from runs with --exits 10000 to 200000 --big 0.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { exitReasons } from '@siae/model';
import { exitRateBreakdownsSql, exitRateMembersSql, exitRateSql, exitRecordsFromDatasetSql } from '@siae/sql';

const here = dirname(fileURLToPath(import.meta.url));
// The CLI's encoder, from its build (the bench runs after `pnpm --filter @siae/cli... run build`).
const { encodeWindows1252 } = await import(join(here, '..', '..', 'cli', 'dist', 'index.js'));
const cli = join(here, '..', '..', 'cli', 'dist', 'cli.js');
const arg = (name, d) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? d : Number(process.argv[i + 1]);
};
const N = arg('--exits', 1_000_000);
const BIG = arg('--big', 10_000_000);
const skipJs = process.argv.includes('--skip-js');
const french = process.argv.includes('--french');
const withPrescriptions = process.argv.includes('--prescriptions');
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const REASONS = `[${exitReasons.codes.map((c) => `'${c}'`).join(', ')}]`;
const STRUCTURES = `['aci-1', 'aci-2', 'ai-1', 'ai-2', 'ei-1', 'ei-2', 'etti-1', 'etti-2', 'eiti-1', 'eiti-2']`;

/** Exit records of n people (one in ten re-hired), as a DuckDB query (columns of the dataset). */
const people = (n) => `SELECT i, 'P' || lpad(CAST(i AS VARCHAR), 8, '0') AS person_id, ${STRUCTURES}[1 + i % 10] AS structure_id,
  CAST(DATE '2024-01-01' + CAST((i * 7919) % 540 AS INTEGER) AS DATE) AS hired_on,
  CAST((i * 104729) % 400 AS INTEGER) AS stay, ${REASONS}[1 + i % ${exitReasons.codes.length}] AS reason,
  CASE WHEN i % 3 = 0 THEN ${REASONS}[1 + (i * 7) % ${exitReasons.codes.length}] END AS follow_up_3,
  20 + i % 600 AS hours FROM range(${n}) t(i)`;

async function writeDataset(dir, n) {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`CREATE TABLE p AS ${people(n)}`);
  const copy = (file, sql) => db.run(`COPY (${sql}) TO '${join(dir, file)}' (HEADER, DELIMITER ';'${french ? ", DATEFORMAT '%d/%m/%Y'" : ''})`);
  await copy('sorties.csv', `SELECT person_id AS id_personne, structure_id AS id_structure, hired_on + stay AS date_sortie, reason AS motif_sortie, follow_up_3 AS situation_3_mois, CAST(NULL AS VARCHAR) AS situation_6_mois, CAST(NULL AS VARCHAR) AS situation_12_mois FROM p`);
  await copy(
    'contrats.csv',
    `SELECT 'C' || i AS id_contrat, person_id AS id_personne, structure_id AS id_structure, 'CDDI' AS type, hired_on AS date_debut, hired_on + stay AS date_fin, NULL AS fin_periode_essai, NULL AS heures_hebdo, NULL AS renouvelle, NULL AS rompu_le FROM p`,
  );
  await copy(
    'heures.csv',
    french
      ? `SELECT person_id AS id_personne, structure_id AS id_structure, strftime(hired_on, '%m/%Y') AS mois, replace(CAST(hours + 0.5 AS VARCHAR), '.', ',') AS heures FROM p`
      : `SELECT person_id AS id_personne, structure_id AS id_structure, strftime(hired_on, '%Y-%m') AS mois, hours AS heures FROM p`,
  );
  if (withPrescriptions) {
    await copy(
      'prescriptions.csv',
      `SELECT 'R' || i AS id_prescription, person_id AS id_personne, structure_id AS id_structure, hired_on - 20 AS date, ['FRANCE_TRAVAIL', 'MISSION_LOCALE', 'SPONTANEOUS'][1 + i % 3] AS type_prescripteur, CASE WHEN i % 2 = 0 THEN 'oui' ELSE 'non' END AS habilite, ['hired', 'accepted', 'refused'][1 + i % 3] AS issue FROM p`,
    );
  }
  copyFileSync(join(here, '..', '..', 'cli', 'sample', 'structures.csv'), join(dir, 'structures.csv'));
  if (french) {
    // Windows-1252, as a spreadsheet saves it: the sample's structures (accented names) re-encoded.
    const text = readFileSync(join(dir, 'structures.csv'), 'utf8');
    writeFileSync(join(dir, 'structures.csv'), encodeWindows1252(text));
  }
}

function measure(label, args, cwd) {
  const r = spawnSync('/usr/bin/time', ['-v', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)?.[1];
  // CPU time (user + system) as well: on a shared machine the wall time depends on the load.
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
  const line = `${label}: exit ${r.status}, wall ${wall}, CPU ${cpu.toFixed(1)} s, max RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB`;
  console.log(line);
  return r.stdout;
}

if (process.argv.includes('--child-big')) {
  // Child: the rate on BIG generated exit records (the process's RSS is measured by the parent).
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`CREATE TABLE exit_records AS SELECT i AS record_index, person_id, structure_id,
    CASE WHEN structure_id LIKE 'aci%' THEN 'ACI' WHEN structure_id LIKE 'ai%' THEN 'AI' WHEN structure_id LIKE 'ei-%' THEN 'EI' WHEN structure_id LIKE 'etti%' THEN 'ETTI' ELSE 'EITI' END AS structure_kind,
    hired_on, hired_on + stay AS exited_on, CAST(hours AS DOUBLE) AS hours_worked, reason, follow_up_3, CAST(NULL AS VARCHAR) AS follow_up_6, CAST(NULL AS VARCHAR) AS follow_up_12,
    CASE WHEN i % 7 = 0 THEN NULL WHEN i % 2 = 0 THEN '59' ELSE '62' END AS departement
    FROM (${people(BIG)})`);
  const t0 = performance.now();
  const rate = (await db.runAndReadAll(exitRateSql({ dialect: 'duckdb', period: PERIOD }))).getRowObjectsJson()[0];
  const t1 = performance.now();
  const members = (await db.runAndReadAll(`SELECT status, count(*) AS n FROM (${exitRateMembersSql({ dialect: 'duckdb', period: PERIOD })}) GROUP BY status ORDER BY status`)).getRowObjectsJson();
  const t2 = performance.now();
  console.log(`rate on ${BIG.toLocaleString('en')} exit records: ${((t1 - t0) / 1000).toFixed(2)} s (value ${Number(rate.value).toFixed(4)}, ${rate.numerator}/${rate.denominator}); members view counted by status: ${((t2 - t1) / 1000).toFixed(2)} s ${JSON.stringify(members)}`);
  const keys = ['structure', 'structureKind', 'departement', 'year', 'quarter', 'month', 'entryCohort'];
  const groups = (await db.runAndReadAll(exitRateBreakdownsSql({ dialect: 'duckdb', period: PERIOD }, keys))).getRowObjectsJson();
  const t3 = performance.now();
  const quarters = (await db.runAndReadAll(exitRateBreakdownsSql({ dialect: 'duckdb', period: PERIOD }, ['quarter']))).getRowObjectsJson();
  const t4 = performance.now();
  console.log(`breakdowns by the 7 keys in one query: ${((t3 - t2) / 1000).toFixed(2)} s (${groups.length} groups); by quarter alone: ${((t4 - t3) / 1000).toFixed(2)} s (${quarters.length} groups)`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'siae-sql-bench-'));
try {
  const t = performance.now();
  await writeDataset(dir, N);
  const files = ['structures.csv', 'contrats.csv', 'heures.csv', 'sorties.csv', ...(withPrescriptions ? ['prescriptions.csv'] : [])];
  const bytes = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  console.log(`dataset: ${N.toLocaleString('en')} exits, ${files.length - 1} CSV files of ${N.toLocaleString('en')} rows + structures, ${(bytes / 1024 / 1024).toFixed(0)} MB, written in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Bare DuckDB: read_csv + the generated SQL (no CLI, no row checks; ISO dates only).
  if (!french) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const csv = (f, cols) => `(SELECT ${cols} FROM read_csv('${join(dir, f)}', delim = ';', header = true))`;
    const relations = {
      structures: csv('structures.csv', 'id_structure AS id, type AS kind, CAST(departement AS VARCHAR) AS departement'),
      contracts: csv('contrats.csv', 'id_personne AS person_id, id_structure AS structure_id, date_debut AS start_date'),
      monthly_hours: csv('heures.csv', 'id_personne AS person_id, id_structure AS structure_id, mois AS month, CAST(heures AS DOUBLE) AS hours'),
      exits: csv('sorties.csv', 'id_personne AS person_id, id_structure AS structure_id, date_sortie AS date, motif_sortie AS reason, situation_3_mois AS follow_up_3, situation_6_mois AS follow_up_6, situation_12_mois AS follow_up_12'),
    };
    await db.run(`CREATE TEMP TABLE exit_records AS ${exitRecordsFromDatasetSql('duckdb', { relations })}`);
    const r = (await db.runAndReadAll(exitRateSql({ dialect: 'duckdb', period: PERIOD }))).getRowObjectsJson()[0];
    const c1 = process.cpuUsage(c0);
    console.log(`bare DuckDB (read_csv + generated SQL, in process): ${((performance.now() - t0) / 1000).toFixed(2)} s, CPU ${((c1.user + c1.system) / 1e6).toFixed(1)} s, rate ${Number(r.value).toFixed(4)} (${r.numerator}/${r.denominator})`);
  }
  // CSV output for both engines: the same file from either (the JSON carries every member: hundreds of MB).
  const report = ['report', ...files, '--from', PERIOD.from, '--to', PERIOD.to, '--format', 'csv'];
  const headline = (csv) => {
    const line = csv.split('\n').find((l) => l.startsWith('dynamic-exit-rate,'));
    // id,libelle,valeur,unite,numerateur,denominateur,source (the first six never hold a comma here)
    const [id, , value, , numerator, denominator] = line?.split(',') ?? [];
    return `  ${id} ${value} (${numerator}/${denominator})`;
  };
  const duck = measure('siae report --engine duckdb', [process.execPath, cli, ...report, '--engine', 'duckdb'], dir);
  console.log(headline(duck));
  // The 10 M-exit SQL before the JS engine (the longest run).
  if (BIG > 0) process.stdout.write(measure(`rate SQL on ${BIG.toLocaleString('en')} exits in DuckDB (process incl. generating them)`, [process.execPath, fileURLToPath(import.meta.url), '--child-big', '--big', String(BIG)], here));
  if (!skipJs) {
    const js = measure('siae report --engine js (today)', [process.execPath, '--max-old-space-size=8192', cli, ...report, '--engine', 'js'], dir);
    console.log(headline(js));
    console.log(`  same CSV from both engines: ${js === duck}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
