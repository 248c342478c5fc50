import { readFile } from 'node:fs/promises';
import { createIaeEligibilityEvaluator } from '@siae/eligibility';
import type { RowIssue } from '../input/convert';
import { parseFrenchDate } from '../input/convert';
import { type CsvDelimiter, CsvParser } from '../input/csvParser';
import { decodeBuffer, type InputEncoding } from '../input/decode';
import { readJsonFile } from '../input/readJson';
import { checkPlausibleDate, frenchDatesInJson } from '../input/plausible';
import type { CliIo } from '../io';
import { foldName } from '../mapping/userMapping';
import { printIssues } from './issues';

/** Options of `siae eligibility`. */
export interface EligibilityCommandOptions {
  format?: 'table' | 'json';
  delimiter?: CsvDelimiter;
  encoding?: InputEncoding | 'auto';
}

/** One candidate read from the file, with where it is (CSV line or JSON index). */
interface Candidate {
  id: string;
  input: Record<string, unknown> | null;
  /** Problems found while reading (the candidate is not evaluated). */
  problems: { field: string; messageFr: string; messageEn: string }[];
}

const COLUMNS: Record<string, 'id' | 'structureKind' | 'author' | 'criteria' | 'date'> = {
  id: 'id',
  id_personne: 'id',
  type_structure: 'structureKind',
  structurekind: 'structureKind',
  auteur: 'author',
  author: 'author',
  criteres: 'criteria',
  criteria: 'criteria',
  date: 'date',
  date_diagnostic: 'date',
};

function authorOf(v: string): string {
  const f = foldName(v);
  return f === 'prescripteur' ? 'prescriber' : f === 'employeur' ? 'employer' : v;
}

/** Reads the candidates of a CSV text: one delimiter per file, French dates, one problem per bad line. */
function candidatesFromCsv(text: string, file: string, delimiter: CsvDelimiter | undefined, issues: RowIssue[]): Candidate[] {
  const out: Candidate[] = [];
  let header: ('id' | 'structureKind' | 'author' | 'criteria' | 'date' | null)[] | null = null;
  const parser = new CsvParser({
    ...(delimiter ? { delimiter } : {}),
    onError: (e) => issues.push({ file, line: e.line, column: null, table: 'candidats', code: e.code, messageFr: 'ligne CSV mal formée (guillemets) : ignorée', messageEn: 'malformed CSV line (quotes): skipped' }),
    onRecord: (cells, line) => {
      if (!header) {
        header = cells.map((h) => {
          const k = foldName(h);
          return Object.hasOwn(COLUMNS, k) ? COLUMNS[k]! : null;
        });
        return;
      }
      if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
        issues.push({ file, line, column: null, table: 'candidats', code: 'csv_columns', messageFr: `ligne de ${cells.length} cellules, l'en-tête en a ${header.length} : ligne ignorée`, messageEn: `line of ${cells.length} cells, the header has ${header.length}: line skipped` });
        return;
      }
      const input: Record<string, unknown> = {};
      const problems: Candidate['problems'] = [];
      let id = `ligne ${line}`;
      header.forEach((field, k) => {
        const v = (cells[k] ?? '').trim();
        if (!field) return;
        if (field === 'id') {
          if (v) id = v;
        } else if (field === 'criteria') input.criteria = v.split('|').map((c) => c.trim()).filter(Boolean);
        else if (field === 'author') input.author = authorOf(v);
        else if (field === 'date') {
          const d = parseFrenchDate(v);
          if ('value' in d) {
            const bad = checkPlausibleDate(d.value, 'date');
            if (bad) problems.push({ field: 'date', messageFr: bad.errorFr, messageEn: bad.errorEn });
            else input.date = d.value;
          } else if (v) problems.push({ field: 'date', messageFr: d.errorFr, messageEn: d.errorEn });
        } else input[field] = v;
      });
      out.push({ id, input, problems });
    },
  });
  parser.push(text);
  parser.end();
  return out;
}

