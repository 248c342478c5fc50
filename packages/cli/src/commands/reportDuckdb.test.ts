import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../input/decode';
import { main } from '../main';
import { defaultMapping } from '../mapping/defaultMapping';
import { autoPicksDuckDb, DUCKDB_DEFAULT_ABOVE_BYTES, reportWithEngine } from './reportDuckdb';
import { capture } from '../testing/captureIo';

const sample = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sample');
const ALL = ['structures.csv', 'personnes.csv', 'prescriptions.csv', 'diagnostics.csv', 'pass_iae.csv', 'contrats.csv', 'heures.csv', 'entretiens.csv', 'freins.csv', 'formations.csv', 'pmsmp.csv', 'attestations.csv', 'sorties.csv'].map((n) =>
  join(sample, n),
);

type Figures = { id: string; value: number | null; numerator?: number; denominator?: number; employmentOnly?: number | null };

async function figures(args: string[]): Promise<{ period: unknown; rates: Figures[] }> {
  const io = capture();
  expect(await main(['report', ...ALL, '--format', 'json', ...args], io)).toBe(0);
  const r = JSON.parse(io.out) as { period: unknown; indicators: (Figures & { detail?: Record<string, unknown> })[] };
  // The INAÉ rate also gives the share in employment alone: both engines must agree on it too.
  return {
    period: r.period,
    rates: r.indicators.map(({ id, value, numerator, denominator, detail }) => ({
      id,
      value,
      numerator,
      denominator,
      ...(id === 'inae.sep.employment-exit-rate' ? { employmentOnly: detail?.employmentOnly as number | null } : {}),
    })),
  };
}

