// Checks the committed data against the source texts themselves (the seeds folder beside the repository):
// nothing dropped, nothing invented. Skipped, with a message, only when the folder is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getReferentiel } from '../data';
import editionFormationProjet from '../data/referentiel-formation-projet.json';
import editionAnnexe2 from '../data/referentiel-annexe-2.json';
import { cedre, toolBox } from '../grids/cedre';
import { inaeQualityGrid } from '../grids/inae';
import { plieReferentiel } from '../grids/plie';
import { fold } from '../query/find';
import { referentielFromSeed } from './buildReferentiel';
import { correctTypos } from './typos';

const seeds = process.env.SIAE_SEEDS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..', 'shared', 'seeds');
const has = existsSync(seeds);
if (!has) console.warn(`@siae/referentiel: seed folder ${seeds} absent, the checks against the seed text are skipped`);
/** The text of a source document by its number (`000` to `004`): the file whose name starts with it. */
const read = (n: string) => readFileSync(join(seeds, readdirSync(seeds).find((f) => f.startsWith(`${n}_`) && f.endsWith('.txt'))!), 'utf8');
/** Whitespace normalised and the known typos corrected. */
const norm = (s: string) => correctTypos(s).replace(/\s+/g, ' ').trim();
/** Accents, case, punctuation and whitespace folded: for passages the data reflows (lists, bullets). */
const loose = (s: string) => fold(s).replace(/[’']/g, "'").replace(/[^a-z0-9']+/g, ' ').trim();
/**
 * Items the data rejoins from pieces the text lays out apart, or whose parenthesis summarises the
 * paragraph under the tool's name: each piece must be in the text.
 */
const REJOINED: Record<string, string[]> = {
  "Mettre en œuvre des actions préventives et correctives pour garantir l'amélioration continue des produits et services rendus aux clients et aux prescripteurs de l'entreprise": [
    "Mettre en œuvre des actions préventives et correctives pour garantir l'amélioration continue",
    "des produits et services rendus aux clients et aux prescripteurs de l'entreprise",
  ],
  "Capitalisation d'outils sur le site internet de l'URIAE (livret d'accueil, profil de postes)": ["Capitalisation d'outils sur le site internet de l'URIAE", "livret d'accueil, de profil de postes"],
  "Léa : Logiciel pour l'évaluation et l'accompagnement (Chantier école)": ["Léa : Logiciel pour l'évaluation et l'accompagnement", 'réseau Chantier école'],
  'VITA (centre de ressources, développement territorial des entreprises conventionnées IAE)': [
    'Centre de ressources VITA',
    "entreprises conventionnées Insertion par l'Activité Economique",
    'développement solidaire et responsable des territoires',
  ],
  'Des attestations de compétences, portefeuille de compétences, des CV': ['Des attestations de compétences', 'portefeuille de compétences, des CV'],
};
const expectInSeed = (seed: string, label: string) => {
  for (const piece of REJOINED[label] ?? [label]) expect(seed, label).toContain(loose(piece));
};

describe.runIf(has)('seed 000: both editions of the référentiel', () => {
  const text = has ? read('000') : '';
  const tableLines = text.split('\n').filter((l) => l.split('\t').length === 3 && !l.startsWith('Fonctions'));

  it('re-extracts exactly the committed data from the seed', () => {
    expect(referentielFromSeed(text)).toEqual([editionFormationProjet, editionAnnexe2]);
  });

  it('has every action sentence of each edition, in order, and no other', () => {
    const actions = (['formation-projet', 'annexe-2'] as const).flatMap((e) => getReferentiel(e).axes.flatMap((a) => a.rows.map((r) => r.action)));
    expect(tableLines).toHaveLength(66);
    expect(actions.map(norm)).toEqual(tableLines.map((l) => norm(l.split('\t')[1]!)));
  });

  it('keeps every fonction and competence cell, and the source wording where a typo was corrected', () => {
    const rows = (['formation-projet', 'annexe-2'] as const).flatMap((e) => getReferentiel(e).axes.flatMap((a) => a.rows));
    tableLines.forEach((l, i) => {
      const [fonction, action, competences] = l.split('\t').map((c) => c.trim()) as [string, string, string];
      const row = rows[i]!;
      if (fonction !== '') expect(row.fonction).toBe(norm(fonction));
      expect(row.fonctionContinued).toBe(fonction === '');
      expect(norm(row.competences)).toBe(norm(competences));
      expect(row.sourceWording?.action ?? row.action).toBe(action);
    });
  });

  it('rebuilds every action from its head and sub-items (nothing lost in the split)', () => {
    for (const e of ['formation-projet', 'annexe-2'] as const)
      for (const r of getReferentiel(e).axes.flatMap((a) => a.rows)) expect(loose([r.actionHead, ...r.subItems].join(' '))).toBe(loose(r.action));
  });

  it('has every axis title and global objective', () => {
    const folded = loose(correctTypos(text));
    for (const e of ['formation-projet', 'annexe-2'] as const)
      for (const a of getReferentiel(e).axes) {
        expect(text).toContain(`Axe n°${a.number} : ${a.titleSourceWording ?? a.title}`);
        for (const o of a.objectives) expect(folded).toContain(loose(o));
      }
    expect(getReferentiel('formation-projet').axes.flatMap((a) => a.objectives)).toHaveLength(7);
  });
});

describe.runIf(has)('seed 001: CEDRE and the tool box', () => {
  const s1 = has ? loose(read('001')) : '';
  it('has every CEDRE item, objective and tool', () => {
    for (const p of [...cedre.keyProcesses, cedre.continuousImprovement]) {
      expect(s1).toContain(loose(p.titleFr));
      for (const i of p.items) expectInSeed(s1, i.labelFr);
    }
    for (const o of cedre.objectivesFr) expect(s1).toContain(loose(o));
    for (const a of [...cedre.attestationsFr, cedre.scopeFr, cedre.aimFr]) expect(s1).toContain(loose(a));
    expect(s1).toContain(loose('initiée dès 1996 par la Fédération COORACE'));
    expect(s1).toContain(loose('dont la version 2 est entrée en vigueur en février 2008'));
    for (const t of toolBox) expectInSeed(s1, t.sourceWording ?? t.labelFr);
    expect(cedre.keyProcesses.map((p) => p.items.length)).toEqual([5, 3, 3]);
  });
});

describe.runIf(has)('seed 002: the PLIE technical référentiel', () => {
  const s2 = has ? loose(read('002')) : '';
  it('has every target public, expected value, tool, follow-up time and indicator', () => {
    for (const p of [...plieReferentiel.targetPublicsFr, ...plieReferentiel.expectedValueFr, ...plieReferentiel.tools, ...plieReferentiel.timeAccountingFr, ...plieReferentiel.meansFr.slice(1)])
      expect(s2).toContain(loose(p));
    for (const i of plieReferentiel.indicators) expect(s2).toContain(loose(i.labelFr));
    expect(s2).toContain(loose(plieReferentiel.fundingRuleFr));
    for (const p of plieReferentiel.eligibilityProofsFr) expect(s2).toContain(loose(p));
    for (const o of plieReferentiel.operators) expect(s2).toContain(loose(o.labelFr.replace(/^Associations proposant/, 'associations proposant')));
    expect(plieReferentiel.indicators.map((i) => i.kind).filter((k) => k === 'quantitative')).toHaveLength(6);
    expect(plieReferentiel.indicators).toHaveLength(11);
  });
  it('has the three phases', () => {
    for (const p of plieReferentiel.phases) expect(s2).toContain(loose(`Une phase ${p.labelFr === 'Adaptation' ? "d'adaptation" : `de ${p.labelFr}`}`));
  });
});

describe.runIf(has)('seed 004: the INAÉ grid', () => {
  const raw = has ? read('004').replace(/\s+/g, ' ') : '';
  const s4 = loose(raw);
  it('has every numbered improvement track with its number (1 to 4 are unnumbered in the text)', () => {
    for (const t of inaeQualityGrid.tracks) {
      if (t.numberAssumed) expect(s4).toContain(loose(t.labelFr));
      else expect(raw).toContain(`${t.number}. ${t.labelFr}`);
    }
    expect(inaeQualityGrid.tracks.filter((t) => t.numberAssumed).map((t) => t.number)).toEqual([1, 2, 3, 4]);
  });
  it('has every dimension, criterion and indicator', () => {
    for (const d of inaeQualityGrid.dimensions) {
      for (const c of d.criteria) expectInSeed(s4, c.labelFr);
      for (const i of d.indicators) expect(s4).toContain(loose(i.labelFr));
    }
    expect(inaeQualityGrid.dimensions).toHaveLength(8);
  });
});

describe.skipIf(has)('without the seed folder', () => {
  it('skips the checks against the seed text (folder absent)', () => {
    expect(has).toBe(false);
  });
});
