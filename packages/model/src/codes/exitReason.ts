import type { CodeMeta } from './defineCodeList';
import { type CodeOf, defineCodeList } from './defineCodeList';
import type { ExitCategory } from './exitCategory';

/** Metadata of an exit reason: its default ASP category and whether that category is assumed. */
export interface ExitReasonMeta extends CodeMeta {
  /** The category of the default (DGEFP) mapping. */
  defaultCategory: ExitCategory;
  /** True when no public source gives the category: the default mapping assumes it. */
  assumed: boolean;
}

const ASP = 'ASP, Extranet IAE 2.0, motifs de sortie (libellé ASP)';
const NOTES = 'ASP, Extranet IAE 2.0 (docs/sources.md#asp-extranet), catégories de sortie';

function r(labelFr: string, defaultCategory: ExitCategory, assumed = false, labelEn?: string): ExitReasonMeta {
  return { labelFr, defaultCategory, assumed, source: `${ASP}; ${NOTES}`, ...(labelEn ? { labelEn } : {}) };
}

/**
 * The official exit reasons (motifs de sortie) of insertion employees, with stable codes of ours
 * (ASP's numeric codes are not public) and their default category.
 */
export const exitReasons = defineCodeList(
  [
    'CDI_NON_AIDE',
    'CDI_AIDE',
    'CDI_INCLUSION',
    'FONCTION_PUBLIQUE',
    'CREATION_ENTREPRISE',
    'CDD_6_MOIS_PLUS',
    'INTERIM_6_MOIS_PLUS',
    'CDD_MOINS_6_MOIS',
    'INTERIM_MOINS_6_MOIS',
    'CONTRAT_AIDE_HORS_IAE',
    'FORMATION_QUALIFIANTE',
    'AUTRE_SIAE',
    'AUTRE_SORTIE_POSITIVE',
    'CHOMAGE',
    'INACTIF',
    'SANS_NOUVELLE',
    'AUTRE_SITUATION_CONNUE',
    'RUPTURE_PERIODE_ESSAI',
    'SORTIE_AUTOMATIQUE',
    'RETRAITE',
    'DECES',
    'CONGE_LONGUE_DUREE',
    'FAUTE_GRAVE',
    'DECISION_ADMINISTRATIVE_JUSTICE',
    'TRANSFERT_EMPLOYEUR',
    'EITI_POURSUITE_CA_MEDIAN',
    'EITI_POURSUITE_CA_SEUIL_PAUVRETE',
  ] as const,
  {
    CDI_NON_AIDE: r('Embauche en CDI non aidé', 'durable', false, 'Hired on a non-subsidised permanent contract'),
    CDI_AIDE: r('Embauche en CDI aidé', 'durable', false, 'Hired on a subsidised permanent contract'),
    CDI_INCLUSION: r('Embauche en CDI Inclusion', 'durable', true, 'Hired on a CDI Inclusion (stays in the IAE)'),
    FONCTION_PUBLIQUE: r('Intégration dans la fonction publique', 'durable', false, 'Joined the civil service'),
    CREATION_ENTREPRISE: r("Création ou reprise d'entreprise à son compte", 'durable', false, 'Started or took over a business'),
    CDD_6_MOIS_PLUS: r(
      "Embauche en CDD (sans aide publique à l'emploi) d'une durée de 6 mois et plus",
      'durable',
      false,
      'Fixed-term contract of 6 months or more',
    ),
    INTERIM_6_MOIS_PLUS: r("Mission d'intérim de 6 mois et plus", 'durable', false, 'Temping of 6 months or more'),
    CDD_MOINS_6_MOIS: r(
      "Embauche en CDD (sans aide publique à l'emploi) de moins de 6 mois (hors IAE)",
      'transition',
      false,
      'Fixed-term contract of less than 6 months',
    ),
    INTERIM_MOINS_6_MOIS: r("Mission d'intérim de moins de 6 mois", 'transition', false, 'Temping of less than 6 months'),
    CONTRAT_AIDE_HORS_IAE: r(
      'Embauche en contrat aidé pour une durée déterminée par un autre employeur (hors IAE)',
      'transition',
      false,
      'Subsidised fixed-term contract with another employer',
    ),
    FORMATION_QUALIFIANTE: r(
      'Entrée en formation qualifiante ou poursuite de formation qualifiante',
      'positive',
      false,
      'Entered or continued qualifying training',
    ),
    AUTRE_SIAE: r(
      'Embauche pour une durée déterminée dans une autre structure IAE',
      'positive',
      false,
      'Fixed-term hire in another SIAE',
    ),
    AUTRE_SORTIE_POSITIVE: r('Autre sortie reconnue comme positive', 'positive', false, 'Other exit recognised as positive'),
    CHOMAGE: r('Au chômage', 'other', false, 'Unemployed'),
    INACTIF: r('Inactif', 'other', false, 'Inactive'),
    SANS_NOUVELLE: r('Sans nouvelle', 'other', false, 'No news'),
    AUTRE_SITUATION_CONNUE: r('Autre situation connue', 'other', false, 'Other known situation'),
    RUPTURE_PERIODE_ESSAI: r("Rupture pendant la période d'essai", 'other', true, 'Contract broken during the trial period'),
    SORTIE_AUTOMATIQUE: r('Sortie automatique', 'other', true, 'Automatic exit'),
    RETRAITE: r('Prise des droits à la retraite', 'withdrawn', true, 'Retirement'),
    DECES: r('Décès', 'withdrawn', true, 'Death'),
    CONGE_LONGUE_DUREE: r('Congé de longue durée (maternité, maladie)', 'withdrawn', true, 'Long leave (maternity, sickness)'),
    FAUTE_GRAVE: r('Rupture employeur pour faute grave du salarié', 'withdrawn', true, 'Dismissal for serious misconduct'),
    DECISION_ADMINISTRATIVE_JUSTICE: r(
      'Décision administrative / décision de justice',
      'withdrawn',
      true,
      'Administrative or court decision',
    ),
    TRANSFERT_EMPLOYEUR: r("Transfert d'employeur", 'withdrawn', true, 'Transfer of employer'),
    EITI_POURSUITE_CA_MEDIAN: r(
      "EITI : poursuite de l'activité sans aide au poste, chiffre d'affaires supérieur à 70 % du salaire médian",
      'durable',
      true,
      'EITI: activity continued without aid, turnover above 70 % of the median wage',
    ),
    EITI_POURSUITE_CA_SEUIL_PAUVRETE: r(
      "EITI : poursuite de l'activité sans aide au poste, chiffre d'affaires supérieur au seuil de pauvreté",
      'transition',
      true,
      'EITI: activity continued without aid, turnover above the poverty line',
    ),
  },
);

/** An exit reason code (shared by `@siae/model` and `@siae/indicators`). */
export type ExitReasonCode = CodeOf<typeof exitReasons>;
