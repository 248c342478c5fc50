import { isCriterionInForceUnchecked } from './inForce';
import { type CriterionCode, expectArray, expectIsoDate, expectObject, expectString, type IsoDate } from '@siae/model';

/** Level of an IAE criterion: one level-1 criterion, or N level-2 criteria, make a person eligible. */
export type CriterionLevel = 1 | 2;

/** Annex of a GEIQ criterion (arrêté GEIQ): "1", "2", "1+2", or "0" for the ones outside both annexes. */
export type GeiqAnnex = '0' | '1' | '2' | '1+2';

/** A label in force from a date (criteria were relabelled over time). */
export interface DatedLabel {
  /** First day this label applies. */
  validFrom: IsoDate;
  /** The French label. */
  labelFr: string;
  /** Legal or public reference of the change. */
  source: string;
}

/** One administrative criterion of the catalogue. */
export interface CriterionDefinition {
  /** Stable code, the national platform's (les-emplois) code. */
  code: CriterionCode;
  /** Current French label. */
  labelFr: string;
  /** Every label the national platform gave it, oldest first (see {@link PLATFORM_CRITERION_LABELS}). */
  labels: readonly DatedLabel[];
  /** IAE level, or null for GEIQ-only criteria. */
  iaeLevel: CriterionLevel | null;
  /** GEIQ annex and level (level only for annex 2 and 1+2), or null when the GEIQ does not use it. */
  geiq: { annex: GeiqAnnex; level: CriterionLevel | null } | null;
  /** First day the criterion can be used in an IAE diagnosis (null for GEIQ-only). */
  validFrom: IsoDate;
  /** Last day it can be used (inclusive), or null while in force. No criterion was ever deleted. */
  validUntil: IsoDate | null;
  /** How recent the proof must be, in plain French. */
  proofFr: string;
  /** Proof validity in months before the PASS IAE, when the rule is a duration (null otherwise). */
  proofValidityMonths: number | null;
  /** Checked against a public API (API Particulier, France Travail) instead of a paper proof. */
  certifiable: boolean;
  /** Derivable from the person's profile (`deriveCriteria`). */
  derivable: boolean;
  /** Where it comes from. */
  source: string;
}

const LE = (sha: string, file = 'itou/eligibility/data/administrative_criteria.json') => `gip-inclusion/les-emplois ${file} @ ${sha.slice(0, 12)}`;
const HEAD_SHA = '543eae8d2d547947d3e3ead6dbb2e9668c16db44';
const SRC = `${LE(HEAD_SHA)}, itou/eligibility/enums.py`;
const SRC_GEIQ = LE(HEAD_SHA, 'itou/eligibility/data/administrative_criteria_geiq.json');
const FIRST = '2020-03-23';
const REFORM = '2021-09-03';

const CL = (version: string, entry: string) => `gip-inclusion/les-emplois CHANGELOG.md, version ${version} (« ${entry} »)`;
/** The platform's first labels: the model's verbose names of 2020-03-23 (commit f31ed11b1a5d, loaded as data by 4abcf0856770). */
const L0 = `${LE('f31ed11b1a5d0cc9f3d479411576dbf917cbfd15', 'itou/eligibility/models.py')}, ${LE('4abcf0856770e2b33321a2c7c63005acee3f9237')}`;
const L_REFORM = `${CL('[26] du 9 septembre 2021', "Mise à jour des critères d'éligibilité")} ; ${LE('1f4f031afa5ceca75fcd2391757b42b94daec769')}`;

/**
 * Every label the national platform gave each IAE criterion, oldest first, dated by the release
 * that shipped it (its CHANGELOG) and citing the commit. The platform shows these short labels;
 * `labelFr` is our explicit label of today.
 */
