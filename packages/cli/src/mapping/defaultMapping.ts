import type { DatasetTable } from '@siae/model';

/** How a CSV cell becomes a field value. */
export type ColumnType = 'string' | 'number' | 'boolean' | 'date' | 'list' | 'roles' | 'month' | 'time';

/** One column of a table: the model field it fills (dotted path) and how to read it. */
export interface ColumnSpec {
  field: string;
  type: ColumnType;
}

/** A table of the CSV exports: its file names and its columns (French headers, as vendors export them). */
export interface TableMapping {
  /** File names (without extension, lower case, no accents) recognised as this table. */
  fileNames: string[];
  columns: Record<string, ColumnSpec>;
}

const c = (field: string, type: ColumnType = 'string'): ColumnSpec => ({ field, type });

/**
 * The default column mapping: one CSV file per table, French snake_case headers. Lists (criteria,
 * participants) are separated by `|`; booleans read `oui`/`non`, `true`/`false`, `1`/`0`.
 */
export const defaultMapping: Readonly<Record<DatasetTable, TableMapping>> = {
  structures: {
    fileNames: ['structures', 'structure'],
    columns: {
      id_structure: c('id'),
      type: c('kind'),
      siret: c('siret'),
      nom: c('name'),
      departement: c('departement'),
      conventionnement_debut: c('conventionnement.from', 'date'),
      conventionnement_fin: c('conventionnement.to', 'date'),
      etp_conventionnes: c('etpConventionnes', 'number'),
    },
  },
  people: {
    fileNames: ['personnes', 'people', 'salaries'],
    columns: {
      id_personne: c('id'),
      date_naissance: c('birthDate', 'date'),
      niveau_formation: c('educationLevel'),
      inscrit_ft_depuis: c('jobSeekerSince', 'date'),
      qpv: c('qpv', 'boolean'),
      zrr: c('zrr', 'boolean'),
      minima_sociaux: c('minimaSociaux', 'boolean'),
      rqth: c('rqth', 'boolean'),
      sous_main_de_justice: c('underJusticeMeasure', 'boolean'),
      participant_plie: c('plieParticipant', 'boolean'),
    },
  },
  prescriptions: {
    fileNames: ['prescriptions', 'orientations'],
    columns: {
      id_prescription: c('id'),
      id_personne: c('personId'),
      id_structure: c('structureId'),
      date: c('date', 'date'),
      type_prescripteur: c('prescriberKind'),
      habilite: c('authorized', 'boolean'),
      issue: c('outcome'),
    },
  },
  diagnoses: {
    fileNames: ['diagnostics', 'diagnoses'],
    columns: {
      id_diagnostic: c('id'),
      id_personne: c('personId'),
      auteur: c('authorKind'),
      id_structure: c('structureId'),
      date: c('date', 'date'),
      type: c('kind'),
      criteres: c('criteria', 'list'),
    },
  },
  passes: {
    fileNames: ['pass_iae', 'passes', 'agrements'],
    columns: { id_pass: c('id'), id_personne: c('personId'), numero: c('number'), date_debut: c('startDate', 'date'), date_fin: c('endDate', 'date') },
  },
  contracts: {
    fileNames: ['contrats', 'contracts'],
    columns: {
      id_contrat: c('id'),
      id_personne: c('personId'),
      id_structure: c('structureId'),
      type: c('kind'),
      date_debut: c('startDate', 'date'),
      date_fin: c('endDate', 'date'),
      fin_periode_essai: c('trialPeriodEndDate', 'date'),
      heures_hebdo: c('weeklyHours', 'number'),
      renouvelle: c('renewalOf'),
      rompu_le: c('brokenOn', 'date'),
    },
  },
  monthlyHours: {
    fileNames: ['heures', 'heures_travaillees', 'monthly_hours'],
    columns: { id_personne: c('personId'), id_structure: c('structureId'), mois: c('month', 'month'), heures: c('hours', 'number') },
  },
  interviews: {
    fileNames: ['entretiens', 'interviews'],
    columns: {
      id_entretien: c('id'),
      id_personne: c('personId'),
      id_structure: c('structureId'),
      type: c('kind'),
      date: c('date', 'date'),
      heure_debut: c('startTime', 'time'),
      heure_fin: c('endTime', 'time'),
      participants: c('participants', 'roles'),
      compte_rendu: c('reportWritten', 'boolean'),
    },
  },
  barriers: {
    fileNames: ['freins', 'barriers'],
    columns: { id_frein: c('id'), id_personne: c('personId'), type: c('kind'), date_identification: c('identifiedOn', 'date'), date_levee: c('liftedOn', 'date') },
  },
  trainings: {
    fileNames: ['formations', 'trainings'],
    columns: {
      id_formation: c('id'),
      id_personne: c('personId'),
      id_structure: c('structureId'),
      intitule: c('title'),
      date_debut: c('startDate', 'date'),
      date_fin: c('endDate', 'date'),
      heures: c('hours', 'number'),
      qualifiante: c('qualifying', 'boolean'),
      preparation: c('preparation', 'boolean'),
    },
  },
  pmsmps: {
    fileNames: ['pmsmp', 'pmsmps', 'immersions'],
    columns: { id_pmsmp: c('id'), id_personne: c('personId'), date_debut: c('startDate', 'date'), date_fin: c('endDate', 'date'), entreprise: c('company') },
  },
  skillsAttestations: {
    fileNames: ['attestations', 'competences'],
    columns: { id_attestation: c('id'), id_personne: c('personId'), date: c('date', 'date'), type: c('kind') },
  },
  exits: {
    fileNames: ['sorties', 'exits'],
    columns: {
      id_personne: c('personId'),
      id_structure: c('structureId'),
      date_sortie: c('date', 'date'),
      motif_sortie: c('reason'),
      situation_3_mois: c('followUp.3'),
      situation_6_mois: c('followUp.6'),
      situation_12_mois: c('followUp.12'),
    },
  },
};
