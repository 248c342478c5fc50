// Issue 10, "What was seen": each case a user met with real French exports, as a test.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { DatasetTable } from '@siae/model';
import { generateDataset } from '@siae/sample-data';
import { describe, expect, it } from 'vitest';
import { encodeWindows1252 } from './input/decode';
import { loadDataset } from './input/loadDataset';
import { readTableCsv } from './input/readCsv';
import { main } from './main';
import { defaultMapping, type TableMapping } from './mapping/defaultMapping';
import { SAMPLE_FILE_NAMES, SAMPLE_OPTIONS } from './sample/sampleFiles';
import { datasetToCsv } from './sample/toCsv';
import { capture } from './testing/captureIo';

const mapping = defaultMapping as Record<DatasetTable, TableMapping>;
const sample = join(dirname(fileURLToPath(import.meta.url)), '..', 'sample');
const STRUCTURES = readFileSync(join(sample, 'structures.csv'), 'utf8');

/** Writes files in a new directory; returns their paths. */
function files(content: Record<string, string | Uint8Array>): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'siae-real-'));
  const paths = Object.entries(content).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  return { dir, paths };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe('a `;` file with a decimal comma', () => {
  const contracts = 'id_contrat;id_personne;id_structure;type;date_debut;date_fin;fin_periode_essai;heures_hebdo;renouvelle;rompu_le\nC1;P1;ai-1;CDDI;06/01/2025;30/06/2025;;26,5;;\n';
  const hours = 'id_personne;id_structure;mois;heures\nP1;ai-1;01/2025;118,5\nP1;ai-1;02/2025;31,5\n';
  const exits = 'id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois\nP1;ai-1;30/06/2025;CDI_NON_AIDE;;;\n';

  it('reads 118,5 hours and 26,5 weekly hours as decimals, never shifting a cell (renewalOf stays empty)', async () => {
    const { paths } = files({ 'contrats.csv': contracts, 'heures.csv': hours });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.issues).toEqual([]);
    expect(loaded.dataset.contracts[0]).toMatchObject({ weeklyHours: 26.5, startDate: '2025-01-06', endDate: '2025-06-30' });
    expect(loaded.dataset.contracts[0]).not.toHaveProperty('renewalOf');
    expect(loaded.dataset.monthlyHours.map((h) => [h.month, h.hours])).toEqual([
      ['2025-01', 118.5],
      ['2025-02', 31.5],
    ]);
  });
  it('gives the report the hours as written: 118,5 h + 31,5 h reach the AI threshold of 150 h', async () => {
    const { paths } = files({ 'structures.csv': STRUCTURES, 'contrats.csv': contracts, 'heures.csv': hours, 'sorties.csv': exits });
    const r = await run(['report', ...paths, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.dynamicExitRate.members).toHaveLength(1);
    expect(json.dynamicExitRate.counts.belowThreshold).toBe(0);
    expect(json.dynamicExitRate.counts.durable).toBe(1);
  });
  it('reports a `,` file whose unquoted decimal comma makes one cell too many, line by line, instead of shifting', async () => {
    const { paths } = files({ 'heures.csv': 'id_personne,id_structure,mois,heures\nP1,ai-1,2025-01,118,5\nP1,ai-1,2025-02,40\n' });
    const r = await run(['validate', ...paths]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('séparateur « , »');
    expect(r.err).toContain("ligne 2 : ligne de 5 cellules, l'en-tête en a 4 (séparateur « , ») : ligne ignorée");
    expect(r.out).toContain('2 lignes, 1 écartée(s)');
  });
  it('takes --delimiter over the header line', async () => {
    const { paths } = files({ 'heures.csv': 'id_personne|id_structure|mois|heures\nP1|ai-1|2025-01|7,5\n' });
    const loaded = await loadDataset(paths, mapping, { delimiter: '|' });
    expect(loaded.dataset.monthlyHours[0]?.hours).toBe(7.5);
    expect((await run(['validate', ...paths, '--delimiter', 'tab'])).code).toBe(1);
    expect((await run(['validate', ...paths, '--delimiter', 'x'])).code).toBe(2);
  });
});

describe('a Windows-1252 file with accented headers', () => {
  const text = 'id_structure;type;siret;nom;département;conventionnement_début;conventionnement_fin;etp_conventionnés\r\naci-9;ACI;18656569889511;Chantier Léon;33;01/01/2024;31/12/2026;12,5\r\n';
  it('is detected, its accented columns are read, and the validation report says which encoding was used', async () => {
    const { paths } = files({ 'structures.csv': encodeWindows1252(text) });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.issues).toEqual([]);
    expect(loaded.dataset.structures[0]).toMatchObject({ name: 'Chantier Léon', departement: '33', conventionnement: { from: '2024-01-01', to: '2026-12-31' }, etpConventionnes: 12.5 });
    expect(loaded.files[0]?.decoding).toEqual({ encoding: 'windows-1252', bom: false, detected: true });
    const r = await run(['validate', ...paths]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('encodage Windows-1252 (détecté), séparateur « ; »');
  });
  it('reads UTF-8 with a BOM, UTF-16 with a BOM, and a forced encoding', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { paths } = files({ 'structures.csv': `\ufeff${text}` });
    const { paths: p16 } = files({ 'structures.csv': utf16 });
    for (const p of [paths, p16]) {
      const loaded = await loadDataset(p, mapping);
      expect(loaded.issues).toEqual([]);
      expect(loaded.dataset.structures[0]?.name).toBe('Chantier Léon');
      expect(loaded.files[0]?.decoding?.bom).toBe(true);
    }
    const { paths: p1252 } = files({ 'structures.csv': encodeWindows1252(text) });
    const forced = await run(['validate', ...p1252, '--encoding', 'windows-1252']);
    expect(forced.out).toContain('Windows-1252 (imposé)');
  });
  it('on a stream that turns out not to be UTF-8 after its first chunk, reads the rest as Windows-1252 and says so', async () => {
    const head = Buffer.from('id_personne;id_structure;mois;heures\nP1;ai-1;2025-01;10\n');
    const tail = encodeWindows1252('P2;ai-1;2025-01;12\nPé;ai-1;2025-02;1\n');
    const issues: { line: number; code?: string }[] = [];
    const rows: unknown[] = [];
    const r = await readTableCsv(Readable.from([head, tail]), 'heures.csv', 'monthlyHours', mapping.monthlyHours, { onRow: (row) => rows.push(row), onIssue: (i) => issues.push(i) });
    expect(r.decoding?.encoding).toBe('windows-1252');
    expect(issues.map((i) => [i.line, i.code])).toEqual([[3, 'encoding_switch']]);
    expect(rows).toHaveLength(3);
    expect((rows[2] as { personId: string }).personId).toBe('Pé');
  });
});

