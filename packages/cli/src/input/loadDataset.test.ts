import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { defaultMapping } from '../mapping/defaultMapping';
import { capture } from '../testing/captureIo';
import { loadDataset } from './loadDataset';
import { checkPlausibleDate } from './plausible';

// The shortcuts of the CSV reading on large files (headers folded once per file, one intern table
// per column group, the previous row's key numbers reused by the duplicate finder) must read what
// the plain reading reads: these tests pin it on files laid out to trip each shortcut.

const dir = mkdtempSync(join(tmpdir(), 'siae-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, lines: string[]) => {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const structures = write('structures.csv', ['id_structure;type;siret;nom;departement', 'aci-1;ACI;73282932000074;Chantier;59', 'P1;ACI;35600000000001;Chantier homonyme;62']);

describe('headers', () => {
  const rows = ['P1;aci-1;2025-03-31;CDI_NON_AIDE;;;', 'P2;aci-1;2025-04-30;CHOMAGE;CDI_NON_AIDE;;', 'P3;aci-1;31/02/2025;CHOMAGE;;;'];
  it('read the same rows and problems whatever their case, accents, spaces and dashes (folded once per file)', async () => {
    const plain = write('plain/sorties.csv', ['id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois', ...rows]);
    const folded = write('folded/sorties.csv', ['ID Personne; Id-Structure ;Date Sortie;MOTIF_SORTIE;Situation 3 mois;situation-6-mois;Situation_12_Mois', ...rows]);
    const a = await loadDataset([plain], defaultMapping);
    const b = await loadDataset([folded], defaultMapping);
    expect(b.dataset.exits).toEqual(a.dataset.exits);
    expect(b.dataset.exits).toEqual([
      { personId: 'P1', structureId: 'aci-1', date: '2025-03-31', reason: 'CDI_NON_AIDE' },
      { personId: 'P2', structureId: 'aci-1', date: '2025-04-30', reason: 'CHOMAGE', followUp: { 3: 'CDI_NON_AIDE' } },
    ]);
    // The same problem, named by each file's own header.
    expect(a.issues.map((i) => [i.line, i.column, i.code])).toEqual([[4, 'date_sortie', 'invalid_date']]);
    expect(b.issues.map((i) => [i.line, i.column, i.code])).toEqual([[4, 'Date Sortie', 'invalid_date']]);
  });
});

describe('values shared between rows', () => {
  it('keep each column its own value when a person id equals a structure id and dates repeat across columns', async () => {
    const contrats = write('shared/contrats.csv', ['id_contrat;id_personne;id_structure;type;date_debut;date_fin', 'C1;P1;aci-1;CDDI;2025-01-06;2025-03-31', 'C2;aci-1;P1;CDDI;2025-03-31;2025-06-30']);
    const loaded = await loadDataset([structures, contrats], defaultMapping);
    expect(loaded.dataset.contracts.map((c) => [c.personId, c.structureId, c.startDate, c.endDate])).toEqual([
      ['P1', 'aci-1', '2025-01-06', '2025-03-31'],
      ['aci-1', 'P1', '2025-03-31', '2025-06-30'],
    ]);
  });
});

describe('duplicates', () => {
  // Lines 2-9: P1's rows follow each other with another structure or month in between; line 9
  // repeats line 2's key after other people's rows.
  const heures = ['id_personne;id_structure;mois;heures', 'P1;aci-1;2025-01;10', 'P1;aci-1;2025-01;11', 'P1;P1;2025-01;12', 'P1;aci-1;2025-02;13', 'P2;aci-1;2025-01;14', 'P1;aci-1;2025-02;15', 'P2;aci-1;2025-01;16', 'P1;aci-1;2025-01;17'];
  const expected = [
    [2, 'la ligne 9'],
    [3, 'la ligne 9'],
    [5, 'la ligne 7'],
    [6, 'la ligne 8'],
  ];
  it('are found when the rows of a person follow each other, the last row of a key kept (siae report)', async () => {
    const loaded = await loadDataset([write('dups/heures.csv', heures)], defaultMapping);
    const dups = loaded.issues.filter((i) => i.code === 'duplicate');
    expect(dups.map((i) => [i.line, /que (la ligne \d+)/.exec(i.messageFr)?.[1]])).toEqual(expected);
    expect(loaded.dataset.monthlyHours.map((h) => h.hours)).toEqual([12, 15, 16, 17]);
  });
  it('are the same when the rows are not kept (siae validate)', async () => {
    const loaded = await loadDataset([write('dups2/heures.csv', heures)], defaultMapping, { keepRows: false });
    expect(loaded.issues.filter((i) => i.code === 'duplicate').map((i) => [i.line, /que (la ligne \d+)/.exec(i.messageFr)?.[1]])).toEqual(expected);
    expect(loaded.files[0]).toMatchObject({ rows: 8, rejected: 4, duplicates: 4 });
  });
});

describe('rows the period cannot use', () => {
  it('are still checked and reported by siae report: nothing left out goes unsaid', async () => {
    const contrats = write('period/contrats.csv', ['id_contrat;id_personne;id_structure;type;date_debut;date_fin', 'C1;P1;aci-1;CDDI;2025-01-06;2025-06-30', 'C2;P2;aci-1;CDDI;2019-01-07;2019-06-28']);
    const sorties = write('period/sorties.csv', [
      'id_personne;id_structure;date_sortie;motif_sortie',
      'P1;aci-1;2025-06-30;CDI_NON_AIDE',
      // Out of the period: a bad reason, an unknown structure, a duplicate.
      'P2;aci-1;2019-06-28;PAS_UN_MOTIF',
      'P3;inconnue;2019-06-28;CHOMAGE',
      'P2;aci-1;2019-05-31;CHOMAGE',
      'P2;aci-1;2019-05-31;CHOMAGE',
    ]);
    const heures = write('period/heures.csv', ['id_personne;id_structure;mois;heures', 'P1;aci-1;2025-03;100']);
    const io = capture();
    const code = await main(['report', structures, contrats, heures, sorties, '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'json'], io);
    expect(code).toBe(1);
    const out = JSON.parse(io.out) as { rowIssues: { line: number; code: string }[]; dynamicExitRate: { denominator: number } };
    expect(out.rowIssues.map((i) => [i.line, i.code])).toEqual([
      [3, 'unknown_code'],
      [5, 'duplicate'],
      [4, 'unknown_structure'],
    ]);
    expect(out.dynamicExitRate.denominator).toBe(1);
  });
});

describe('checkPlausibleDate', () => {
  it('gives the birth window to a birth-date field, at any depth, and to no other field', () => {
    for (const field of ['birthDate', 'person.birthDate', 'date_naissance', 'a.b.date_naissance', '.birthDate']) expect(checkPlausibleDate('1950-01-01', field), field).toBeNull();
    for (const field of ['xbirthDate', 'birthDate.x', 'date', 'rebirthDate', 'a.xdate_naissance', 'birth']) expect(checkPlausibleDate('1950-01-01', field)?.code, field).toBe('implausible_date');
  });
});
