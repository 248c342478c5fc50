import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetTable } from '@siae/model';
import { generateDataset } from '@siae/sample-data';
import { describe, expect, it } from 'vitest';
import { convertCell } from './input/convert';
import { loadDataset } from './input/loadDataset';
import { readTableCsv } from './input/readCsv';
import { main } from './main';
import { defaultMapping, type TableMapping } from './mapping/defaultMapping';
import { applyUserMapping, tableForFile } from './mapping/userMapping';
import { SAMPLE_OPTIONS, sampleFiles } from './sample/sampleFiles';
import { capture } from './testing/captureIo';

const sample = join(dirname(fileURLToPath(import.meta.url)), '..', 'sample');
const files = (...names: string[]) => names.map((n) => join(sample, n));
const ALL = ['structures.csv', 'personnes.csv', 'prescriptions.csv', 'diagnostics.csv', 'pass_iae.csv', 'contrats.csv', 'heures.csv', 'entretiens.csv', 'freins.csv', 'formations.csv', 'pmsmp.csv', 'attestations.csv', 'sorties.csv'];

describe('the bundled sample', () => {
  it('is what the generator and the default mapping produce (run: pnpm --filter @siae/cli run sample)', () => {
    const expected = sampleFiles(generateDataset(SAMPLE_OPTIONS), defaultMapping as Record<DatasetTable, TableMapping>);
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(sample, name), 'utf8'), name).toBe(text);
  });
});

describe('siae report', () => {
  it('reads every table of the sample and prints a readable report; exit code 0', async () => {
    const io = capture();
    expect(await main(['report', ...files(...ALL), '--from', '2025-01-01', '--to', '2025-12-31'], io)).toBe(0);
    expect(io.out).toContain('Rapport IAE du 2025-01-01 au 2025-12-31');
    expect(io.out).toMatch(/Taux de sortie dynamique : \d+,\d %/);
    expect(io.err).toBe('');
  });
  it('reports each bad row of a malformed file with its line and column, in French, never its value, and rates the good rows; exit code 1', async () => {
    const io = capture();
    const code = await main(['report', ...files('structures.csv', 'contrats.csv', 'heures.csv', 'malformed/sorties.csv'), '--format', 'json'], io);
    expect(code).toBe(1);
    expect(io.err).toContain('ligne 3, colonne date_sortie : doit être une date JJ/MM/AAAA ou AAAA-MM-JJ qui existe');
    expect(io.err).toContain('ligne 4, colonne motif_sortie : valeur non reconnue');
    expect(io.err).toContain('ligne 5, colonne id_personne : champ obligatoire manquant');
    expect(io.err).not.toContain('PARTI_EN_VACANCES');
    const json = JSON.parse(io.out);
    expect(json.rowIssues).toHaveLength(3);
    expect(json.dynamicExitRate.members).toHaveLength(2);
  });
  it('writes every format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siae-'));
    for (const format of ['markdown', 'csv', 'html', 'json', 'table']) {
      const io = capture();
      const out = join(dir, `r.${format}`);
      expect(await main(['report', ...files('structures.csv', 'contrats.csv', 'heures.csv', 'sorties.csv'), '--format', format, '-o', out], io)).toBe(0);
      const text = readFileSync(out, 'utf8');
      if (format === 'markdown') expect(text).toContain('# Rapport IAE');
      if (format === 'csv') expect(text.split('\n')[0]).toMatch(/^id,libelle,valeur,unite,numerateur,denominateur,source,grille,ic95_bas,ic95_haut,petit_effectif,/);
      if (format === 'html') {
        expect(text).toMatch(/^<!doctype html>/);
        expect(text).toContain('<svg');
        expect(text).not.toMatch(/<script|https?:\/\//);
      }
      if (format === 'json') expect(JSON.parse(text).indicators.length).toBeGreaterThan(30);
    }
  });
  it('applies the URIAE variant', async () => {
    const a = capture();
    const b = capture();
    await main(['report', ...files('structures.csv', 'contrats.csv', 'heures.csv', 'sorties.csv'), '--format', 'json'], a);
    await main(['report', ...files('structures.csv', 'contrats.csv', 'heures.csv', 'sorties.csv'), '--format', 'json', '--variant', 'uriae'], b);
    expect(JSON.parse(b.out).dynamicExitRate.denominator).toBeLessThan(JSON.parse(a.out).dynamicExitRate.denominator);
  });
  it('uses a --mapping file for other column names and refuses forbidden keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siae-'));
    const csv = readFileSync(join(sample, 'sorties.csv'), 'utf8').replace('id_personne;id_structure;date_sortie;motif_sortie', 'ID;STRUCT;DATE DE SORTIE;MOTIF');
    writeFileSync(join(dir, 'export_sorties.csv'), csv);
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ tables: { exits: { fileNames: ['export_sorties'], columns: { ID: 'id_personne', STRUCT: 'id_structure', 'DATE DE SORTIE': 'date_sortie', MOTIF: 'motif_sortie' } } } }));
    const io = capture();
    expect(await main(['validate', join(dir, 'export_sorties.csv'), '--mapping', join(dir, 'm.json')], io)).toBe(0);
    expect(io.out).toContain('Aucun problème.');
    writeFileSync(join(dir, 'bad.json'), '{"tables":{},"__proto__":{"x":1}}');
    const bad = capture();
    expect(await main(['validate', join(dir, 'export_sorties.csv'), '--mapping', join(dir, 'bad.json')], bad)).toBe(2);
    expect(bad.err).toContain('__proto__');
  });
  it('exits with 2 on a usage error', async () => {
    expect(await main(['report', 'nope.csv'], capture())).toBe(2);
    expect(await main(['report', ...files('sorties.csv'), '--from', '2025-13-01'], capture())).toBe(2);
    // A missing file is not a usage error: it is one problem naming it, and the batch goes on (exit 1).
    expect(await main(['report', join(sample, 'absent', 'sorties.csv')], capture())).toBe(1);
    expect(await main(['frobnicate'], capture())).toBe(2);
  });
});

