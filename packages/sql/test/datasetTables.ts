import type { Dataset } from '@siae/model';
import { type DatasetTableName, datasetTablesFor, type Dialect, literal, sqlType } from '../src/index';

type Cell = string | number | boolean | null;

/** The rows of each dataset table, in the columns of `datasetTablesFor(true)`. */
function rowsOf(d: Dataset): Record<DatasetTableName, Cell[][]> {
  return {
    structures: d.structures.map((s) => [s.id, s.kind, s.departement ?? null]),
    exits: d.exits.map((e) => [e.personId, e.structureId, e.date, e.reason, e.followUp?.[3] ?? null, e.followUp?.[6] ?? null, e.followUp?.[12] ?? null]),
    contracts: d.contracts.map((c) => [c.personId, c.structureId, c.startDate, c.kind, c.endDate ?? null]),
    monthly_hours: d.monthlyHours.map((h) => [h.personId, h.structureId, h.month, h.hours]),
    interviews: d.interviews.map((i) => [i.personId, i.structureId, i.kind, i.date, i.startTime, i.endTime, i.reportWritten ?? null]),
    trainings: d.trainings.map((t) => [t.personId, t.startDate, t.hours, t.preparation ?? null]),
    pmsmps: d.pmsmps.map((p) => [p.personId, p.startDate, p.endDate]),
    people: d.people.map((p) => [p.id, p.qpv ?? null, p.plieParticipant ?? null, p.minimaSociaux ?? null]),
    barriers: d.barriers.map((b) => [b.personId, b.identifiedOn, b.liftedOn ?? null]),
    skills_attestations: d.skillsAttestations.map((a) => [a.personId, a.date, a.kind]),
  };
}

/** A dataset as SQL statements: every table of `datasetTablesFor(true)` dropped, created and filled. */
export function datasetSql(dialect: Dialect, d: Dataset): string[] {
  const rows = rowsOf(d);
  const out: string[] = [];
  for (const [table, cols] of datasetTablesFor(true)) {
    out.push(`DROP TABLE IF EXISTS ${table} CASCADE`);
    out.push(`CREATE TABLE ${table} (${cols.map((c) => `${c.name} ${sqlType(dialect, c.type)}`).join(', ')})`);
    const values = rows[table];
    for (let i = 0; i < values.length; i += 500) {
      const batch = values.slice(i, i + 500).map((r) => `(${r.map((v, k) => literal(dialect, cols[k]!.type, v, table)).join(', ')})`);
      out.push(`INSERT INTO ${table} VALUES ${batch.join(', ')}`);
    }
  }
  return out;
}
