import type { DatedParameter } from '@siae/model';
import { lesEmplois } from './parameters';

const CL = (version: string, entry: string) => `gip-inclusion/les-emplois CHANGELOG.md, version ${version} (« ${entry} »)`;
const MODELS = 'itou/approvals/models.py';

/**
 * The day prolongations of a PASS IAE exist on the national platform: its release of 2021-03-11
 * (« Gestion de la prolongation des PASS IAE »). Before it `valueAt` gives null.
 */
export const prolongationsAvailable: DatedParameter<true> = {
  id: 'prolongation.available',
  labelFr: 'Prolongations de PASS IAE possibles sur la plateforme',
  unit: 'boolean',
  values: [
    {
      from: '2021-03-11',
      value: true,
      source: `${CL('[14] du 11 mars 2021', 'Gestion de la prolongation des PASS IAE')} ; ${lesEmplois(MODELS, '895ee1001dc5876091ed681e2b3119e382ca29d8', 'Add the Prolongation model')}`,
    },
  ],
};

/**
 * When a prolongation can be asked, by the day it is asked: months before the PASS end, or months
 * after the PASS start (2022-12 to 2023-08), and months after the end. `null` bounds are unused.
 */
export interface ProlongationWindowRule {
  /** The window opens this many months before the PASS end (null: see `monthsAfterStart`). */
  monthsBeforeEnd: number | null;
  /** The window opens this many months after the PASS start (null: see `monthsBeforeEnd`). */
  monthsAfterStart: number | null;
  /** The window closes this many months after the PASS end (0: on the end). */
  monthsAfterEnd: number;
}

/** The prolongation request window, dated from the platform's history (`is_open_to_prolongation`). */
export const prolongationRequestWindowRule: DatedParameter<ProlongationWindowRule> = {
  id: 'prolongation.requestWindow',
  labelFr: 'Période pendant laquelle une prolongation peut être demandée',
  unit: 'months',
  values: [
    {
      from: '2021-03-11',
      value: { monthsBeforeEnd: 3, monthsAfterStart: null, monthsAfterEnd: 0 },
      source: `${CL('[14] du 11 mars 2021', 'Gestion de la prolongation des PASS IAE')} ; ${lesEmplois(MODELS, 'd6db09de579a1b1d7a6298138e41848183a0af09', 'PROLONGATION_PERIOD_BEFORE_APPROVAL_END_MONTHS = 3')}`,
    },
    {
      from: '2021-11-05',
      value: { monthsBeforeEnd: 3, monthsAfterStart: null, monthsAfterEnd: 3 },
      source: `${CL('[30] du 5 novembre 2021', "Un PASS IAE peut dorénavant être prolongé jusqu'à 3 mois après sa fin")} ; ${lesEmplois(MODELS, '96c7cdd73af73c299db0098477d59711330e0f43', 'IS_OPEN_TO_PROLONGATION_BOUNDARIES_MONTHS = 3')}`,
    },
    {
      from: '2022-12-16',
      value: { monthsBeforeEnd: null, monthsAfterStart: 12, monthsAfterEnd: 3 },
      source: `${CL('[53] du 16 décembre 2022', 'Modification des règles de prolongation')} ; ${lesEmplois(MODELS, '46ef37e892bf2342d69acada057bff6f58c85259', 'IS_OPEN_TO_PROLONGATION_BOUNDARIES_MONTHS_AFTER_START = 12')}`,
    },
    {
      from: '2023-08-16',
      value: { monthsBeforeEnd: 7, monthsAfterStart: null, monthsAfterEnd: 0 },
      source: `${CL('[69] du 16 août 2023', 'modification de la période durant laquelle les prolongations sont possibles')} ; ${lesEmplois(MODELS, '1b16d69c450d292541159c9741f7227306a927c4', 'IS_OPEN_TO_PROLONGATION_BOUNDARIES_MONTHS_BEFORE_END = 7')}`,
    },
    {
      from: '2025-10-20',
      value: { monthsBeforeEnd: 12, monthsAfterStart: null, monthsAfterEnd: 0 },
      source: `${CL('du 20 octobre 2025', 'PASS IAE: permettre les demandes de prolongations 12 mois avant la fin du PASS', )} PR #7004 ; ${lesEmplois(MODELS, 'bfa32f14592dac15d002f2d792b0c3df4cf8bc57', 'IS_OPEN_TO_PROLONGATION_BOUNDARIES_MONTHS_BEFORE_END = 12')}`,
    },
    {
      from: '2026-05-26',
      value: { monthsBeforeEnd: 12, monthsAfterStart: null, monthsAfterEnd: 6 },
      source: lesEmplois(MODELS, '5378195e8371fb8c4a0223356925cd2225d44829', 'IS_OPEN_TO_PROLONGATION_BOUNDARIES_MONTHS_AFTER_END = 6, fusionné le 26 mai 2026'),
      assumed: true,
      noteFr: "Le CHANGELOG ne nomme pas ce changement : la date est celle de la fusion du commit, pas d'une version publiée.",
    },
  ],
};

