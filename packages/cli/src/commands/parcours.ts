import { readFile } from 'node:fs/promises';
import { dutiesAt, replayParcours, type StructureKind, structureKinds } from '@siae/model';
import type { CliIo } from '../io';

/**
 * `siae parcours <file> --at YYYY-MM-DD`: a JSON list of `{ personId, structureKind, events }`
 * (events as `@siae/model`'s parcours events); prints, per person, the duties due, overdue or
 * missed at the date. Returns 1 when a record or an event is refused.
 */
export async function parcoursCommand(file: string, opts: { at: string; all?: boolean; format?: 'table' | 'json' }, io: CliIo): Promise<number> {
  const list = JSON.parse(await readFile(file, 'utf8')) as { personId?: string; structureKind?: string; events?: unknown[] }[];
  let bad = 0;
  const out: unknown[] = [];
  list.forEach((p, i) => {
    const id = p.personId ?? `#${i + 1}`;
    if (!p.structureKind || !structureKinds.has(p.structureKind) || !Array.isArray(p.events)) {
      bad++;
      io.stdout(`${id} : DONNÉES INVALIDES — structureKind et events sont obligatoires\n`);
      return;
    }
    const replay = replayParcours(p.structureKind as StructureKind, p.events);
    const duties = dutiesAt(replay.state, opts.at).filter((d) => opts.all || d.status === 'due' || d.status === 'overdue' || d.status === 'missed');
    if (replay.rejected.length > 0) bad++;
    out.push({ personId: id, stage: replay.state.stage, duties, rejected: replay.rejected });
    if (opts.format !== 'json') {
      io.stdout(`${id} (${p.structureKind}, étape ${replay.state.stage}) :\n`);
      for (const r of replay.rejected) io.stdout(`  événement ${r.index + 1} refusé : ${r.refusal.messageFr}\n`);
      if (duties.length === 0) io.stdout('  rien à faire\n');
      for (const d of duties) io.stdout(`  [${d.status}] ${d.labelFr}${d.dueDate ? ` — échéance ${d.dueDate}` : ''} (${d.detailFr})\n`);
    }
  });
  if (opts.format === 'json') io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return bad > 0 ? 1 : 0;
}