export const PLATFORM_CRITERION_LABELS: Readonly<Record<string, readonly DatedLabel[]>> = Object.freeze({
  RSA: [
    { validFrom: FIRST, labelFr: 'Bénéficiaire du RSA', source: L0 },
    { validFrom: '2020-10-08', labelFr: 'Bénéficiaire du RSA (socle)', source: `${CL('[4] du 8 octobre 2020', 'Apport d’une précision sur le critère BRSA en ajoutant "socle"')} ; ${LE('4d279b62e09562eb64fefdae921cec69cd6aaa87')}` },
    {
      validFrom: '2021-09-24',
      labelFr: 'Bénéficiaire du RSA',
      source: `${CL('[27] du 24 septembre 2021', 'Suppression de la mention "(socle)" du critère d’éligibilité "Bénéficiaire du RSA"')} ; ${LE('76fe75ccaddfec9bba697240040783eb7f735920', 'itou/eligibility/migrations')}`,
    },
  ],
  ASS: [{ validFrom: FIRST, labelFr: 'Allocataire ASS', source: L0 }],
  AAH: [{ validFrom: FIRST, labelFr: 'Allocataire AAH', source: L0 }],
  DETLD: [{ validFrom: FIRST, labelFr: 'DETLD (+ 24 mois)', source: L0 }],
  CAP_BEP: [
    { validFrom: FIRST, labelFr: "Niveau d'étude 3 ou infra", source: L0 },
    { validFrom: '2020-09-24', labelFr: "Niveau d'étude 3 (CAP, BEP) ou infra", source: `${CL('[3] du 24 septembre 2020', "Précision dans les critères d'éligibilité sur le Niveau d'étude III")} ; ${LE('906ff0edefebdd3ddd8e767f474498d02825de08')}` },
  ],
  SENIOR: [{ validFrom: FIRST, labelFr: 'Senior (+50 ans)', source: L0 }],
  JEUNE: [
    { validFrom: FIRST, labelFr: 'Jeunes (-26 ans)', source: L0 },
    { validFrom: '2021-07-29', labelFr: 'Jeune (-26 ans)', source: `${CL('[23] du 29 juillet 2021', 'Renommage du critère « Jeunes (-26 ans) » au singulier')} ; ${LE('a90d1c6b6311f152d4f5ee29ad75749eff4a8fff')}` },
  ],
  ASE: [{ validFrom: FIRST, labelFr: "Sortant de l'ASE", source: L0 }],
  DELD: [{ validFrom: FIRST, labelFr: 'DELD (12-24 mois)', source: L0 }],
  TH: [{ validFrom: FIRST, labelFr: 'Travailleur handicapé', source: L0 }],
  PI: [{ validFrom: FIRST, labelFr: 'Parent isolé', source: L0 }],
  PSH_PR: [{ validFrom: FIRST, labelFr: 'Personne sans hébergement ou hébergée ou ayant un parcours de rue', source: L0 }],
  REF_DA: [
    { validFrom: FIRST, labelFr: 'Primo arrivant', source: L0 },
    {
      validFrom: '2021-01-28',
      labelFr: "Primo arrivant (personne récemment arrivée en France avec un contrat d'intégration républicaine de moins de 24 mois)",
      source: `${CL('[11] du 28 janvier 2021', 'le critère "Primo arrivant" devient "Primo arrivant (personne récemment arrivée en France avec un contrat d’intégration républicaine de moins de 24 mois)"')} ; ${LE('2f916c253477ec6c69c4f875d20b8a80fbbd6473')}`,
    },
    { validFrom: '2021-09-09', labelFr: "Réfugié statutaire, protégé subsidiaire ou demandeur d'asile", source: L_REFORM },
    {
      validFrom: '2022-05-13',
      labelFr: "Réfugié statutaire, bénéficiaire d'une protection temporaire, protégé subsidiaire ou demandeur d'asile",
      source: `${CL('[42] du 13 mai 2022', 'Modification du critère d’éligibilité réfugié')} ; ${LE('70638e72f79b8e43deb53d163c9612d0b64ea7b2', 'itou/eligibility/migrations')}`,
    },
  ],
  ZRR: [
    { validFrom: FIRST, labelFr: 'Résident ZRR', source: L0 },
    { validFrom: '2026-03-09', labelFr: 'Résident ZRR/ZFRR', source: `${CL('du 9 mars 2026', 'PASS IAE / GEIQ : Mentionner "ZRR/ZFRR" au lieu de "ZRR" dans les critères d’éligibilité')} PR #7630 ; ${LE('be668c3c1b20dbc9f8d87a9213cd5928a776e52b')}` },
  ],
  QPV: [{ validFrom: FIRST, labelFr: 'Résident QPV', source: L0 }],
  DETENTION_MJ: [{ validFrom: REFORM, labelFr: 'Sortant de détention ou personne placée sous main de justice', source: L_REFORM }],
  FLE: [
    { validFrom: REFORM, labelFr: 'Maîtrise de la langue française', source: L_REFORM },
    { validFrom: '2025-08-04', labelFr: 'Maîtrise de la langue française inférieure au niveau A1', source: `${CL('du 4 août 2025', 'Candidature : Reformulation des critères d’éligibilité Mobilité et Langue française')} PR #6607 ; ${LE('d70de839e2282b6e34a0c0afe53982d54f9f22ab')}` },
  ],
  PM: [
    { validFrom: REFORM, labelFr: 'Mobilité', source: L_REFORM },
    { validFrom: '2025-08-04', labelFr: 'Problème de mobilité', source: `${CL('du 4 août 2025', 'Candidature : Reformulation des critères d’éligibilité Mobilité et Langue française')} PR #6607 ; ${LE('d70de839e2282b6e34a0c0afe53982d54f9f22ab')}` },
  ],
});

