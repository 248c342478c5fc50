import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../input/decode';
import { main } from '../../main';
import { capture } from '../../testing/captureIo';

// The DuckDB engine reads the files as the JS engine does: generated exports in every dialect the
// JS reader takes (delimiter, encoding, byte order mark, line ends, quotes, French dates, months
// and numbers), with bad cells, blank lines and duplicates, must give the same exit rates, the same
// rows left out and the same exit code with `--engine duckdb` and `--engine js`.

const sampleStructures = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'sample', 'structures.csv'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'siae-duck-eq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STRUCTURES = ['aci-1', 'ai-1', 'ei-2', 'etti-1', 'eiti-2', 'unknown-9'];
const PEOPLE = ['P1', 'P2', 'P3', 'Pé4', 'P5'];

/** A date cell: ISO or French, often the same few days (duplicate keys), sometimes broken in the ways exports break them. */
const dateCell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('2024-03-01', '2024-12-31', '2025-01-01', '31/12/2025', '01/01/2025', '2025-06-30') },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 900 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 900 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/')) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 900 }).map((d) => `${new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)} 00:00`) },
  { weight: 1, arbitrary: fc.constantFrom('31/02/2025', '01/02/25', '2025-2-3', '1/3/2025', '03.04.2025', '1899-12-31', 'demain', '') },
);
const monthCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 29 }).map((m) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 29 }).map((m) => `${String((m % 12) + 1).padStart(2, '0')}/${2024 + Math.floor(m / 12)}`) },
  { weight: 1, arbitrary: fc.constantFrom('1/2025', '2025-13', '01/03/2025', '15/03/2025', '03/25', '') },
);
const hoursCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 700 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 3000 }).map((n) => `${Math.floor(n / 10)},${n % 10}`) },
  { weight: 1, arbitrary: fc.constantFrom('1 234', '744', '744,5', '-1', '1.234,5', '12h', '', ' 35 ', '1e2') },
);
const reasonCell = fc.constantFrom('CDI_NON_AIDE', 'CDD_PLUS_6_MOIS', 'FORMATION_QUALIFIANTE', 'SANS_NOUVELLE', 'CHOMAGE', 'DEMENAGEMENT', 'INCONNU', '');
const row = <T extends readonly fc.Arbitrary<string>[]>(...cells: T) => fc.tuple(...cells);

const contract = row(
  fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'),
  fc.constantFrom(...PEOPLE),
  fc.constantFrom(...STRUCTURES),
  fc.constantFrom('CDDI', 'CDDI', 'MISSION_INTERIM', 'MAD', 'CDD'),
  dateCell,
  fc.oneof(dateCell, fc.constant('')),
  fc.constantFrom('', '', '26', '35,5', '50'),
);
const hours = row(fc.constantFrom(...PEOPLE), fc.constantFrom(...STRUCTURES), monthCell, hoursCell);
const exit = row(fc.constantFrom(...PEOPLE), fc.constantFrom(...STRUCTURES), dateCell, reasonCell, fc.oneof(reasonCell, fc.constant('')));

// Prescriptions: repeated ids (the last row read wins, at its own place in the table order, which
// `prescription-to-hire-ratio` reads), every outcome, booleans as exports write them, bad codes.
const prescription = row(
  fc.constantFrom('R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'),
  fc.constantFrom(...PEOPLE),
  fc.constantFrom(...STRUCTURES),
  dateCell,
  fc.constantFrom('FRANCE_TRAVAIL', 'MISSION_LOCALE', 'SPONTANEOUS', 'PLIE', 'POLE_EMPLOI', ''),
  fc.constantFrom('oui', 'Non', 'X', '1', '0', 'vrai', 'FAUX', '', 'peut-être'),
  fc.constantFrom('hired', 'hired', 'accepted', 'refused', 'pending', 'embauché', ''),
);

const dialect = fc.record({
  delimiter: fc.constantFrom(';', ',', '\t'),
  encoding: fc.constantFrom('utf-8', 'windows-1252', 'utf-8-bom'),
  eol: fc.constantFrom('\n', '\r\n'),
  quoteAll: fc.boolean(),
  blankLines: fc.boolean(),
});

type Dialect = { delimiter: string; encoding: string; eol: string; quoteAll: boolean; blankLines: boolean };

