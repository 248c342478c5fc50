import { type DatedParameter, expectString } from '@siae/model';

/** A duration as months and/or days (months first, then days, as date-fns adds them). */
export interface Duration {
  months?: number;
  days?: number;
}

/**
 * A citation of the national platform's code at a commit: `gip-inclusion/les-emplois <file> @ <sha>`,
 * with what the commit changed. Follow it at https://github.com/gip-inclusion/les-emplois/commit/<sha>.
 */
export function lesEmplois(file: string, sha: string, what: string): string {
  expectString(file, 'file', 'citation');
  expectString(sha, 'sha', 'citation');
  expectString(what, 'what', 'citation');
  return `gip-inclusion/les-emplois ${file} @ ${sha.slice(0, 12)} (${what})`;
}

const LE_DIAG = lesEmplois('itou/eligibility/models/iae.py', '543eae8d2d547947d3e3ead6dbb2e9668c16db44', 'EXPIRATION_DELAY_MONTHS = 6');
const LE_APPROVALS = lesEmplois('itou/approvals/models.py', '543eae8d2d547947d3e3ead6dbb2e9668c16db44', 'Approval, Suspension, Prolongation');

/** Validity of a diagnosis made by an authorized prescriber: 6 months. */
export const diagnosisValidityPrescriber: DatedParameter<Duration> = {
  id: 'diagnosis.validity.prescriber',
  labelFr: "Durée de validité d'un diagnostic réalisé par un prescripteur habilité",
  unit: 'duration',
  values: [{ from: '2020-03-23', value: { months: 6 }, source: LE_DIAG }],
};

/**
 * Validity of a diagnosis made by an employer (SIAE): 6 months, then 92 days for diagnoses made
 * from 2025-01-13, the release of the platform that shipped the change (CHANGELOG, PR 5285; the
 * commit is dated 2024-12-09 but was merged on 2025-01-06 and released on 2025-01-13). A diagnosis
 * made before keeps the 6 months it was given.
 */
export const diagnosisValidityEmployer: DatedParameter<Duration> = {
  id: 'diagnosis.validity.employer',
  labelFr: "Durée de validité d'un diagnostic réalisé par un employeur (auto-prescription)",
  unit: 'duration',
  values: [
    { from: '2020-03-23', value: { months: 6 }, source: LE_DIAG },
    {
      from: '2025-01-13',
      value: { days: 92 },
      source: `gip-inclusion/les-emplois CHANGELOG.md, version du 13 janvier 2025 (« Employeur : Réduction de la durée de validité du diagnostic d’éligibilité à 92 jours », PR #5285) ; ${lesEmplois('itou/eligibility/models/iae.py', '6d16bb5943491451178baf5a62b2280e8e0eff82', '_expiration_date: 92 jours pour un employeur')}`,
    },
  ],
};

/** Validity of a GEIQ diagnosis: 6 months. */
export const diagnosisValidityGeiq: DatedParameter<Duration> = {
  id: 'diagnosis.validity.geiq',
  labelFr: "Durée de validité d'un diagnostic GEIQ",
  unit: 'duration',
  values: [{ from: '2022-12-15', value: { months: 6 }, source: lesEmplois('itou/eligibility/models/geiq.py', '543eae8d2d547947d3e3ead6dbb2e9668c16db44', 'GEIQEligibilityDiagnosis, 6 mois') }],
};

/** Default length of a PASS IAE: 730 days, end inclusive. */
export const passIaeDefaultLengthDays: DatedParameter<number> = {
  id: 'passIae.defaultLengthDays',
  labelFr: "Durée par défaut d'un PASS IAE (jours, fin incluse)",
  unit: 'days',
  values: [{ from: '2020-03-23', value: 730, source: `${LE_APPROVALS}; Code du travail art. R5132-1-8 (24 mois)` }],
};

