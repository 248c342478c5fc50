// Runs the taux de sortie dynamique in DuckDB with the SQL of @siae/sql and checks it equals
// dynamicExitRate, member by member. Run after `pnpm run build`: it imports the built packages.
import { DuckDBInstance } from '@duckdb/node-api';
import { renderReportText } from '@siae/cli';
import { assembleReport, breakdownRate, dynamicExitRate, type ExitRecord } from '@siae/indicators';
import { breakdownsFromSqlRows, createExitRecordsTableSql, exitRateBreakdownsSql, exitRateMembersSql, exitRateSql, insertExitRecordsSql, rateResultFromSqlRow } from '@siae/sql';

const exits: ExitRecord[] = [
  { personId: 'A', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2024-09-02', exitedOn: '2025-06-27', hoursWorked: 1050, reason: 'CDI_NON_AIDE' },
  // Hired on 31 January: "more than 3 months" ends on 30 April, so an exit that day is below the threshold.
  { personId: 'B', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2025-01-31', exitedOn: '2025-04-30', hoursWorked: 450, reason: 'CDI_NON_AIDE' },
  { personId: 'C', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2025-01-31', exitedOn: '2025-05-01', hoursWorked: 455, reason: 'FORMATION_QUALIFIANTE' },
  { personId: 'D', structureId: 'ai-du-littoral', structureKind: 'AI', hiredOn: '2025-01-06', exitedOn: '2025-06-30', hoursWorked: 149, reason: 'CDI_NON_AIDE' },
  { personId: 'E', structureId: 'ai-du-littoral', structureKind: 'AI', hiredOn: '2025-01-06', exitedOn: '2025-06-30', hoursWorked: 150, reason: 'CHOMAGE' },
  // F left twice the same structure: only the latest exit counts.
  { personId: 'F', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2024-03-04', exitedOn: '2024-12-20', hoursWorked: 900, reason: 'CHOMAGE' },
  { personId: 'F', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2025-02-03', exitedOn: '2025-09-26', hoursWorked: 800, reason: 'CDD_MOINS_6_MOIS' },
  { personId: 'G', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2024-06-03', exitedOn: '2025-05-30', hoursWorked: 1100, reason: 'RETRAITE' },
];
const period = { from: '2024-01-01', to: '2025-12-31' };

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run(createExitRecordsTableSql('duckdb'));
for (const insert of insertExitRecordsSql('duckdb', exits)) await db.run(insert);

const [rate] = (await db.runAndReadAll(exitRateSql({ dialect: 'duckdb', period }))).getRowObjectsJson();
const members = (await db.runAndReadAll(exitRateMembersSql({ dialect: 'duckdb', period }))).getRowObjectsJson();
console.log(`DuckDB : ${rate?.indicator_id} = ${rate?.numerator} / ${rate?.denominator}`);
for (const m of members) console.log(`  ${m.person_id} ${m.exited_on} : ${String(m.status).padEnd(11)} ${m.category ?? ''} — ${m.why_fr}`);

const js = dynamicExitRate(exits, { period });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
if (Number(rate?.numerator) !== js.numerator || Number(rate?.denominator) !== js.denominator || Number(rate?.value) !== js.value) {
  throw new Error(`rate differs: SQL ${rate?.numerator}/${rate?.denominator}, functions ${js.numerator}/${js.denominator}`);
}
const sqlMembers = members.map((m) => ({ index: Number(m.record_index), personId: m.person_id, structureId: m.structure_id, exitedOn: m.exited_on, status: m.status, category: m.category, why: m.why, whyFr: m.why_fr }));
if (!same(sqlMembers, js.members)) throw new Error('members differ between the SQL and dynamicExitRate');
// A, C and F's second exit count; E is examined; B and D are below the threshold; F's first exit is replaced; G retired.
if (js.numerator !== 3 || js.denominator !== 4) throw new Error(`expected 3/4, got ${js.numerator}/${js.denominator}`);

// The same figures as a report: the rate and its breakdowns (per structure, per quarter...) computed
// in SQL, assembled with the catalogue's labels and Wilson intervals, printed as `siae report` does.
const keys = ['structure', 'structureKind', 'quarter', 'entryCohort'] as const;
const breakdownRows = (await db.runAndReadAll(exitRateBreakdownsSql({ dialect: 'duckdb', period }, keys))).getRowObjectsJson();
const report = assembleReport({
  period,
  dynamicExitRate: rateResultFromSqlRow(rate!, { period }),
  values: {}, // the other indicators, when the warehouse computes them (datasetIndicatorsSql)
  breakdowns: breakdownsFromSqlRows(breakdownRows, { period }),
});
for (const by of keys) {
  const js = breakdownRate(exits, by, { period });
  const expected = js.groups.map((g) => ({ key: g.key, result: { ...g.result, members: [] } }));
  if (!same(report.breakdowns[by].groups, expected)) throw new Error(`breakdown by ${by} differs between the SQL and breakdownRate`);
}
const text = renderReportText(report);
console.log(text.slice(0, text.indexOf('\n\n', text.indexOf('par structure'))));
if (!text.includes('IC 95 %') || report.breakdowns.structure.groups.length !== 2) throw new Error('the report lacks its interval or its structures');
db.closeSync();
instance.closeSync();
console.log('sql example: ok');