function c(
  code: CriterionCode,
  iaeLevel: CriterionLevel | null,
  labelFr: string,
  geiq: CriterionDefinition['geiq'],
  proofFr: string,
  proofValidityMonths: number | null,
  extra: Partial<Pick<CriterionDefinition, 'labels' | 'validFrom' | 'certifiable' | 'derivable' | 'source'>> = {},
): CriterionDefinition {
  const validFrom = extra.validFrom ?? FIRST;
  return {
    code,
    labelFr,
    labels: extra.labels ?? PLATFORM_CRITERION_LABELS[code] ?? [{ validFrom, labelFr, source: extra.source ?? SRC }],
    iaeLevel,
    geiq,
    validFrom,
    validUntil: null,
    proofFr,
    proofValidityMonths,
    certifiable: extra.certifiable ?? false,
    derivable: extra.derivable ?? false,
    source: extra.source ?? SRC,
  };
}

const G2_1 = { annex: '2', level: 1 } as const;
const G2_2 = { annex: '2', level: 2 } as const;
const G12_2 = { annex: '1+2', level: 2 } as const;
const G1 = { annex: '1', level: null } as const;
const G0 = { annex: '0', level: null } as const;

/**
 * The criteria catalogue: the 18 IAE criteria (4 of level 1, 14 of level 2) and the 10 GEIQ-only
 * ones (28 for the GEIQ), with their levels, GEIQ annexes, proofs, validity periods and labels.
 */
export const criteriaCatalogue: readonly CriterionDefinition[] = Object.freeze([
  c('RSA', 1, 'Bénéficiaire du RSA', G2_1, 'Justificatif de moins de 3 mois avant le PASS IAE', 3, { certifiable: true }),
  c('ASS', 1, 'Allocataire ASS', G2_1, 'Justificatif de moins de 3 mois', 3),
  c('AAH', 1, 'Allocataire AAH', G2_1, 'Justificatif de moins de 3 mois', 3, { certifiable: true }),
  c('DETLD', 1, "Demandeur d'emploi de très longue durée (24 mois et plus)", G2_1, 'Justificatif de moins de 3 mois', 3, { derivable: true }),
  c('CAP_BEP', 2, "Niveau d'étude 3 (CAP, BEP) ou infra", G2_2, "Attestation sur l'honneur de moins de 3 mois", 3, { derivable: true }),
  c('SENIOR', 2, 'Senior (50 ans et plus)', G2_2, "Pièce d'identité", null, { derivable: true }),
  c('JEUNE', 2, 'Jeune (moins de 26 ans)', G2_2, "Pièce d'identité", null, { derivable: true }),
  c('ASE', 2, "Sortant de l'aide sociale à l'enfance", G2_2, 'Justificatif de moins de 12 mois', 12),
  c('DELD', 2, "Demandeur d'emploi de longue durée (12 à 24 mois)", G2_2, 'Justificatif de moins de 3 mois', 3, { derivable: true }),
  c('TH', 2, 'Travailleur handicapé', G12_2, "Décision en cours de validité à l'embauche", null, { certifiable: true }),
  c('PI', 2, 'Parent isolé', G2_2, 'Justificatif de moins de 3 mois', 3, { certifiable: true }),
  c('PSH_PR', 2, 'Personne sans hébergement ou hébergée ou ayant un parcours de rue', G2_2, 'Justificatif de moins de 3 mois', 3),
  c(
    'REF_DA',
    2,
    "Réfugié statutaire, bénéficiaire d'une protection temporaire, protégé subsidiaire ou demandeur d'asile",
    G12_2,
    'Titre en cours de validité à la délivrance du PASS IAE',
    null,
  ),
  c('ZRR', 2, 'Résident ZRR / ZFRR', G12_2, 'Justificatif de moins de 6 mois', 6, { derivable: true }),
  c('QPV', 2, 'Résident QPV', G12_2, 'Justificatif de moins de 6 mois', 6, { derivable: true }),
  c('DETENTION_MJ', 2, 'Sortant de détention ou personne placée sous main de justice', G12_2, 'Justificatif de moins de 6 mois', 6, {
    validFrom: REFORM,
  }),
  c('FLE', 2, 'Maîtrise de la langue française inférieure au niveau A1', G2_2, 'Justificatif de moins de 6 mois', 6, { validFrom: REFORM }),
  c('PM', 2, 'Problème de mobilité', G2_2, 'Justificatif de moins de 6 mois', 6, { validFrom: REFORM }),
  // GEIQ-only criteria (annex 1 or outside both annexes).
  ...(
    [
      ['JEUNE_SQ', 'Jeune de moins de 26 ans sans qualification (niveau 4 maximum)', G1],
      ['MINIMA', 'Bénéficiaire des minima sociaux', G1],
      ['SANS_TRAVAIL_12', 'Personne éloignée du marché du travail (> 1 an)', G1],
      ['DE_45', "Demandeur d'emploi de 45 ans et plus", G1],
      ['RECONVERSION', 'Personne en reconversion professionnelle contrainte', G1],
      ['SIAE_CUI', "Personne bénéficiant ou sortant d'un dispositif d'insertion", G1],
      ['RS_PS_DA', "Demandeur d'asile", G2_2],
      ['AUTRE_MINIMA', 'Autre minima social', G0],
      ['FT', 'Personne inscrite à France Travail', G0],
      ['DELD_12', "Demandeur d'emploi inscrit depuis moins de 12 mois", G0],
    ] as const
  ).map(([code, label, geiq]) => c(code, null, label, geiq, 'Justificatif selon la grille GEIQ', null, { source: SRC_GEIQ, validFrom: '2022-12-15' })),
]);

