import { DuckDBInstance } from '@duckdb/node-api';
import { exitRecordsFromDatasetSql } from '@siae/sql';
const dir = '/tmp/duck1m';
const db = await (await DuckDBInstance.create(':memory:')).connect();
const csv = (f, cols) => `(SELECT ${cols} FROM read_csv('${dir}/${f}', delim = ';', header = true))`;
await db.run(`CREATE TABLE structures AS ${csv('structures.csv', 'id_structure AS id, type AS kind, CAST(departement AS VARCHAR) AS departement')}`);
await db.run(`CREATE TABLE contracts AS ${csv('contrats.csv', 'id_personne AS person_id, id_structure AS structure_id, date_debut AS start_date')}`);
await db.run(`CREATE TABLE monthly_hours AS ${csv('heures.csv', 'id_personne AS person_id, id_structure AS structure_id, mois AS month, CAST(heures AS DOUBLE) AS hours')}`);
await db.run(`CREATE TABLE exits AS ${csv('sorties.csv', 'id_personne AS person_id, id_structure AS structure_id, date_sortie AS date, motif_sortie AS reason, situation_3_mois AS follow_up_3, situation_6_mois AS follow_up_6, situation_12_mois AS follow_up_12')}`);
const time = async (l, sql) => { const t0 = performance.now(); const c0 = process.cpuUsage(); await db.run(`CREATE OR REPLACE TABLE ${l.split(" ")[0]} AS ${sql}`); const c = process.cpuUsage(c0); console.log(l, "wall", ((performance.now() - t0) / 1000).toFixed(2), "cpu", ((c.user + c.system) / 1e6).toFixed(2)); };
const order = process.argv[2] === 'sorted' ? 'ORDER BY e.person_id, e.structure_id, e.date, e.reason, e.follow_up_3, e.follow_up_6, e.follow_up_12' : '';
const sql = `WITH
e AS (
  SELECT row_number() OVER () AS rid, x.*, max(date) OVER (PARTITION BY person_id, structure_id ORDER BY date RANGE BETWEEN UNBOUNDED PRECEDING AND INTERVAL 1 DAY PRECEDING) AS previous_exit
  FROM exits x
),
hiring AS (
  SELECT e.rid, min(c.start_date) AS hired_on
  FROM e JOIN contracts c ON c.person_id = e.person_id AND c.structure_id = e.structure_id AND c.start_date <= e.date AND (e.previous_exit IS NULL OR c.start_date > e.previous_exit)
  GROUP BY e.rid
),
eh AS (SELECT e.*, h.hired_on FROM e JOIN hiring h ON h.rid = e.rid),
hours AS (
  SELECT eh.rid, sum(m.hours) AS hours_worked FROM eh JOIN monthly_hours m ON m.person_id = eh.person_id AND m.structure_id = eh.structure_id
    AND m.month >= strftime(eh.hired_on, '%Y-%m') AND m.month <= strftime(eh.date, '%Y-%m') GROUP BY eh.rid
)
SELECT row_number() OVER (${order}) - 1 AS record_index, e.person_id, e.structure_id, s.kind AS structure_kind, e.hired_on, e.date AS exited_on,
  CAST(coalesce(w.hours_worked, 0) AS DOUBLE) AS hours_worked, e.reason, e.follow_up_3, e.follow_up_6, e.follow_up_12, s.departement
FROM eh e JOIN structures s ON s.id = e.structure_id AND s.kind <> 'GEIQ' LEFT JOIN hours w ON w.rid = e.rid`;
await time('new', sql);
await time('old', exitRecordsFromDatasetSql('duckdb'));
console.log((await db.runAndReadAll(`SELECT count(*) FROM (SELECT * EXCLUDE (record_index) FROM new EXCEPT ALL SELECT * EXCLUDE (record_index) FROM old)`)).getRows(), (await db.runAndReadAll('select count(*) from new')).getRows());