describe('siae validate', () => {
  it('only checks: counts the rows of each file, lists each rejected row, exit code 1 (0 when clean)', async () => {
    const io = capture();
    expect(await main(['validate', ...files('malformed/sorties.csv')], io)).toBe(1);
    expect(io.out).toContain('(exits) : 5 lignes, 3 écartée(s)');
    expect(io.out).not.toContain('Taux de sortie');
    expect(io.err).toContain('3 problème(s)');
    expect(io.err).toContain('ligne 5, colonne id_personne : champ obligatoire manquant');
    const clean = capture();
    expect(await main(['validate', ...files('sorties.csv')], clean)).toBe(0);
    expect(clean.out).toContain('Aucun problème.');
    expect(clean.err).toBe('');
  });
  it('names the field path of a bad JSON record (not a line)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siae-json-'));
    const dataset = JSON.parse(JSON.stringify(generateDataset(SAMPLE_OPTIONS)));
    dataset.exits[0].date = '2025-02-30';
    writeFileSync(join(dir, 'jeu.json'), JSON.stringify(dataset));
    const io = capture();
    expect(await main(['validate', join(dir, 'jeu.json')], io)).toBe(1);
    expect(io.out).toMatch(/\(dataset\) : \d+ enregistrement\(s\), 1 écarté\(s\)/);
    expect(io.err).toContain('jeu.json, champ exits[0].date : doit être une date au format AAAA-MM-JJ qui existe');
    expect(io.err).not.toContain('2025-02-30');
  });
  it('checks without keeping the rows (memory stays flat on large files)', async () => {
    const loaded = await loadDataset(files('sorties.csv'), defaultMapping as Record<DatasetTable, TableMapping>, { keepRows: false });
    expect(loaded.files[0]?.rows).toBe(258);
    expect(loaded.dataset.exits).toHaveLength(0);
    const kept = await loadDataset(files('sorties.csv'), defaultMapping as Record<DatasetTable, TableMapping>);
    expect(kept.dataset.exits).toHaveLength(258);
  });
  it('loads a JSON dataset whose table is larger than a call can take as arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siae-'));
    const monthlyHours = Array.from({ length: 300_000 }, (_, i) => ({ personId: `p${i}`, structureId: 's1', month: '2025-01', hours: 1 }));
    writeFileSync(join(dir, 'grand.json'), JSON.stringify({ monthlyHours }));
    const loaded = await loadDataset([join(dir, 'grand.json')], defaultMapping as Record<DatasetTable, TableMapping>);
    expect(loaded.dataset.monthlyHours).toHaveLength(300_000);
  }, 30_000);
});