const BY_CODE: ReadonlyMap<string, CriterionDefinition> = new Map(criteriaCatalogue.map((d) => [d.code, d]));

/**
 * The catalogue entry for a code, or undefined for an unknown code (`constructor` included: the
 * catalogue is a Map).
 *
 * @throws {SiaeValidationError} when the code is not a string.
 */
export function getCriterion(code: string): CriterionDefinition | undefined {
  return BY_CODE.get(expectString(code, 'code', 'criterion'));
}

/** Checks the fields of a criterion definition the dated functions read. */
function checkDefinition(def: unknown): CriterionDefinition {
  const d = expectObject(def, 'def', 'criterion');
  expectIsoDate(d.validFrom, ['def', 'validFrom'], 'criterion');
  if (d.validUntil !== null) expectIsoDate(d.validUntil, ['def', 'validUntil'], 'criterion');
  expectString(d.labelFr, ['def', 'labelFr'], 'criterion');
  const labels = expectArray(d.labels, ['def', 'labels'], 'criterion');
  labels.forEach((l, i) => {
    const label = expectObject(l, ['def', 'labels', i], 'criterion');
    expectIsoDate(label.validFrom, ['def', 'labels', i, 'validFrom'], 'criterion');
    expectString(label.labelFr, ['def', 'labels', i, 'labelFr'], 'criterion');
  });
  return def as CriterionDefinition;
}

/**
 * Whether a criterion can be used in an IAE diagnosis made on `date`.
 *
 * @throws {SiaeValidationError} when the definition or the date is invalid.
 */
export function isCriterionInForce(def: CriterionDefinition, date: IsoDate): boolean {
  checkDefinition(def);
  expectIsoDate(date, 'date', 'criterion');
  return isCriterionInForceUnchecked(def, date);
}

/**
 * The platform's French label of a criterion on a date (the latest label that started on or before it).
 *
 * @throws {SiaeValidationError} when the definition or the date is invalid.
 */
export function criterionLabelOn(def: CriterionDefinition, date: IsoDate): string {
  checkDefinition(def);
  expectIsoDate(date, 'date', 'criterion');
  let label = def.labels[0]?.labelFr ?? def.labelFr;
  for (const l of def.labels) if (l.validFrom <= date) label = l.labelFr;
  return label;
}

/** The IAE criteria of the catalogue (the 18 with a level). */
export const iaeCriteriaCatalogue: readonly CriterionDefinition[] = criteriaCatalogue.filter((d) => d.iaeLevel !== null);

/** The 28 criteria a GEIQ diagnosis can use. */
export const geiqCriteriaCatalogue: readonly CriterionDefinition[] = criteriaCatalogue.filter((d) => d.geiq !== null);