describe('siae report --engine duckdb', () => {
  it.each([[[]], [['--from', '2025-01-01', '--to', '2025-12-31']], [['--variant', 'uriae', '--from', '2024-07-01', '--to', '2025-06-30']]])(
    'prints the same exit rates as the JS engine on the bundled sample (%j)',
    async (args) => {
      const duck = await figures(['--engine', 'duckdb', ...args]);
      const js = await figures(['--engine', 'js', ...args]);
      expect(duck.period).toEqual(js.period);
      // Every computed indicator of the catalogue, in the catalogue's order, as the JS engine.
      expect(duck.rates.map((r) => r.id)).toEqual(js.rates.map((r) => r.id));
      // Then the other indicators written in SQL: interviews, trainings, PLIE, INAÉ...
      expect(duck.rates.map((r) => r.id)).toEqual(expect.arrayContaining(['inae.modalites.interview-duration', 'plie.qpv-share', 'inae.gouvernance.people-supported', 'training-actions', 'prescription-to-hire-ratio']));
      // The prescriptions in the JS reader's order (row_order): the last of each person and structure as the JS engine keeps it.
      expect(duck.rates.find((r) => r.id === 'prescription-to-hire-ratio')?.denominator).toBeGreaterThan(0);
      expect(duck.rates.length).toBeGreaterThan(40);
      const byId = new Map(js.rates.map((r) => [r.id, r]));
      for (const r of duck.rates) expect(r, r.id).toEqual(byId.get(r.id));
      expect(duck.rates[0]!.denominator).toBeGreaterThan(50);
    },
    60_000,
  );
  /** The output of one engine for a format (exit code 0). */
  async function output(engine: string, args: string[]): Promise<string> {
    const io = capture();
    expect(await main(['report', ...ALL, '--engine', engine, ...args], io)).toBe(0);
    return io.out;
  }
  const PERIODS = [[[]], [['--from', '2025-01-01', '--to', '2025-12-31']], [['--variant', 'uriae', '--from', '2024-07-01', '--to', '2025-06-30']]];

  it.each(PERIODS)(
    'prints the JS engine report as a table: categories, intervals, targets, grids, rate per structure, declared indicators (%j)',
    async (args) => {
      const duck = await output('duckdb', args);
      const js = await output('js', args);
      expect(duck).toContain('(moteur DuckDB)');
      expect(duck).toContain('IC 95 %');
      expect(duck).toContain('Taux de sortie dynamique par structure');
      // The same text, but for the engine named in the title and its closing note.
      const [head, ...rest] = duck.split('\n');
      const body = rest.join('\n');
      expect(`${head!.replace(' (moteur DuckDB)', '')}\n${body.slice(0, body.lastIndexOf('\n\nMoteur DuckDB'))}\n`).toBe(js);
    },
    60_000,
  );

  it.each(PERIODS)('prints the same CSV as the JS engine, byte for byte (%j)', async (args) => {
    expect(await output('duckdb', [...args, '--format', 'csv'])).toBe(await output('js', [...args, '--format', 'csv']));
    expect(await output('duckdb', [...args, '--format', 'csv', '--excel'])).toBe(await output('js', [...args, '--format', 'csv', '--excel']));
  }, 60_000);

  it.each(PERIODS)('gives the main rate with its members and the seven breakdowns of the JS engine in JSON (%j)', async (args) => {
    const duck = JSON.parse(await output('duckdb', [...args, '--format', 'json']));
    const js = JSON.parse(await output('js', [...args, '--format', 'json']));
    expect(Object.keys(duck.breakdowns)).toEqual(['structure', 'structureKind', 'departement', 'year', 'quarter', 'month', 'entryCohort']);
    expect(duck.breakdowns.quarter.groups.length).toBeGreaterThan(1);
    expect(duck.breakdowns).toEqual(js.breakdowns);
    // The main rate with every member (who is in, who is out, why), numbered as the JS engine numbers the exits.
    expect(duck.dynamicExitRate.members.length).toBeGreaterThan(100);
    expect(duck.dynamicExitRate).toEqual(js.dynamicExitRate);
    expect(duck.grids).toEqual(js.grids);
    expect(duck.declared).toEqual(js.declared);
    expect(duck.engine).toBe('duckdb');
    // The rows kept per table: those of the JS engine (DuckDB does not read the diagnoses and passes: no indicator of it does).
    expect(Object.keys(duck.rows)).toHaveLength(11);
    for (const [table, n] of Object.entries(duck.rows)) expect(n, table).toBe(js.rows[table]);
  }, 60_000);

  it('describes each row left out as the JS engine does (file, line, column, problem), reading that file again', async () => {
    // A structures file (read by the JS reader for both engines) with a bad row and a duplicate too.
    const structures = join(mkdtempSync(join(tmpdir(), 'siae-duck-struct-')), 'structures.csv');
    const text = readFileSync(join(sample, 'structures.csv'), 'utf8');
    const [header, first] = text.split('\n');
    writeFileSync(structures, `${text.trimEnd()}\n${first!.split(';').map((c, k) => (k === 1 ? 'XYZ' : k === 0 ? 'zz-1' : c)).join(';')}\n${first}\n`);
    expect(header).toContain('type');
    // Exits the calculation leaves out: an unknown structure (twice with one key: the last line is the one kept and named), no contract.
    const exits = join(dirname(structures), 'sorties.csv');
    const malformed = readFileSync(join(sample, 'malformed', 'sorties.csv'), 'utf8').trimEnd();
    writeFileSync(exits, `${malformed}\nP000002;nowhere-1;2025-03-01;CHOMAGE;;;\nP000009;aci-1;2025-03-02;CHOMAGE;;;\nP000002;nowhere-1;2025-03-01;DECES;;;\nZZ-NO-CONTRACT;aci-1;2025-04-01;CHOMAGE;;;\n`);
    const files = [structures, join(sample, 'contrats.csv'), exits];
    const err = async (engine: string) => {
      const io = capture();
      expect(await main(['report', ...files, '--engine', engine], io)).toBe(1);
      return io.err.split('\n');
    };
    const js = await err('js');
    const duck = await err('duckdb');
    const listed = (lines: string[]) => lines.filter((l) => l.includes('sorties.csv') || l.includes('structures.csv'));
    expect(listed(js).filter((l) => l.includes('écartée au calcul'))).toHaveLength(3);
    expect(listed(js).some((l) => l.includes('ligne 9, colonne id_structure : structure inconnue'))).toBe(true);
    expect(listed(js).some((l) => l.includes('ligne 7 : doublon'))).toBe(true);
    expect(listed(duck)).toEqual(listed(js));
    expect(duck[0]).toBe(js[0]);
  }, 60_000);

  it('prints Markdown and HTML too, with the exits of the period and its note', async () => {
    const md = await output('duckdb', ['--format', 'markdown', '--from', '2025-01-01', '--to', '2025-12-31']);
    expect(md).toContain('# Rapport IAE du 2025-01-01 au 2025-12-31 (moteur DuckDB)');
    expect(md).toContain('## Par trimestre');
    const html = await output('duckdb', ['--format', 'html', '--from', '2025-01-01', '--to', '2025-12-31']);
    const js = await output('js', ['--format', 'html', '--from', '2025-01-01', '--to', '2025-12-31']);
    const said = (page: string) => /— (\d+) sorties sur la période, (\d+) ligne/.exec(page)?.slice(1);
    expect(said(html)).toEqual(said(js));
    expect(Number(said(html)?.[0])).toBeGreaterThan(100);
    expect(html).toContain('Calcul : moteur DuckDB.');
  }, 60_000);
});