/** Waiting period (délai de carence) after a PASS IAE ends: 2 years. */
export const passIaeWaitingPeriodYears: DatedParameter<number> = {
  id: 'passIae.waitingPeriodYears',
  labelFr: "Délai de carence après la fin d'un PASS IAE (années)",
  unit: 'years',
  values: [{ from: '2020-03-23', value: 2, source: LE_APPROVALS }],
};

/**
 * Longest single suspension of a PASS IAE, by the day it is declared: suspensions exist on the
 * platform from its release of 2020-12-30 (6 months), 12 months from 2021-09-24, 36 months from
 * 2023-02-13 (dates of the CHANGELOG releases that shipped each commit).
 */
export const passIaeMaxSuspensionMonths: DatedParameter<number> = {
  id: 'passIae.maxSuspensionMonths',
  labelFr: "Durée maximale d'une suspension de PASS IAE (mois)",
  unit: 'months',
  values: [
    {
      from: '2020-12-30',
      value: 6,
      source: `gip-inclusion/les-emplois CHANGELOG.md, version [9] du 30 décembre 2020 (« Gestion de la suspension de PASS IAE ») ; ${lesEmplois('itou/approvals/models.py', 'f6d7b2b137b1a64542df87d40d414a724e5c5753', 'Suspension.MAX_DURATION_MONTHS = 6')}`,
    },
    {
      from: '2021-09-24',
      value: 12,
      source: `gip-inclusion/les-emplois CHANGELOG.md, version [27] du 24 septembre 2021 (« Mise à jour des motifs et de la durée maximum de suspension ») ; ${lesEmplois('itou/approvals/models.py', 'e6d587a0259707d9d89d4d5dc7194ddb893eb1f5', 'MAX_DURATION_MONTHS = 12')}`,
    },
    {
      from: '2023-02-13',
      value: 36,
      source: `gip-inclusion/les-emplois CHANGELOG.md, version [56] du 13 février 2023 (« Les suspensions à 12 mois sont passées à 36 mois ») ; ${lesEmplois('itou/approvals/models.py', 'd186449f530645406d00dfe3beb6ec9101b0bbf5', 'MAX_DURATION_MONTHS = 36')}`,
    },
  ],
};

/**
 * How far in the past a suspension may start, by the day it is declared: no limit when suspensions
 * appeared (only the last hiring start and the previous suspension bound it), 30 days from
 * 2021-12-02, 365 days from 2022-03-25. Before 2021-12-02 `valueAt` gives null: no limit.
 */
export const passIaeSuspensionMaxRetroactivityDays: DatedParameter<number> = {
  id: 'passIae.suspensionMaxRetroactivityDays',
  labelFr: 'Ancienneté maximale du début d’une suspension (jours)',
  unit: 'days',
  values: [
    {
      from: '2021-12-02',
      value: 30,
      source: `gip-inclusion/les-emplois CHANGELOG.md, version [32] du 2 décembre 2021 (« Mise en place de la limite de la rétroactivité des suspensions à 30 jours avant la date du jour ») ; ${lesEmplois('itou/approvals/models.py', '9eba772fde60d8553ba9dffc61384cf29196d683', 'MAX_RETROACTIVITY_DURATION_DAYS = 30')}`,
    },
    {
      from: '2022-03-25',
      value: 365,
      source: `${lesEmplois('itou/approvals/models.py', '6cc47dcc11b3fa4dfe50cc533de36794dfcd3162', 'MAX_RETROACTIVITY_DURATION_DAYS = 365, fusionné le 22 mars 2022')} ; première version publiée ensuite : [39] du 25 mars 2022`,
      assumed: true,
      noteFr: 'Le CHANGELOG ne nomme pas ce changement : la date est celle de la première version publiée après le commit.',
    },
  ],
};

/** How far ahead an SIAE hire may start: 6 months. */
export const hiringMaxAdvanceMonths: DatedParameter<number> = {
  id: 'hiring.maxAdvanceMonths',
  labelFr: "Délai maximal entre la candidature acceptée et le début du contrat (mois)",
  unit: 'months',
  values: [{ from: '2020-03-23', value: 6, source: LE_APPROVALS }],
};