/** Reads the candidates of a JSON value: a list of objects; anything else is one problem. */
function candidatesFromJson(value: unknown, file: string, issues: RowIssue[]): Candidate[] {
  if (!Array.isArray(value)) {
    issues.push({ file, line: 0, column: '(racine)', table: 'candidats', code: 'invalid_type', messageFr: 'doit être une liste de candidats [{ structureKind, author, criteria, date }]', messageEn: 'must be a list of candidates [{ structureKind, author, criteria, date }]' });
    return [];
  }
  return value.map((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return { id: `#${i + 1}`, input: null, problems: [{ field: `[${i}]`, messageFr: 'doit être un objet { structureKind, author, criteria, date }', messageEn: 'must be an object { structureKind, author, criteria, date }' }] };
    }
    const r = frenchDatesInJson(item);
    const { id, ...rest } = r.value as Record<string, unknown>;
    return { id: typeof id === 'string' || typeof id === 'number' ? String(id) : `#${i + 1}`, input: rest, problems: r.issues.map((x) => ({ field: x.path, messageFr: x.errorFr, messageEn: x.errorEn })) };
  });
}

/**
 * `siae eligibility <file>`: a CSV (`id;type_structure;auteur;criteres;date`, criteria separated
 * by `|`, any delimiter, dates `JJ/MM/AAAA` or `AAAA-MM-JJ`) or a JSON list of
 * `{ id?, structureKind, author, criteria, date }`; prints each decision with its explanation.
 * Returns 1 when a candidate's record is invalid or a line could not be read.
 */
export async function eligibilityCommand(file: string, opts: EligibilityCommandOptions, io: CliIo): Promise<number> {
  const issues: RowIssue[] = [];
  let candidates: Candidate[];
  if (file.toLowerCase().endsWith('.json')) {
    const read = await readJsonFile(file, opts.encoding);
    if ('issue' in read) {
      printIssues(io, [read.issue]);
      return 1;
    }
    candidates = candidatesFromJson(read.value, file, issues);
  } else {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      printIssues(io, [{ file, line: 0, column: null, table: 'candidats', code: code === 'ENOENT' ? 'file_missing' : code === 'EISDIR' ? 'file_directory' : 'file_unreadable', messageFr: code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'est un dossier, pas un fichier' : 'fichier illisible', messageEn: code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : 'unreadable file' }]);
      return 1;
    }
    const { text } = decodeBuffer(bytes, opts.encoding && opts.encoding !== 'auto' ? opts.encoding : undefined);
    candidates = candidatesFromCsv(text, file, opts.delimiter, issues);
  }
  const evaluator = createIaeEligibilityEvaluator();
  const readable = candidates.filter((c) => c.input !== null && c.problems.length === 0);
  const results = evaluator.evaluateMany(readable.map((c): unknown => c.input));
  const resultOf = new Map(readable.map((c, k) => [c, results[k]!]));
  let bad = issues.length;
  const json: unknown[] = [];
  for (const c of candidates) {
    const r = resultOf.get(c);
    if (!r || !r.ok) {
      bad++;
      const problems = r && !r.ok ? r.error.issues.map((x) => ({ field: x.pathText, messageFr: x.messageFr, messageEn: x.messageEn })) : c.problems;
      if (opts.format === 'json') json.push({ id: c.id, issues: problems });
      else io.stdout(`${c.id} : DONNÉES INVALIDES — ${problems.map((x) => `${x.field} : ${x.messageFr}`).join(' ; ')}\n`);
      continue;
    }
    if (opts.format === 'json') {
      json.push({ id: c.id, decision: r.decision });
      continue;
    }
    io.stdout(`${c.id} : ${r.decision.eligible ? 'ÉLIGIBLE' : 'NON ÉLIGIBLE'} — ${r.decision.explanation.summaryFr}\n`);
    if (r.decision.explanation.rule) io.stdout(`    règle ${r.decision.explanation.rule.id} (depuis le ${r.decision.explanation.rule.validFrom}) — ${r.decision.explanation.rule.source}\n`);
  }
  if (opts.format === 'json') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  printIssues(io, issues);
  return bad > 0 ? 1 : 0;
}