/**
 * What the cumulative cap of a prolongation reason counts: the earlier prolongations of the same
 * reason (`reason`) until the release of 2024-07-08, every earlier prolongation whatever its reason
 * (`all`) since.
 */
export const prolongationCumulativeScope: DatedParameter<'reason' | 'all'> = {
  id: 'prolongation.cumulativeScope',
  labelFr: 'Prolongations comptées dans le plafond cumulé (même motif ou tous motifs)',
  unit: 'scope',
  values: [
    {
      from: '2021-03-11',
      value: 'reason',
      source: lesEmplois(MODELS, 'ac749dd4a207b3c0827b8a204b5b37b928c53a5f', 'get_cumulative_duration_for(approval, reason)'),
    },
    {
      from: '2024-07-08',
      value: 'all',
      source: `${CL('du 8 juillet 2024', 'PASS IAE: Mise en conformité des règles de prolongations')} PR #4329 ; ${lesEmplois(MODELS, 'fcfda3026682fbd18c04e284fcee45080c5a7c72', 'compute cumulative duration for all reason')}`,
    },
  ],
};

/** A suspension reason and the kinds that may use it (null: every SIAE kind). */
export interface SuspensionReasonRule {
  reason: string;
  kinds: readonly string[] | null;
}

const NEW_REASONS = [
  { reason: 'CONTRACT_SUSPENDED', kinds: null },
  { reason: 'CONTRACT_BROKEN', kinds: null },
  { reason: 'FINISHED_CONTRACT', kinds: null },
] as const;

/**
 * The suspension reasons an SIAE can choose, by the day the suspension is declared: six reasons
 * when suspensions appeared, replaced on 2021-09-24; from 2022-02-01 the CTA agreement reason and
 * the contrat passerelle, the latter for EI and ACI only (`displayed_choices_for_siae`).
 */
export const suspensionReasonRules: DatedParameter<readonly SuspensionReasonRule[]> = {
  id: 'suspension.reasons',
  labelFr: 'Motifs de suspension proposés (et structures autorisées)',
  unit: 'list',
  values: [
    {
      from: '2020-12-30',
      value: ['SICKNESS', 'MATERNITY', 'INCARCERATION', 'TRIAL_OUTSIDE_IAE', 'DETOXIFICATION', 'FORCE_MAJEURE'].map((reason) => ({ reason, kinds: null })),
      source: `${CL('[9] du 30 décembre 2020', 'Gestion de la suspension de PASS IAE')} ; ${lesEmplois(MODELS, 'f6d7b2b137b1a64542df87d40d414a724e5c5753', 'Suspension.Reason')}`,
    },
    {
      from: '2021-09-24',
      value: NEW_REASONS,
      source: `${CL('[27] du 24 septembre 2021', 'Mise à jour des motifs et de la durée maximum de suspension')} ; ${lesEmplois(MODELS, 'e2a2a21f276f26d4f40e5d462f1cf0f974d4c0d0', 'Replace Suspension reasons by new ones')}`,
    },
    {
      from: '2022-02-01',
      value: [...NEW_REASONS, { reason: 'APPROVAL_BETWEEN_CTA_MEMBERS', kinds: null }, { reason: 'CONTRAT_PASSERELLE', kinds: ['EI', 'ACI'] }],
      source: `${CL('[35] du 1er février 2022', "Ajout de deux nouveaux motifs de suspension d'un PASS IAE dont un uniquement pour les ACI et EI (Contrat Passerelle)")} ; ${lesEmplois(MODELS, '0a49c3474552ff715866b21f93f9feb3e53391ca', 'CONTRAT_PASSERELLE, displayed_choices_for_siae')}`,
    },
  ],
};
