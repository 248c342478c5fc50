import { type DutyStatus, dutiesAt, replayParcours, type StructureKind, structureKinds } from '@siae/model';
import type { InputEncoding } from '../input/decode';
import { readJsonFile } from '../input/readJson';
import { frenchDatesInJson } from '../input/plausible';
import type { CliIo } from '../io';
import { printIssues } from './issues';

/** A duty's status in French, as printed (`--format json` keeps the codes). */
export const DUTY_STATUS_FR: Record<DutyStatus, string> = {
  done: 'faite',
  upcoming: 'à venir',
  due: 'à faire',
  overdue: 'en retard',
  missed: 'manquée',
};

/** Options of `siae parcours`. */
export interface ParcoursCommandOptions {
  at: string;
  all?: boolean;
  format?: 'table' | 'json';
  encoding?: InputEncoding | 'auto';
}

/**
 * `siae parcours <file> --at YYYY-MM-DD`: a JSON list of `{ personId, structureKind, events }`
 * (events as `@siae/model`'s parcours events; dates `AAAA-MM-JJ` or `JJ/MM/AAAA`); prints, per
 * person, the duties due, overdue or missed at the date. Returns 1 when the file, a record or an
 * event is refused (each is reported; the other people are listed).
 */
export async function parcoursCommand(file: string, opts: ParcoursCommandOptions, io: CliIo): Promise<number> {
  const read = await readJsonFile(file, opts.encoding);
  if ('issue' in read) {
    printIssues(io, [read.issue]);
    return 1;
  }
  if (!Array.isArray(read.value)) {
    printIssues(io, [{ file, line: 0, column: '(racine)', table: 'parcours', code: 'invalid_type', messageFr: 'doit être une liste [{ personId, structureKind, events }]', messageEn: 'must be a list [{ personId, structureKind, events }]' }]);
    return 1;
  }
  let bad = 0;
  const out: unknown[] = [];
  read.value.forEach((item: unknown, i) => {
    const p = (item !== null && typeof item === 'object' && !Array.isArray(item) ? item : {}) as { personId?: unknown; structureKind?: unknown; events?: unknown };
    const id = typeof p.personId === 'string' || typeof p.personId === 'number' ? String(p.personId) : `#${i + 1}`;
    if (typeof p.structureKind !== 'string' || !structureKinds.has(p.structureKind) || !Array.isArray(p.events)) {
      bad++;
      if (opts.format === 'json') out.push({ personId: id, issues: [{ messageFr: 'structureKind et events sont obligatoires', messageEn: 'structureKind and events are required' }] });
      else io.stdout(`${id} : DONNÉES INVALIDES — structureKind et events sont obligatoires\n`);
      return;
    }
    const dates = frenchDatesInJson(p.events, 'events');
    if (dates.issues.length > 0) {
      bad++;
      if (opts.format === 'json') out.push({ personId: id, issues: dates.issues.map((x) => ({ field: x.path, messageFr: x.errorFr, messageEn: x.errorEn })) });
      else io.stdout(`${id} : DONNÉES INVALIDES — ${dates.issues.map((x) => `${x.path} : ${x.errorFr}`).join(' ; ')}\n`);
      return;
    }
    const replay = replayParcours(p.structureKind as StructureKind, dates.value as unknown[]);
    const duties = dutiesAt(replay.state, opts.at).filter((d) => opts.all || d.status === 'due' || d.status === 'overdue' || d.status === 'missed');
    if (replay.rejected.length > 0) bad++;
    out.push({ personId: id, stage: replay.state.stage, duties, rejected: replay.rejected });
    if (opts.format !== 'json') {
      io.stdout(`${id} (${p.structureKind}, étape ${replay.state.stage}) :\n`);
      for (const r of replay.rejected) io.stdout(`  événement ${r.index + 1} refusé : ${r.refusal.messageFr}\n`);
      if (duties.length === 0) io.stdout('  rien à faire\n');
      for (const d of duties) io.stdout(`  [${DUTY_STATUS_FR[d.status]}] ${d.labelFr}${d.dueDate ? ` — échéance ${d.dueDate}` : ''} (${d.detailFr})\n`);
    }
  });
  if (opts.format === 'json') io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return bad > 0 ? 1 : 0;
}