describe('siae eligibility, parcours, referentiel', () => {
  it('decides each candidate and explains', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siae-'));
    writeFileSync(join(dir, 'c.csv'), 'id;type_structure;auteur;criteres;date\nA;AI;employeur;QPV|JEUNE;2025-03-10\nB;ACI;employeur;QPV|JEUNE;2025-03-10\nC;ACI;employeur;QPV;2025-02-30\n');
    const io = capture();
    expect(await main(['eligibility', join(dir, 'c.csv')], io)).toBe(1);
    expect(io.out).toContain('A : ÉLIGIBLE');
    expect(io.out).toContain('B : NON ÉLIGIBLE — Non éligible : il manque 1 critère de niveau 2 (3 requis en ACI), ou 1 critère de niveau 1.');
    expect(io.out).toContain('C : DONNÉES INVALIDES — date : doit être une date JJ/MM/AAAA ou AAAA-MM-JJ qui existe');
  });
  it('lists overdue duties per person', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siae-'));
    writeFileSync(
      join(dir, 'p.json'),
      JSON.stringify([{ personId: 'X', structureKind: 'ACI', events: [{ type: 'hired', date: '2025-01-06', contractKind: 'CDDI', passIae: { start: '2025-01-06', end: '2027-01-05' } }] }]),
    );
    const io = capture();
    expect(await main(['parcours', join(dir, 'p.json'), '--at', '2025-04-01'], io)).toBe(0);
    expect(io.out).toContain('[en retard] Entretien individuel au moins une fois par mois');
  });
  it('searches the référentiel', async () => {
    const io = capture();
    expect(await main(['referentiel', 'bilan', 'final'], io)).toBe(0);
    expect(io.out).toContain('axe-2.accompagnement-professionnel-formation-a-la-sortie.01');
  });
});

describe('mapping and cells', () => {
  it('recognises tables by file name and converts cells', () => {
    expect(tableForFile('/x/Sorties.csv', defaultMapping as Record<DatasetTable, TableMapping>)).toBe('exits');
    expect(tableForFile('heures_travaillées.csv', defaultMapping as Record<DatasetTable, TableMapping>)).toBe('monthlyHours');
    expect(convertCell('12,5', { field: 'h', type: 'number' })).toEqual({ value: 12.5 });
    expect(convertCell('oui', { field: 'q', type: 'boolean' })).toEqual({ value: true });
    expect(convertCell('31/07/2025', { field: 'd', type: 'date' })).toEqual({ value: '2025-07-31' });
    expect(convertCell('abc', { field: 'h', type: 'number' })).toEqual({ errorFr: 'doit être un nombre (virgule décimale acceptée : 12,5)', errorEn: 'must be a number (decimal comma accepted: 12,5)', code: 'invalid_number' });
  });
  it('refuses a mapping naming an unknown column', () => {
    expect(() => applyUserMapping({ tables: { exits: { columns: { A: 'nope' } } } })).toThrow(/tables.exits.columns.A/);
  });
});

describe('readTableCsv', () => {
  it('streams a large file: reports progress every 10,000 lines, rejects bad rows and keeps going', async () => {
    const lines = ['id_personne;id_structure;mois;heures'];
    for (let i = 0; i < 25_000; i++) lines.push(`P${i};ei-1;${i === 7 ? '2025-13' : '2025-03'};${i % 100}`);
    const progress: number[] = [];
    const issues: string[] = [];
    let kept = 0;
    const r = await readTableCsv(Readable.from([`${lines.join('\n')}\n`]), 'heures.csv', 'monthlyHours', defaultMapping.monthlyHours as TableMapping, {
      onRow: () => {
        kept++;
      },
      onIssue: (i) => issues.push(`${i.line}:${i.column}`),
      onProgress: (n) => progress.push(n),
    });
    expect(r).toMatchObject({ rows: 25_000, rejected: 1, delimiter: ';', decoding: { encoding: 'utf-8', bom: false } });
    expect(kept).toBe(24_999);
    expect(issues).toEqual(['9:mois']);
    expect(progress).toEqual([10_000, 20_000]);
  });
});

describe('a --mapping naming a key of Object.prototype', () => {
  it('is refused like any unknown column (constructor is no column)', () => {
    expect(() => applyUserMapping({ tables: { exits: { columns: { A: 'constructor' } } } })).toThrow(/tables.exits.columns.A/);
  });
});