function write(name: string, header: string[], rows: readonly (readonly string[])[], d: Dialect): string {
  const cell = (c: string) => (d.quoteAll || c.includes(d.delimiter) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [header.join(d.delimiter), ...rows.map((r) => r.map(cell).join(d.delimiter))];
  if (d.blankLines && lines.length > 2) lines.splice(2, 0, '', header.map(() => '').join(d.delimiter));
  const text = `${lines.join(d.eol)}${d.eol}`;
  const path = join(dir, name);
  if (d.encoding === 'windows-1252') writeFileSync(path, encodeWindows1252(text));
  else writeFileSync(path, `${d.encoding === 'utf-8-bom' ? '\ufeff' : ''}${text}`);
  return path;
}

type Json = {
  indicators: { id: string; value: number | null; numerator?: number; denominator?: number; detail?: Record<string, number | null> }[];
  files?: { table: string; rejected: number; duplicates?: number }[];
  rowIssues?: { file: string; line: number; column: string | null; table: string; code?: string; messageFr: string }[];
  rejectedRows?: number;
  duplicateRows?: number;
  droppedExits?: number;
};

async function run(files: string[], engine: string, period: readonly string[]): Promise<{ code: number; json: Json }> {
  const io = capture();
  const code = await main(['report', ...files, '--format', 'json', '--engine', engine, ...period], io);
  return { code, json: JSON.parse(io.out) as Json };
}

describe('the DuckDB engine reads exports as the JS engine does', () => {
  it('same rates, rows left out and duplicates (each described) and exit code, whatever the dialect (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        dialect,
        fc.array(contract, { minLength: 1, maxLength: 14 }),
        fc.array(hours, { maxLength: 14 }),
        fc.array(exit, { minLength: 1, maxLength: 12 }),
        fc.array(prescription, { maxLength: 12 }),
        fc.constantFrom([], ['--from', '2025-01-01', '--to', '2025-12-31'], ['--from', '01/07/2024', '--to', '30/06/2025']),
        async (d, contracts, monthly, exits, prescriptions, period) => {
          const s = sampleStructures.trim().split('\n');
          const files = [
            write('structures.csv', s[0]!.split(';'), s.slice(1).map((l) => l.split(';')), d),
            write('contrats.csv', ['id_contrat', 'id_personne', 'id_structure', 'type', 'date_debut', 'date_fin', 'heures_hebdo'], contracts, d),
            write('heures.csv', ['id_personne', 'id_structure', 'mois', 'heures'], monthly, d),
            write('sorties.csv', ['id_personne', 'id_structure', 'date_sortie', 'motif_sortie', 'situation_3_mois'], exits, d),
            write('prescriptions.csv', ['id_prescription', 'id_personne', 'id_structure', 'date', 'type_prescripteur', 'habilite', 'issue'], prescriptions, d),
          ];
          const js = await run(files, 'js', period);
          const duck = await run(files, 'duckdb', period);
          expect(duck.code).toBe(js.code);
          const byId = new Map(js.json.indicators.map((i) => [i.id, i]));
          for (const i of duck.json.indicators) {
            const j = byId.get(i.id)!;
            expect({ id: i.id, value: i.value, numerator: i.numerator, denominator: i.denominator }).toEqual({ id: i.id, value: j.value, numerator: j.numerator, denominator: j.denominator });
            // Every exit counted in the same place: numerator categories, withdrawn, below the threshold.
            for (const k of ['durable', 'transition', 'positive', 'other', 'withdrawn', 'belowThreshold']) expect(i.detail?.[k], `${i.id} ${k}`).toBe(j.detail?.[k]);
          }
          const big = (js.json.files ?? []).filter((f) => f.table !== 'structures');
          const duplicates = big.reduce((n, f) => n + (f.duplicates ?? 0), 0);
          expect(duck.json.duplicateRows).toBe(duplicates);
          expect(duck.json.rejectedRows).toBe(big.reduce((n, f) => n + f.rejected, 0) - duplicates);
          expect(duck.json.droppedExits).toBe((js.json.rowIssues ?? []).filter((i) => i.code === 'unknown_structure' || i.code === 'no_contract').length);
          // Each row left out, and each exit the calculation left out, described as the JS engine describes it: file, line, column, problem.
          const described = (list: Json['rowIssues']) => (list ?? []).filter((i) => !['duplicate', 'csv_duplicate_column'].includes(i.code ?? '')).map(({ file, line, column, code, messageFr }) => ({ file, line, column, code, messageFr }));
          expect(described(duck.json.rowIssues)).toEqual(described(js.json.rowIssues));
          // Each duplicate too, with the line kept ("que la ligne N"): the same ones (their order may differ).
          const duplicatesOf = (list: Json['rowIssues']) => (list ?? []).filter((i) => i.code === 'duplicate').map((i) => `${i.file}:${i.line} ${i.messageFr}`).sort();
          expect(duplicatesOf(duck.json.rowIssues)).toEqual(duplicatesOf(js.json.rowIssues));
          expect(duplicatesOf(js.json.rowIssues)).toHaveLength(duplicates);
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
