import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPersonalColumn } from '../input/fluxiae/format';
import { main } from '../main';
import { capture } from '../testing/captureIo';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sample', 'fluxiae');
const PERIOD = ['--from', '2025-01-01', '--to', '2025-12-31'];

/** A copy of the fixture without some files, or with a file changed. */
function fixtureCopy(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'siae-fluxiae-'));
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  return dir;
}
const fileOf = (dir: string, table: string) => join(dir, readdirSync(dir).find((f) => f.startsWith(`${table}_`))!);

describe('siae report on the FluxIAE fixture (figures checked by hand)', () => {
  /*
   * The fixture's exits (contracts and monthly states in packages/cli/sample/fluxiae), period 2025:
   *   P501 ACI, hired 06/01/2025, 100 h a month, exit 30/06/2025 "CDI non aidé"        → durable (more than 3 months)
   *   P502 ACI, hired 03/02/2025, exit 28/03/2025 "Au chômage"                          → below the ACI threshold (not more than 3 months)
   *   P503 ACI, hired 01/10/2024 then renewed, exit 31/03/2025 "Retraite"               → withdrawn (ASP category "Retrait")
   *   P504 ACI, hired 01/09/2024, exit 28/02/2025 "Sortie automatique"                  → withdrawn: the fixture's RefMotifSort files it under
   *                                                                                       "Retrait des sorties constatées" (default mapping: other)
   *   P505 ACI, hired 01/03/2025, exit 15/09/2025 "Formation qualifiante"               → positive
   *   P506 AI, 4 months × 40 h = 160 h, exit 31/05/2025 "CDD de moins de 6 mois"       → transition (160 ≥ 150 h)
   *   P507 AI, 4 months × 30 h = 120 h, exit 30/06/2025 "CDI non aidé"                  → below the AI threshold (120 < 150 h)
   *   P508 EI, hired 01/01/2025, exit 31/10/2025 "Sans nouvelle"                        → other
   *   P509 EI, exit 30/11/2024                                                          → outside the period
   *   P510 ACIPA, exit 30/04/2025                                                       → not read (dispositif outside the rates)
   *   P511 ACI, exit 31/01/2025 "Au chômage", hired again 01/03/2025, exit 31/08/2025 "CDI non aidé"
   *                                                                                     → only the latest exit counts: durable
   * Exits examined: P501, P505, P506, P508, P511 = 5; numerator (durable + transition + positive):
   * P501, P511 (durable), P506 (transition), P505 (positive) = 4; rate 4 / 5 = 80 %.
   * Withdrawn: P503, P504 = 2; below the threshold: P502, P507 = 2.
   */
  it('gives 4 / 5 = 80 % with the ASP’s categories, and says so', async () => {
    const io = capture();
    expect(await main(['report', '--input-format', 'fluxiae', '--format', 'json', FIXTURE, ...PERIOD], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.dynamicExitRate.value).toBe(0.8);
    expect([json.dynamicExitRate.numerator, json.dynamicExitRate.denominator]).toEqual([4, 5]);
    expect(json.dynamicExitRate.counts).toEqual({ durable: 2, transition: 1, positive: 1, other: 1, withdrawn: 2, belowThreshold: 2 });
    const why = Object.fromEntries(json.dynamicExitRate.members.map((m: { personId: string; exitedOn: string; why: string }) => [`${m.personId} ${m.exitedOn}`, m.why]));
    expect(why).toEqual({
      '501 2025-06-30': 'in_numerator',
      '502 2025-03-28': 'below_threshold',
      '503 2025-03-31': 'withdrawn_reason',
      '504 2025-02-28': 'withdrawn_reason',
      '505 2025-09-15': 'in_numerator',
      '506 2025-05-31': 'in_numerator',
      '507 2025-06-30': 'below_threshold',
      '508 2025-10-31': 'not_in_numerator',
      '509 2024-11-30': 'outside_period',
      '511 2025-01-31': 'not_latest_exit',
      '511 2025-08-31': 'in_numerator',
    });
    // Per structure: 1001 (ACI) 3 / 3, 1002 (AI) 1 / 1, 1003 (EI) 0 / 1; 1004 has only an FDI contract.
    expect(json.breakdowns.structure.groups.map((g: { key: string; result: { numerator: number; denominator: number } }) => [g.key, g.result.numerator, g.result.denominator])).toEqual([
      ['1001', 3, 3],
      ['1002', 1, 1],
      ['1003', 0, 1],
    ]);
    expect(json.input.categoryMapping.id).toBe('asp-fluxiae');
    expect(json.rowIssues).toEqual([]);
    expect(io.err).toContain('2 contrat(s) d’un dispositif hors taux de sortie');
    expect(io.err).toContain('1 ligne(s) mensuelle(s) en double');
  });

  it('`--format fluxiae` (as the issue spells it) is the same reading, with the table output', async () => {
    const io = capture();
    expect(await main(['report', '--format', 'fluxiae', FIXTURE, ...PERIOD], io)).toBe(0);
    expect(io.out).toContain('Taux de sortie dynamique : 80,0 % (4 / 5 sorties examinées ;');
    expect(io.out).toContain('Catégories de sortie : celles de l’ASP, lues dans fluxIAE_RefMotifSort → fluxIAE_RefCategorieSort');
    for (const format of ['markdown', 'html']) {
      const o = capture();
      expect(await main(['report', '--input-format', 'fluxiae', '--format', format, FIXTURE, ...PERIOD], o)).toBe(0);
      expect(o.out).toContain('Catégories de sortie : celles de l’ASP');
    }
    const csv = capture();
    expect(await main(['report', '--input-format', 'fluxiae', '--format', 'csv', FIXTURE, ...PERIOD], csv)).toBe(0);
    expect(csv.out.split('\n')[0]).toBe('id,libelle,valeur,unite,numerateur,denominateur,source,grille,ic95_bas,ic95_haut,petit_effectif,meme_calcul_que,nature');
    expect(csv.err).toContain('Catégories de sortie : celles de l’ASP');
  });

  it('without fluxIAE_RefCategorieSort: the default mapping, where "Sortie automatique" is another exit: 4 / 6', async () => {
    const dir = fixtureCopy((d) => rmSync(fileOf(d, 'fluxIAE_RefCategorieSort')));
    const io = capture();
    expect(await main(['report', '--input-format', 'fluxiae', '--format', 'json', dir, ...PERIOD], io)).toBe(0);
    const json = JSON.parse(io.out);
    // P504 is now examined (hired 01/09/2024, exit 28/02/2025: more than 3 months) and not in the numerator.
    expect([json.dynamicExitRate.numerator, json.dynamicExitRate.denominator]).toEqual([4, 6]);
    expect(json.dynamicExitRate.counts).toEqual({ durable: 2, transition: 1, positive: 1, other: 2, withdrawn: 1, belowThreshold: 2 });
    expect(json.input.categoryMapping).toEqual({ id: 'dgefp-asp', default: true });
    rmSync(dir, { recursive: true });
  });

  it('exit 2 naming the missing table, and on --format fluxiae against another --input-format', async () => {
    const dir = fixtureCopy((d) => rmSync(fileOf(d, 'fluxIAE_ContratMission')));
    const io = capture();
    expect(await main(['report', '--input-format', 'fluxiae', dir], io)).toBe(2);
    expect(io.err).toContain('fichier(s) FluxIAE absent(s) : fluxIAE_ContratMission');
    rmSync(dir, { recursive: true });
    const e = capture();
    expect(await main(['report', '--input-format', 'csv', '--format', 'fluxiae', FIXTURE], e)).toBe(2);
    const m = capture();
    expect(await main(['report', '--input-format', 'fluxiae', join(FIXTURE, 'nothing-here')], m)).toBe(2);
    expect(m.err).toContain('chemin introuvable');
  });

  it('exit 1 when a row is left out, naming file, line and column', async () => {
    const dir = fixtureCopy((d) => {
      const f = fileOf(d, 'fluxIAE_ContratMission');
      writeFileSync(f, readFileSync(f, 'utf8').replace('|06/01/2025|06/01/2025|', '|06/01/2025|31/02/2025|'));
    });
    const io = capture();
    expect(await main(['report', '--input-format', 'fluxiae', dir, ...PERIOD], io)).toBe(1);
    expect(io.err).toMatch(/fluxIAE_ContratMission_01122026_020000\.csv, ligne 3, colonne contrat_date_embauche : doit être une date JJ\/MM\/AAAA/);
    // P501's contract is left out: its monthly rows and its exit go with it.
    expect(io.err).toContain('contrat absent de fluxIAE_ContratMission');
    rmSync(dir, { recursive: true });
  });
});

describe('siae validate --input-format fluxiae', () => {
  it('lists each file, the dataset and the notes; exit 0', async () => {
    const io = capture();
    expect(await main(['validate', '--input-format', 'fluxiae', FIXTURE], io)).toBe(0);
    expect(io.out).toContain('(fluxIAE_EtatMensuelIndiv) : 73 lignes, 0 écartée(s) à la lecture');
    expect(io.out).toContain('(fluxIAE_Salarie) : 12 lignes, 0 écartée(s) à la lecture, 11 colonne(s) personnelle(s) écartée(s)');
    expect(io.out).toContain('Jeu de données : 3 structure(s), 12 contrat(s), 66 ligne(s) d’heures, 11 sortie(s).');
    expect(io.out).toContain('Aucun problème.');
    const f = capture();
    expect(await main(['validate', '--format', 'fluxiae', FIXTURE], f)).toBe(0);
    expect(f.out).toBe(io.out);
  });
});

describe('personal data in FluxIAE files', () => {
  /** Every value of a personal column of the fixture (long enough not to match a count by chance). */
  function personalValues(dir: string): string[] {
    const values = new Set<string>();
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      const lines = readFileSync(join(dir, name), 'utf8').replace(/\n\|/g, '|').split(/\r?\n/);
      const header = lines[1]!.split('|');
      for (const line of lines.slice(2)) {
        if (line.startsWith('FIN') || line === '') continue;
        line.split('|').forEach((v, i) => {
          if (isPersonalColumn(header[i] ?? '') && v.length >= 5) values.add(v);
        });
      }
    }
    return [...values];
  }

  it('never reach a report, a message or a note, in any format; nor an issue of a malformed line', async () => {
    const dir = fixtureCopy((d) => {
      const f = fileOf(d, 'fluxIAE_Salarie');
      // A line cut short: its NIR, names and birth date must not be echoed by the issue.
      writeFileSync(f, readFileSync(f, 'utf8').replace('FIN|', '599|M.|185055935059945|DUPONTEL599|NAISSANCE599|Gaston|10/05/1985\r\nFIN|'));
    });
    const secrets = personalValues(dir);
    expect(secrets).toContain('185055935059945');
    expect(secrets).toContain('gaston.dupontel501@example.org');
    expect(secrets).toContain('FR7630001007941234567890185');
    expect(secrets.length).toBeGreaterThan(100);
    const outputs: string[] = [];
    let issues = 0;
    for (const format of ['table', 'json', 'markdown', 'html', 'csv']) {
      const io = capture();
      expect(await main(['report', '--input-format', 'fluxiae', '--format', format, dir, ...PERIOD], io)).toBe(1);
      outputs.push(io.out, io.err);
      issues += (io.err.match(/nombre de champs inattendu/g) ?? []).length;
    }
    const v = capture();
    expect(await main(['validate', '--input-format', 'fluxiae', dir], v)).toBe(1);
    outputs.push(v.out, v.err);
    expect(issues).toBe(5);
    expect(v.err).toContain('ligne 15 : nombre de champs inattendu (7 au lieu de 16) : ligne écartée');
    const all = outputs.join('\n');
    for (const s of secrets) expect(all.includes(s), `a personal value of the fixture reached an output`).toBe(false);
    rmSync(dir, { recursive: true });
   }, 30_000);
});
