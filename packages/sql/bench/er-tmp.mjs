import { DuckDBInstance } from '@duckdb/node-api';
import { exitRecordsFromDatasetSql } from '@siae/sql';
const db = await (await DuckDBInstance.create(':memory:')).connect();
const dir = '/tmp/ds1m';
await db.run(`CREATE TABLE structures AS SELECT id_structure AS id, type AS kind, CAST(departement AS VARCHAR) AS departement FROM read_csv('${dir}/structures.csv', delim=';', header=true)`);
await db.run(`CREATE TABLE contracts AS SELECT CAST(id_contrat AS VARCHAR) id, id_personne AS person_id, id_structure AS structure_id, date_debut AS start_date FROM read_csv('${dir}/contrats.csv', delim=';', header=true)`);
await db.run(`CREATE TABLE monthly_hours AS SELECT id_personne AS person_id, id_structure AS structure_id, mois AS month, CAST(heures AS DOUBLE) AS hours FROM read_csv('${dir}/heures.csv', delim=';', header=true)`);
await db.run(`CREATE TABLE exits AS SELECT id_personne AS person_id, id_structure AS structure_id, date_sortie AS date, motif_sortie AS reason, situation_3_mois AS follow_up_3, CAST(situation_6_mois AS VARCHAR) AS follow_up_6, CAST(situation_12_mois AS VARCHAR) AS follow_up_12 FROM read_csv('${dir}/sorties.csv', delim=';', header=true)`);
await db.run('ALTER TABLE exits ADD COLUMN line_order BIGINT'); await db.run('UPDATE exits SET line_order = rowid');
const base = exitRecordsFromDatasetSql('duckdb', { exitOrder: 'line_order' });
const i = base.indexOf('siae_hours AS (');
const j = base.indexOf('\nSELECT\n');
const v = base.slice(0, i) + `siae_hired AS (
  SELECT h.person_id, h.structure_id, h.date, h.hired_on, coalesce(sum(m.hours), 0) AS hours_worked
  FROM siae_hiring h
  LEFT JOIN "monthly_hours" m ON m.person_id = h.person_id AND m.structure_id = h.structure_id
    AND m.month >= strftime(h.hired_on, '%Y-%m') AND m.month <= strftime(h.date, '%Y-%m')
  GROUP BY h.person_id, h.structure_id, h.date, h.hired_on
)
SELECT
  CAST(e."line_order" AS BIGINT) AS record_index,
  e.person_id, e.structure_id, s.kind AS structure_kind, h.hired_on, e.date AS exited_on,
  CAST(h.hours_worked AS DOUBLE) AS hours_worked,
  e.reason, e.follow_up_3, e.follow_up_6, e.follow_up_12, s.departement
FROM "exits" e
JOIN "structures" s ON s.id = e.structure_id AND s.kind <> 'GEIQ'
JOIN siae_hired h ON h.person_id = e.person_id AND h.structure_id = e.structure_id AND h.date = e.date`;
const T = async (label, sql) => { const t = performance.now(); const u = process.cpuUsage(); await db.run(sql); const d = process.cpuUsage(u); console.log(label, ((performance.now()-t)/1000).toFixed(2)+'s', 'cpu', ((d.user+d.system)/1e6).toFixed(2)); };
for (let k = 0; k < 3; k++) { await T('base', `CREATE OR REPLACE TABLE a AS ${base}`); await T('variant', `CREATE OR REPLACE TABLE b AS ${v}`); }
console.log((await db.runAndReadAll('SELECT (SELECT count(*) FROM (SELECT * FROM a EXCEPT ALL SELECT * FROM b)) x, (SELECT count(*) FROM (SELECT * FROM b EXCEPT ALL SELECT * FROM a)) y')).getRows());
