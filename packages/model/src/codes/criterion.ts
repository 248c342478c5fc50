import { defineCodeList } from './defineCodeList';

const LES_EMPLOIS = 'les-emplois itou/eligibility/data/administrative_criteria.json; shared/domain/eligibility.md';

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
export type IaeCriterionCode = (typeof iaeCriteria.codes)[number];
