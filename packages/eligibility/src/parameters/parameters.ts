import type { DatedParameter } from '@siae/model';

/** A duration as months and/or days (months first, then days, as date-fns adds them). */
export interface Duration {
  months?: number;
  days?: number;
}

const LE_DIAG = 'les-emplois itou/eligibility/models (expires_at)';
const LE_APPROVALS = 'les-emplois itou/approvals/models.py, itou/approvals/enums.py';

/** Validity of a diagnosis made by an authorized prescriber: 6 months. */
export const diagnosisValidityPrescriber: DatedParameter<Duration> = {
  id: 'diagnosis.validity.prescriber',
  labelFr: "Durée de validité d'un diagnostic réalisé par un prescripteur habilité",
  unit: 'duration',
  values: [{ from: '2020-03-23', value: { months: 6 }, source: LE_DIAG }],
};

/** Validity of a diagnosis made by an employer (SIAE): 6 months, then 92 days for diagnoses made from 2024-12-09. */
export const diagnosisValidityEmployer: DatedParameter<Duration> = {
  id: 'diagnosis.validity.employer',
  labelFr: "Durée de validité d'un diagnostic réalisé par un employeur (auto-prescription)",
  unit: 'duration',
  values: [
    { from: '2020-03-23', value: { months: 6 }, source: LE_DIAG },
    { from: '2024-12-09', value: { days: 92 }, source: `${LE_DIAG} (92 jours à compter du 9 décembre 2024)` },
  ],
};

/** Validity of a GEIQ diagnosis: 6 months. */
export const diagnosisValidityGeiq: DatedParameter<Duration> = {
  id: 'diagnosis.validity.geiq',
  labelFr: "Durée de validité d'un diagnostic GEIQ",
  unit: 'duration',
  values: [{ from: '2022-12-15', value: { months: 6 }, source: `${LE_DIAG} §GEIQ` }],
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

/** Longest single suspension of a PASS IAE: 12 months, then 36 months from 2023-01-31. */
export const passIaeMaxSuspensionMonths: DatedParameter<number> = {
  id: 'passIae.maxSuspensionMonths',
  labelFr: "Durée maximale d'une suspension de PASS IAE (mois)",
  unit: 'months',
  values: [
    { from: '2020-03-23', value: 12, source: LE_APPROVALS },
    { from: '2023-01-31', value: 36, source: `${LE_APPROVALS} (36 mois à compter du 31 janvier 2023)` },
  ],
};

/** How far in the past a suspension may start: 365 days. */
export const passIaeSuspensionMaxRetroactivityDays: DatedParameter<number> = {
  id: 'passIae.suspensionMaxRetroactivityDays',
  labelFr: 'Ancienneté maximale du début d’une suspension (jours)',
  unit: 'days',
  values: [{ from: '2020-03-23', value: 365, source: LE_APPROVALS }],
};

/** How far ahead an SIAE hire may start: 6 months. */
export const hiringMaxAdvanceMonths: DatedParameter<number> = {
  id: 'hiring.maxAdvanceMonths',
  labelFr: "Délai maximal entre la candidature acceptée et le début du contrat (mois)",
  unit: 'months',
  values: [{ from: '2020-03-23', value: 6, source: LE_APPROVALS }],
};