describe('engine choice and files DuckDB cannot read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'siae-engine-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const broken = join(dir, 'sorties.csv');
  writeFileSync(broken, 'id_personne;id_structure;date_sortie;motif_sortie\nP1;aci-1;2025-03-01;CDI_NON_AIDE\nSECRET-NAME;"aci-1;2025-03-02;CDI_NON_AIDE\nP3;aci-1;2025-03-03;CDI_NON_AIDE\n');
  const files = [join(sample, 'structures.csv'), join(sample, 'contrats.csv'), broken];

  it('auto picks DuckDB for a table report above the size, never for JSON or CSV output nor below it', async () => {
    expect(await autoPicksDuckDb(files, { format: 'table' }, 0)).toBe(true);
    expect(await autoPicksDuckDb(files, {}, 0)).toBe(true);
    expect(await autoPicksDuckDb(files, { format: 'json' }, 0)).toBe(false);
    expect(await autoPicksDuckDb(files, { format: 'csv' }, 0)).toBe(true);
    expect(await autoPicksDuckDb(files, { format: 'html' }, 0)).toBe(true);
    expect(await autoPicksDuckDb([...files, join(dir, 'x.json')], { format: 'table' }, 0)).toBe(false);
    expect(await autoPicksDuckDb(files, { format: 'table' })).toBe(false);
    expect(DUCKDB_DEFAULT_ABOVE_BYTES).toBe(50 * 1024 * 1024);
  });
  it('--engine duckdb names a file it cannot read as strict CSV, without its content, and prints no report', async () => {
    const io = capture();
    expect(await main(['report', ...files, '--engine', 'duckdb'], io)).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toContain(broken);
    expect(io.err).toContain('--engine js');
    expect(io.err).not.toContain('SECRET');
  }, 60_000);
  it('auto falls back to the JS engine on such a file, which reports the line and reads on', async () => {
    const io = capture();
    const code = await reportWithEngine('auto', files, defaultMapping as never, { format: 'table' }, io, 0);
    expect(code).toBe(1);
    expect(io.err).toContain('moteur DuckDB');
    expect(io.err).toContain('moteur JS');
    expect(io.err).not.toContain('SECRET');
    // The JS report: every grid, not only the exit rates.
    expect(io.out).not.toContain('(moteur DuckDB)');
    expect(io.out).toContain('Taux de sortie dynamique');
  }, 60_000);
  it('reads a Windows-1252 export through a private UTF-8 copy, removed at the end', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'siae-tmpdir-'));
    const exits = join(dir, 'w1252', 'sorties.csv');
    mkdirSync(dirname(exits), { recursive: true });
    // A French spreadsheet export: Windows-1252 (an accented id), JJ/MM/AAAA dates.
    writeFileSync(exits, encodeWindows1252('id_personne;id_structure;date_sortie;motif_sortie\r\nHélène-1;aci-1;15/03/2025;CDI_NON_AIDE\r\n'));
    const contracts = join(dir, 'w1252', 'contrats.csv');
    writeFileSync(contracts, encodeWindows1252('id_contrat;id_personne;id_structure;type;date_debut\r\nC1;Hélène-1;aci-1;CDDI;01/01/2025\r\n'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const io = capture();
      expect(await main(['report', join(sample, 'structures.csv'), contracts, exits, '--engine', 'duckdb', '--format', 'json'], io)).toBe(0);
      const r = JSON.parse(io.out) as { indicators: { id: string; denominator?: number; detail?: Record<string, number> }[] };
      // Read, joined to its contract by the accented id: one exit, below the ACI threshold (no hours).
      expect(r.indicators[0]!.detail?.belowThreshold).toBe(1);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
  it('keeps the table order of the prescriptions as the JS engine: files in the order given, lines in file order, the last duplicate', async () => {
    const at = (name: string, text: string) => {
      const f = join(dir, 'order', name);
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(f, text);
      return f;
    };
    const head = 'id_prescription;id_personne;id_structure;date;type_prescripteur;habilite;issue\n';
    // P1's last prescription in table order is Mar 1 (before its contract of Apr 1): hired. P2's R3
    // is replaced by the later file's R3 of Jun 1 (after its contract): not hired.
    const first = at('prescriptions.csv', `${head}R1;P1;aci-1;2025-05-01;FRANCE_TRAVAIL;oui;pending\nR2;P1;aci-1;2025-03-01;FRANCE_TRAVAIL;oui;pending\nR3;P2;aci-1;2025-02-01;MISSION_LOCALE;oui;pending\n`);
    const second = at('b/orientations.csv', `${head}R3;P2;aci-1;2025-06-01;MISSION_LOCALE;oui;pending\n`);
    const contracts = at('contrats.csv', 'id_contrat;id_personne;id_structure;type;date_debut\nC1;P1;aci-1;CDDI;2025-04-01\nC2;P2;aci-1;CDDI;2025-04-01\n');
    const ratio = async (engine: string) => {
      const io = capture();
      await main(['report', join(sample, 'structures.csv'), contracts, first, second, '--engine', engine, '--format', 'json', '--from', '2025-01-01', '--to', '2025-12-31'], io);
      const r = JSON.parse(io.out) as { indicators: Figures[] };
      const { value, numerator, denominator } = r.indicators.find((i) => i.id === 'prescription-to-hire-ratio')!;
      return { value, numerator, denominator };
    };
    expect(await ratio('duckdb')).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(await ratio('js')).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  }, 60_000);
  it('auto says on stderr when it picks DuckDB', async () => {
    const io = capture();
    const code = await reportWithEngine('auto', ALL.filter((f) => /structures|contrats|heures|sorties/.test(f)), defaultMapping as never, { format: 'table', from: '2025-01-01', to: '2025-12-31' }, io, 0);
    expect(code).toBe(0);
    expect(io.err).toContain('moteur DuckDB, indicateurs calculés en SQL');
    expect(io.out).toContain('(moteur DuckDB)');
  }, 60_000);
});