describe('malformed lines and files never lose the batch', () => {
  const header = 'id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois';
  it('an unclosed quote is one problem at its line; the next lines are read', async () => {
    const { paths } = files({ 'sorties.csv': `${header}\nP1;ai-1;2025-03-01;CHOMAGE;;;\n"P2;ai-1;2025-03-02;CHOMAGE;;;\nP3;ai-1;2025-03-03;CHOMAGE;;;\nP4;ai-1;2025-03-04;CHOMAGE;;;\n` });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.issues.map((i) => [i.line, i.code])).toEqual([[3, 'csv_unclosed_quote']]);
    expect(loaded.dataset.exits.map((e) => e.personId)).toEqual(['P1', 'P3', 'P4']);
  });
  it('a quote closed lines later (wrong number of cells) is taken as unclosed, and those lines are read', async () => {
    const { paths } = files({ 'sorties.csv': `${header}\n"P1;ai-1;2025-03-01;CHOMAGE;;;\nP2;ai-1;2025-03-02;CHOMAGE;;;\nP3";ai-1;2025-03-03;CHOMAGE;;;\nP4;ai-1;2025-03-04;CHOMAGE;;;\n` });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.issues.map((i) => [i.line, i.code])).toEqual([[2, 'csv_unclosed_quote']]);
    expect(loaded.dataset.exits.map((e) => e.personId)).toEqual(['P2', 'P3"', 'P4']);
  });
  it('a stray quote inside a cell is a character; text after a closing quote is one problem', async () => {
    const { paths } = files({ 'sorties.csv': `${header}\nP"1;ai-1;2025-03-01;CHOMAGE;;;\n"P2"x;ai-1;2025-03-02;CHOMAGE;;;\nP3;ai-1;2025-03-03;CHOMAGE;;;\n` });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.issues.map((i) => [i.line, i.code, i.column])).toEqual([[3, 'csv_quote', 'cellule 1']]);
    expect(loaded.dataset.exits.map((e) => e.personId)).toEqual(['P"1', 'P3']);
  });
  it('a cell over several lines in quotes is one cell', async () => {
    const { paths } = files({ 'formations.csv': 'id_formation;id_personne;id_structure;intitule;date_debut;date_fin;heures;qualifiante;preparation\r\nF1;P1;ai-1;"Soudure\r\nniveau 1";2025-01-06;2025-02-06;35;oui;non\r\nF2;P1;ai-1;Cariste;2025-03-06;2025-04-06;35;oui;non\r\n' });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.issues).toEqual([]);
    expect(loaded.dataset.trainings.map((t) => t.title)).toEqual(['Soudure\nniveau 1', 'Cariste']);
  });
  it('a header named Constructor or __proto__ is a column the mapping does not know, nothing more', async () => {
    const { paths } = files({ 'sorties.csv': `Constructor;__proto__;${header}\nx;y;P1;ai-1;2025-03-01;CHOMAGE;;;\n` });
    const r = await run(['validate', ...paths]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('colonnes non lues (inconnues, voir --mapping) : Constructor, __proto__');
  });
  it('a directory or a missing file is one problem naming the path; the other files are read; exit 1', async () => {
    const { dir, paths } = files({ 'sorties.csv': `${header}\nP1;ai-1;2025-03-01;CHOMAGE;;;\n` });
    mkdirSync(join(dir, 'heures.csv'));
    const r = await run(['validate', join(dir, 'heures.csv'), join(dir, 'contrats.csv'), ...paths, tmpdir()]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(dir, 'heures.csv')} : est un dossier, pas un fichier`);
    expect(r.err).toContain(`${join(dir, 'contrats.csv')} : fichier introuvable`);
    expect(r.err).toContain(`${tmpdir()} : est un dossier, pas un fichier`);
    expect(r.out).toContain('(exits) : 1 lignes, 0 écartée(s)');
  });
  it('a JSON dataset with a BOM is read; malformed JSON is one problem with its line', async () => {
    const { paths } = files({ 'a.json': `\ufeff${JSON.stringify({ exits: [{ personId: 'P1', structureId: 'ai-1', date: '2025-03-01', reason: 'CHOMAGE' }] })}`, 'b.json': '{\n "exits": [1\n "x"]}' });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.dataset.exits).toHaveLength(1);
    expect(loaded.issues.map((i) => [i.file.endsWith('b.json'), i.line, i.code])).toEqual([[true, 3, 'json_syntax']]);
  });
  it('through the library, a problem never carries the cell’s value', async () => {
    const secret = 'DUPONT-Jean-1975';
    const issues: unknown[] = [];
    await readTableCsv(Readable.from([`${header}\n"${secret}"x;ai-1;2025-03-01;CHOMAGE;;;\n${secret};ai-1;2025-02-30;CHOMAGE;;;\n${secret};ai-1;0000-01-01;CHOMAGE;;;\n"${secret}`]), 'sorties.csv', 'exits', mapping.exits, {
      onRow: () => {},
      onIssue: (i) => issues.push(i),
    });
    expect(issues).toHaveLength(4);
    expect(JSON.stringify(issues)).not.toContain('DUPONT');
    expect(JSON.stringify(issues)).not.toContain('0000');
  });
});

