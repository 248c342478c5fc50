import { DuckDBInstance } from '@duckdb/node-api';
import { exitRateSql, exitRatesSql, exitRecordsFromDatasetSql } from '@siae/sql';
const dir = '/tmp/duck1m';
const db = await (await DuckDBInstance.create(':memory:')).connect();
const t = (l, t0) => console.log(l, ((performance.now() - t0) / 1000).toFixed(2));
const csv = (f, cols) => `(SELECT ${cols} FROM read_csv('${dir}/${f}', delim = ';', header = true))`;
let t0 = performance.now();
await db.run(`CREATE TABLE structures AS ${csv('structures.csv', 'id_structure AS id, type AS kind, CAST(departement AS VARCHAR) AS departement')}`);
await db.run(`CREATE TABLE contracts AS ${csv('contrats.csv', 'id_personne AS person_id, id_structure AS structure_id, date_debut AS start_date')}`); t('contracts', t0); t0 = performance.now();
await db.run(`CREATE TABLE monthly_hours AS ${csv('heures.csv', 'id_personne AS person_id, id_structure AS structure_id, mois AS month, CAST(heures AS DOUBLE) AS hours')}`); t('hours', t0); t0 = performance.now();
await db.run(`CREATE TABLE exits AS ${csv('sorties.csv', 'id_personne AS person_id, id_structure AS structure_id, date_sortie AS date, motif_sortie AS reason, situation_3_mois AS follow_up_3, situation_6_mois AS follow_up_6, situation_12_mois AS follow_up_12')}`); t('exits', t0); t0 = performance.now();
const rec = exitRecordsFromDatasetSql('duckdb');
if (process.argv[2] === 'explain') { const r = await db.runAndReadAll(`EXPLAIN ANALYZE CREATE TABLE exit_records AS ${rec}`); console.log(r.getRows().map(x=>x[1]).join('\n')); process.exit(0);}
await db.run(`CREATE TABLE exit_records AS ${rec}`); t('records', t0); t0 = performance.now();
await db.runAndReadAll(exitRateSql({ dialect: 'duckdb', period: { from: '2025-01-01', to: '2025-12-31' } })); t('one rate', t0); t0 = performance.now();
if (process.argv[2] === 'explain2') { const r = await db.runAndReadAll(`EXPLAIN ANALYZE ${exitRateSql({ dialect: 'duckdb', period: { from: '2025-01-01', to: '2025-12-31' } })}`); console.log(r.getRows().map(x=>x[1]).join('\n')); process.exit(0);}