describe('Parquet files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'siae-parquet-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('reads the tables from Parquet (typed columns: dates, numbers) and prints the figures of the CSV files', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const names = ALL.map((f) => basename(f, '.csv'));
    for (const n of names) {
      // Typed as DuckDB guesses them from the CSV (DATE, BIGINT, DOUBLE), then written as Parquet.
      await db.run(`COPY (SELECT * FROM read_csv('${join(sample, `${n}.csv`)}', delim = ';', header = true)) TO '${join(dir, `${n}.parquet`)}' (FORMAT parquet)`);
    }
    const csv = await figures(['--engine', 'duckdb', '--from', '2025-01-01', '--to', '2025-12-31']);
    const io = capture();
    const code = await main(['report', ...names.map((n) => join(dir, `${n}.parquet`)), '--format', 'json', '--from', '2025-01-01', '--to', '2025-12-31'], io);
    expect(code).toBe(0);
    const parquet = JSON.parse(io.out) as { engine: string; indicators: Figures[] };
    // Parquet goes to DuckDB whatever the size (the JS engine does not read it).
    expect(parquet.engine).toBe('duckdb');
    expect(parquet.indicators.map(({ id, value, numerator, denominator }) => ({ id, value, numerator, denominator }))).toEqual(csv.rates.map(({ id, value, numerator, denominator }) => ({ id, value, numerator, denominator })));
    const js = capture();
    expect(await main(['report', join(dir, 'sorties.parquet'), '--engine', 'js'], js)).toBe(2);
    expect(js.err).toContain('Parquet');
    const validate = capture();
    expect(await main(['validate', join(dir, 'sorties.parquet')], validate)).toBe(2);
  }, 60_000);
});