describe('eligibility and parcours files', () => {
  it('[null] and {} are reported, not an unexpected error', async () => {
    const { paths } = files({ 'n.json': '[null]', 'o.json': '{}' });
    const a = await run(['eligibility', paths[0]!]);
    expect(a.code).toBe(1);
    expect(a.out).toContain('#1 : DONNÉES INVALIDES');
    const b = await run(['eligibility', paths[1]!]);
    expect(b.code).toBe(1);
    expect(b.err).toContain('doit être une liste de candidats');
    const c = await run(['parcours', paths[0]!, '--at', '2025-04-01']);
    expect(c.code).toBe(1);
    expect(c.out).toContain('#1 : DONNÉES INVALIDES');
    const d = await run(['parcours', paths[1]!, '--at', '01/04/2025']);
    expect(d.code).toBe(1);
    expect(d.err).toContain('doit être une liste');
  });
  it('an extra `;` in one eligibility row is one problem at its line; the others are decided; dates JJ/MM/AAAA', async () => {
    const { paths } = files({ 'c.csv': 'id;type_structure;auteur;criteres;date\nA;AI;employeur;QPV|JEUNE;10/03/2025\nB;ACI;employeur;QPV;;10/03/2025\nC;ACI;prescripteur;RSA;10/03/2025\nD;ACI;prescripteur;RSA;10/03/25\n' });
    const r = await run(['eligibility', paths[0]!]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('A : ÉLIGIBLE');
    expect(r.out).toContain('C : ÉLIGIBLE');
    expect(r.out).toContain('D : DONNÉES INVALIDES — date : année sur deux chiffres');
    expect(r.out).not.toContain('B :');
    expect(r.err).toContain("ligne 3 : ligne de 6 cellules, l'en-tête en a 5 : ligne ignorée");
  });
  it('parcours reads JJ/MM/AAAA event dates and refuses implausible ones', async () => {
    const person = (date: string) => ({ personId: 'X', structureKind: 'ACI', events: [{ type: 'hired', date, contractKind: 'CDDI', passIae: { start: date, end: '05/01/2027' } }] });
    const { paths } = files({ 'p.json': `\ufeff${JSON.stringify([person('06/01/2025'), { ...person('9999-12-31'), personId: 'Y' }])}` });
    const r = await run(['parcours', paths[0]!, '--at', '01/04/2025']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('[en retard] Entretien individuel au moins une fois par mois');
    expect(r.out).toContain('Y : DONNÉES INVALIDES — events[0].date : date invraisemblable');
  });
});

describe('duplicates', () => {
  const contracts = 'id_contrat;id_personne;id_structure;type;date_debut;date_fin;fin_periode_essai;heures_hebdo;renouvelle;rompu_le\nC1;P1;ai-1;CDDI;2025-01-06;2025-06-30;;;;\n';
  const exits = 'id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois\nP1;ai-1;2025-06-30;CDI_NON_AIDE;;;\n';
  it('hours of one person, structure and month twice are not summed: the last row is kept, the first reported (the AI exit stays below 150 h)', async () => {
    const { paths } = files({ 'structures.csv': STRUCTURES, 'contrats.csv': contracts, 'heures.csv': 'id_personne;id_structure;mois;heures\nP1;ai-1;2025-01;80\nP1;ai-1;2025-02;60\nP1;ai-1;2025-01;80\n', 'sorties.csv': exits });
    const r = await run(['report', ...paths, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.dynamicExitRate.counts.belowThreshold).toBe(1);
    expect(r.err).toContain('heures.csv, ligne 2 : doublon (même personne, même structure et même mois que la ligne 4) : la dernière ligne lue est gardée');
    const v = await run(['validate', paths[2]!]);
    expect(v.out).toContain('3 lignes, 1 écartée(s)');
    expect(v.out).toContain('doublons : 1 ligne(s) écartée(s)');
  });
  it('an exit of one person from one structure on one date twice (across files too), and a person id twice, are reported', async () => {
    const { paths } = files({
      'sorties.csv': `${exits}P1;ai-1;2025-06-30;CHOMAGE;;;\n`,
      'exits.json': JSON.stringify({ exits: [{ personId: 'P1', structureId: 'ai-1', date: '2025-06-30', reason: 'CDI_NON_AIDE' }], people: [{ id: 'P9', birthDate: '1980-01-01' }, { id: 'P9', birthDate: '1981-01-01' }] }),
    });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.dataset.exits).toEqual([{ personId: 'P1', structureId: 'ai-1', date: '2025-06-30', reason: 'CDI_NON_AIDE' }]);
    expect(loaded.dataset.people.map((p) => p.birthDate)).toEqual(['1981-01-01']);
    expect(loaded.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, null, 'duplicate'],
      [3, null, 'duplicate'],
      [0, 'people[0]', 'duplicate'],
    ]);
    expect(loaded.issues[1]?.messageFr).toContain(`que l’enregistrement 0 de ${paths[1]}`);
  });
});

