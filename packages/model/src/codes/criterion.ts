import { type CodeOf, defineCodeList } from './defineCodeList';

const LES_EMPLOIS = 'les-emplois itou/eligibility/data/administrative_criteria.json';

/**
 * The administrative eligibility criteria of the IAE, with the codes of the national platform
 * (les-emplois), the de-facto national vocabulary. Levels, proofs and validity periods are in
 * `@siae/eligibility`'s catalogue; this list is the shared vocabulary a diagnosis is written in.
 */
export const iaeCriteria = defineCodeList(
  ['RSA', 'ASS', 'AAH', 'DETLD', 'CAP_BEP', 'SENIOR', 'JEUNE', 'ASE', 'DELD', 'TH', 'PI', 'PSH_PR', 'REF_DA', 'ZRR', 'QPV', 'DETENTION_MJ', 'FLE', 'PM'] as const,
  {
    RSA: { labelFr: 'Bénéficiaire du RSA', source: LES_EMPLOIS },
    ASS: { labelFr: 'Allocataire ASS', source: LES_EMPLOIS },
    AAH: { labelFr: 'Allocataire AAH', source: LES_EMPLOIS },
    DETLD: { labelFr: "Demandeur d'emploi de très longue durée (24 mois et plus)", source: LES_EMPLOIS },
    CAP_BEP: { labelFr: "Niveau d'étude 3 (CAP, BEP) ou infra", source: LES_EMPLOIS },
    SENIOR: { labelFr: 'Senior (50 ans et plus)', source: LES_EMPLOIS },
    JEUNE: { labelFr: 'Jeune (moins de 26 ans)', source: LES_EMPLOIS },
    ASE: { labelFr: "Sortant de l'aide sociale à l'enfance", source: LES_EMPLOIS },
    DELD: { labelFr: "Demandeur d'emploi de longue durée (12 à 24 mois)", source: LES_EMPLOIS },
    TH: { labelFr: 'Travailleur handicapé', source: LES_EMPLOIS },
    PI: { labelFr: 'Parent isolé', source: LES_EMPLOIS },
    PSH_PR: { labelFr: 'Personne sans hébergement ou hébergée ou ayant un parcours de rue', source: LES_EMPLOIS },
    REF_DA: {
      labelFr:
        "Réfugié statutaire, bénéficiaire d'une protection temporaire, protégé subsidiaire ou demandeur d'asile",
      source: LES_EMPLOIS,
    },
    ZRR: { labelFr: 'Résident ZRR / ZFRR', source: LES_EMPLOIS },
    QPV: { labelFr: 'Résident QPV', source: LES_EMPLOIS },
    DETENTION_MJ: {
      labelFr: 'Sortant de détention ou personne placée sous main de justice',
      source: LES_EMPLOIS,
    },
    FLE: { labelFr: 'Maîtrise de la langue française inférieure au niveau A1', source: LES_EMPLOIS },
    PM: { labelFr: 'Problème de mobilité', source: LES_EMPLOIS },
  },
);

/** An IAE administrative criterion code. */
export type IaeCriterionCode = CodeOf<typeof iaeCriteria>;

const LES_EMPLOIS_GEIQ = 'les-emplois itou/eligibility/data/administrative_criteria_geiq.json';

/**
 * The criteria that exist only for GEIQ diagnoses (the GEIQ also uses the 18 IAE criteria, with
 * its own annexes and levels: see `@siae/eligibility`'s catalogue).
 */
export const geiqOnlyCriteria = defineCodeList(
  ['JEUNE_SQ', 'MINIMA', 'SANS_TRAVAIL_12', 'DE_45', 'RECONVERSION', 'SIAE_CUI', 'RS_PS_DA', 'AUTRE_MINIMA', 'FT', 'DELD_12'] as const,
  {
    JEUNE_SQ: { labelFr: 'Jeune de moins de 26 ans sans qualification (niveau 4 maximum)', source: LES_EMPLOIS_GEIQ },
    MINIMA: { labelFr: 'Bénéficiaire des minima sociaux', source: LES_EMPLOIS_GEIQ },
    SANS_TRAVAIL_12: { labelFr: 'Personne éloignée du marché du travail (> 1 an)', source: LES_EMPLOIS_GEIQ },
    DE_45: { labelFr: "Demandeur d'emploi de 45 ans et plus", source: LES_EMPLOIS_GEIQ },
    RECONVERSION: { labelFr: 'Personne en reconversion professionnelle contrainte', source: LES_EMPLOIS_GEIQ },
    SIAE_CUI: { labelFr: "Personne bénéficiant ou sortant d'un dispositif d'insertion", source: LES_EMPLOIS_GEIQ },
    RS_PS_DA: { labelFr: "Demandeur d'asile", source: LES_EMPLOIS_GEIQ },
    AUTRE_MINIMA: { labelFr: 'Autre minima social', source: LES_EMPLOIS_GEIQ },
    FT: { labelFr: 'Personne inscrite à France Travail', source: LES_EMPLOIS_GEIQ },
    DELD_12: { labelFr: "Demandeur d'emploi inscrit depuis moins de 12 mois", source: LES_EMPLOIS_GEIQ },
  },
);

/** A GEIQ-only criterion code. */
export type GeiqOnlyCriterionCode = CodeOf<typeof geiqOnlyCriteria>;

/** Any administrative criterion code: the 18 IAE criteria and the 10 GEIQ-only ones (28 for the GEIQ). */
export type CriterionCode = IaeCriterionCode | GeiqOnlyCriterionCode;

/** Every criterion code, IAE first then GEIQ-only. */
export const ALL_CRITERION_CODES: readonly CriterionCode[] = [...iaeCriteria.codes, ...geiqOnlyCriteria.codes];

/** The GEIQ-only criteria under the name the eligibility brief uses (same list as `geiqOnlyCriteria`). */
export const geiqCriteria = geiqOnlyCriteria;