describe('siae sql', () => {
  it('prints CREATE VIEW statements that DuckDB runs over the dataset tables', async () => {
    const io = capture();
    expect(await main(['sql', '--dialect', 'duckdb', '--schema', 'iae', '--tables', '--indicators', '--from', '2025-01-01', '--to', '2025-12-31'], io)).toBe(0);
    expect(io.out).toContain('CREATE OR REPLACE VIEW "iae"."siae_inae_modalites_interview_duration" AS');
    expect(io.out).toContain('CREATE OR REPLACE VIEW "iae"."siae_dynamic_exit_rate" AS');
    expect(io.out).toContain('CREATE OR REPLACE VIEW "iae"."siae_dynamic_exit_rate_members" AS');
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(io.out);
    await db.run(`INSERT INTO iae.structures VALUES ('s1', 'ACI', '59')`);
    await db.run(`INSERT INTO iae.contracts (person_id, structure_id, start_date, kind) VALUES ('p1', 's1', DATE '2025-01-31', 'CDDI')`);
    await db.run(`INSERT INTO iae.monthly_hours VALUES ('p1', 's1', '2025-02', 100), ('p1', 's1', '2025-05', 100)`);
    await db.run(`INSERT INTO iae.exits VALUES ('p1', 's1', DATE '2025-04-30', 'CDI_NON_AIDE', NULL, NULL, NULL)`);
    // Hired Jan 31: 3 months end on Apr 30, an exit that day is below the ACI threshold.
    const below = (await db.runAndReadAll('SELECT why FROM iae.siae_dynamic_exit_rate_members')).getRowObjectsJson();
    expect(below).toEqual([{ why: 'below_threshold' }]);
    await db.run(`UPDATE iae.exits SET date = DATE '2025-05-01'`);
    const rate = (await db.runAndReadAll('SELECT value, numerator, denominator FROM iae.siae_dynamic_exit_rate')).getRowObjectsJson();
    expect(rate).toEqual([{ value: 1, numerator: '1', denominator: '1' }]);
    // A view of another indicator: p1 followed (a contract overlapping 2025), hired in the period.
    const followed = (await db.runAndReadAll('SELECT value FROM iae.siae_inae_gouvernance_people_supported')).getRowObjectsJson();
    expect(followed).toEqual([{ value: 1 }]);
  }, 60_000);
  it('refuses a schema that is not a plain name, without echoing it', async () => {
    const io = capture();
    expect(await main(['sql', '--dialect', 'postgres', '--schema', 'x"; DROP'], io)).toBe(2);
    expect(io.err).toContain('schema');
    expect(io.err).not.toContain('DROP');
  });
});