describe('exits left out by the calculation', () => {
  it('name the CSV line of the exit and count in the exit code', async () => {
    const exits = 'id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois\nP1;ai-1;2025-06-30;CDI_NON_AIDE;;;\nP2;ai-1;2025-06-30;CHOMAGE;;;\nP3;nulle-part;2025-06-30;CHOMAGE;;;\n';
    const contracts = 'id_contrat;id_personne;id_structure;type;date_debut;date_fin;fin_periode_essai;heures_hebdo;renouvelle;rompu_le\nC1;P1;ai-1;CDDI;2025-01-06;2025-06-30;;;;\nC2;P2;ai-1;CDDI;2025-07-06;2025-09-30;;;;\n';
    const { paths } = files({ 'structures.csv': STRUCTURES, 'contrats.csv': contracts, 'sorties.csv': exits });
    const r = await run(['report', ...paths]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${paths[2]}, ligne 3 : aucun contrat avant cette sortie dans la structure (écartée au calcul)`);
    expect(r.err).toContain(`${paths[2]}, ligne 4, colonne id_structure : structure inconnue ou non SIAE (écartée au calcul)`);
    // Without the structures file, every exit is left out: each is named.
    const none = await run(['report', paths[1]!, paths[2]!]);
    expect(none.code).toBe(1);
    expect(none.err).toContain(`${paths[2]}, ligne 2, colonne id_structure : structure inconnue`);
  });
  it('name the JSON index of the exit, counted before any filtering', async () => {
    const { paths } = files({
      'jeu.json': JSON.stringify({ structures: [{ id: 'ai-1', kind: 'AI', siret: '18656569889511', name: 'AI', departement: '33' }], exits: [{ personId: 'P0', structureId: 'ai-1', date: '2025-02-30', reason: 'CHOMAGE' }, { personId: 'P1', structureId: 'ai-1', date: '2025-06-30', reason: 'CHOMAGE' }] }),
    });
    const r = await run(['report', ...paths]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('champ exits[1] : aucun contrat avant cette sortie');
  });
});

describe('dates and options', () => {
  const header = 'id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois';
  it('refuses 0000-01-01 and 9999-12-31 as implausible, a two-digit year with its own message; birth dates before 1990 are fine', async () => {
    const { paths } = files({ 'sorties.csv': `${header}\nP1;ai-1;0000-01-01;CHOMAGE;;;\nP2;ai-1;9999-12-31;CHOMAGE;;;\nP3;ai-1;31/12/25;CHOMAGE;;;\nP4;ai-1;31/12/2025;CHOMAGE;;;\n`, 'personnes.csv': 'id_personne;date_naissance\nP1;12/05/1962\nP2;1899-12-31\n' });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'implausible_date'],
      [3, 'implausible_date'],
      [4, 'two_digit_year'],
      [3, 'implausible_date'],
    ]);
    expect(loaded.issues[2]?.messageFr).toBe('année sur deux chiffres : écrivez la date JJ/MM/AAAA ou AAAA-MM-JJ');
    expect(loaded.dataset.exits.map((e) => e.date)).toEqual(['2025-12-31']);
    expect(loaded.dataset.people.map((p) => p.birthDate)).toEqual(['1962-05-12']);
  });
  it('reads months MM/AAAA, refuses MM/AA', async () => {
    const { paths } = files({ 'heures.csv': 'id_personne;id_structure;mois;heures\nP1;ai-1;03/2025;1\nP1;ai-1;4/2025;1\nP1;ai-1;01/05/2025;1\nP1;ai-1;06/25;1\nP1;ai-1;13/2025;1\n' });
    const loaded = await loadDataset(paths, mapping);
    expect(loaded.dataset.monthlyHours.map((h) => h.month)).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(loaded.issues.map((i) => [i.line, i.code])).toEqual([
      [5, 'two_digit_year'],
      [6, 'invalid_month'],
    ]);
  });
  it('exit codes: 2 for --from after --to, --axis 7, a bad date option; dates options JJ/MM/AAAA accepted', async () => {
    const sorties = join(sample, 'sorties.csv');
    expect((await run(['report', sorties, '--from', '2025-12-31', '--to', '2025-01-01'])).code).toBe(2);
    expect((await run(['report', sorties, '--from', '31/12/25'])).code).toBe(2);
    expect((await run(['report', sorties, '--from', '0000-01-01'])).code).toBe(2);
    expect((await run(['referentiel', '--axis', '7'])).code).toBe(2);
    expect((await run(['referentiel', '--axis', 'deux'])).code).toBe(2);
    expect((await run(['referentiel', '--axis', '2'])).code).toBe(0);
    const fr = await run(['report', join(sample, 'structures.csv'), join(sample, 'contrats.csv'), join(sample, 'heures.csv'), sorties, '--from', '01/01/2025', '--to', '31/12/2025']);
    expect(fr.code).toBe(0);
    expect(fr.out).toContain('Rapport IAE du 2025-01-01 au 2025-12-31');
  });
  it('usage messages are in French first', async () => {
    const r = await run(['report', '--nope', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^erreur d’utilisation : option inconnue \(siae --help\) \/ error: unknown option/);
    const help = await run(['report', '--help']);
    expect(help.out).toContain('Utilisation :');
    expect(help.out).toContain('--excel');
  });
});

describe('bounded problems', () => {
  it('keeps at most the bound per code and counts the others', async () => {
    const lines = ['id_personne;id_structure;mois;heures'];
    for (let i = 0; i < 300; i++) lines.push(`P${i};ai-1;13/2025;beaucoup`);
    const { paths } = files({ 'heures.csv': `${lines.join('\n')}\n` });
    const loaded = await loadDataset(paths, mapping, { keepRows: false, maxIssuesPerCode: 5 });
    expect(loaded.issues).toHaveLength(10);
    expect(loaded.issueCounts).toEqual({ invalid_month: 300, invalid_number: 300 });
    expect(loaded.issueTotal).toBe(600);
    const r = await run(['validate', ...paths, '--max-issues', '3']);
    expect(r.err).toContain('600 problème(s)');
    expect(r.err).toContain('… et 594 autre(s) : 297 invalid_month, 297 invalid_number');
  });
});

describe('CSV for French Excel', () => {
  it('--format csv --excel writes `;`, a decimal comma, a UTF-8 BOM and CRLF', async () => {
    const names = ['structures.csv', 'contrats.csv', 'heures.csv', 'sorties.csv'].map((n) => join(sample, n));
    const r = await run(['report', ...names, '--format', 'csv', '--excel']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\ufeffid;libelle;valeur;unite;numerateur;denominateur;source;grille;')).toBe(true);
    expect(r.out.split('\r\n')[0]).toBe('\ufeffid;libelle;valeur;unite;numerateur;denominateur;source;grille;ic95_bas;ic95_haut;petit_effectif;meme_calcul_que;nature');
    const rate = r.out.split('\r\n').find((l) => l.startsWith('dynamic-exit-rate;'));
    expect(rate).toMatch(/^dynamic-exit-rate;[^;]+;0,\d+;ratio;\d+;\d+;/);
    expect((await run(['report', ...names, '--excel'])).code).toBe(2);
  });
});

describe('the bundled sample re-saved as Excel-FR', () => {
  it('(Windows-1252, `;`, CRLF, JJ/MM/AAAA, MM/AAAA, decimal comma) gives the same report as the original', async () => {
    const dataset = generateDataset(SAMPLE_OPTIONS);
    const excel = datasetToCsv(dataset, mapping, { delimiter: ';', eol: '\r\n', style: 'fr' });
    const content: Record<string, Uint8Array> = {};
    for (const [table, name] of Object.entries(SAMPLE_FILE_NAMES) as [DatasetTable, string][]) content[name] = encodeWindows1252(excel[table]);
    const { paths } = files(content);
    expect(excel.monthlyHours).toContain('\r\n');
    expect(excel.contracts).toMatch(/;\d{2}\/\d{2}\/\d{4};/);
    const original = Object.values(SAMPLE_FILE_NAMES).map((n) => join(sample, n));
    const a = await run(['report', ...original, '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'json']);
    const b = await run(['report', ...paths, '--from', '01/01/2025', '--to', '31/12/2025', '--format', 'json']);
    expect(b.code).toBe(a.code);
    const strip = (text: string) => {
      const { files: _f, rowIssues, ...report } = JSON.parse(text);
      return { report, rowIssues: rowIssues.map((i: { line: number; column: string | null; messageFr: string }) => [i.line, i.column, i.messageFr]) };
    };
    expect(strip(b.out)).toEqual(strip(a.out));
    expect(JSON.parse(b.out).files.map((f: { decoding: { encoding: string } }) => f.decoding.encoding)).toContain('windows-1252');
  }, 30_000);
});
