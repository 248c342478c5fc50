import { isIsoDate, type SiaeKind } from '@siae/model';

/**
 * Where the facts of this folder come from: the public pipeline that loads the ASP's FluxIAE
 * export (gip-inclusion/pilotage-airflow, `dags/common/flux_iae.py` and the dbt models
 * `motif_sorties_salaries.sql`, `stg_sorties_aci_ei.sql`, `stg_contrats.sql`), see
 * docs/sources.md#pilotage-airflow.
 */
export const FLUXIAE_SOURCE = 'gip-inclusion/pilotage-airflow, dags/common/flux_iae.py et modèles dbt (docs/sources.md#pilotage-airflow)';

/** The FluxIAE tables `siae` reads, in the order they must be read (references before the rows that cite them). */
export const FLUXIAE_TABLES = [
  'fluxIAE_RefCategorieSort',
  'fluxIAE_RefMotifSort',
  'fluxIAE_Structure',
  'fluxIAE_Salarie',
  'fluxIAE_ContratMission',
  'fluxIAE_EtatMensuelIndiv',
] as const;

/** A FluxIAE table read by `siae`. */
export type FluxIaeTable = (typeof FLUXIAE_TABLES)[number];

/**
 * The columns read in each table. Every other column is dropped on read (its value is never kept),
 * and so is any column whose name holds a {@link FLUXIAE_PERSONAL_KEYWORDS personal keyword}.
 */
export const FLUXIAE_COLUMNS: Readonly<Record<FluxIaeTable, readonly string[]>> = {
  fluxIAE_RefCategorieSort: ['rcs_id', 'rcs_code', 'rcs_libelle'],
  fluxIAE_RefMotifSort: ['rms_id', 'rms_code', 'rms_libelle', 'rcs_id'],
  fluxIAE_Structure: ['structure_id_siae', 'structure_siret_actualise', 'structure_siret_signature', 'structure_denomination', 'structure_adresse_admin_code_insee'],
  fluxIAE_Salarie: ['salarie_id'],
  fluxIAE_ContratMission: ['contrat_id_ctr', 'contrat_id_pph', 'contrat_id_structure', 'contrat_mesure_disp_code', 'contrat_date_embauche', 'contrat_date_fin_contrat'],
  fluxIAE_EtatMensuelIndiv: ['emi_pph_id', 'emi_ctr_id', 'emi_sme_annee', 'emi_sme_mois', 'emi_sme_version', 'emi_nb_heures_travail', 'emi_date_fin_reelle', 'emi_motif_sortie_id'],
};

/** The columns a table cannot do without (a file lacking one is refused as a whole). */
export const FLUXIAE_REQUIRED_COLUMNS: Readonly<Record<FluxIaeTable, readonly string[]>> = {
  fluxIAE_RefCategorieSort: ['rcs_id', 'rcs_libelle'],
  fluxIAE_RefMotifSort: ['rms_id', 'rms_libelle', 'rcs_id'],
  fluxIAE_Structure: ['structure_id_siae', 'structure_denomination', 'structure_adresse_admin_code_insee'],
  fluxIAE_Salarie: ['salarie_id'],
  fluxIAE_ContratMission: ['contrat_id_ctr', 'contrat_id_pph', 'contrat_id_structure', 'contrat_mesure_disp_code', 'contrat_date_embauche'],
  fluxIAE_EtatMensuelIndiv: ['emi_pph_id', 'emi_ctr_id', 'emi_sme_annee', 'emi_sme_mois', 'emi_nb_heures_travail', 'emi_date_fin_reelle', 'emi_motif_sortie_id'],
};

/**
 * The pipeline's deletable keywords: a column whose name contains one of them holds personal data
 * (NIR, names, birth date, address, phone, e-mail, nationality, residence permit, free-text
 * observations, PASS IAE number, bank data) and is dropped on read, whatever the table.
 * Source: pilotage-airflow `dags/common/flux_iae.py` (`deletable_keywords`).
 */
export const FLUXIAE_PERSONAL_KEYWORDS: readonly string[] = Object.freeze([
  'courriel',
  'telephone',
  'prenom',
  'nom_usage',
  'nom_naissance',
  'responsable_nom',
  'urgence_nom',
  'referent_nom',
  'representant_nom',
  'date_naissance',
  'adr_mail',
  'nationalite',
  'titre_sejour',
  'observations',
  'salarie_agrement',
  'salarie_nir',
  'salarie_adr_point_remise',
  'salarie_adr_cplt_point_geo',
  'salarie_adr_numero_voie',
  'salarie_codeextensionvoie',
  'salarie_codetypevoie',
  'salarie_adr_libelle_voie',
  'salarie_adr_cplt_distribution',
  'salarie_adr_qpv_nom',
  'bban',
  'bic',
  'nom_bqe',
]);

/** Whether a column name holds one of the {@link FLUXIAE_PERSONAL_KEYWORDS} (case-insensitive). */
export function isPersonalColumn(name: string): boolean {
  const n = name.toLowerCase();
  return FLUXIAE_PERSONAL_KEYWORDS.some((k) => n.includes(k));
}

/**
 * The ASP dispositif codes (`contrat_mesure_disp_code`: kind, then DC "droit commun" or MP "milieu
 * pénitentiaire") and the SIAE kind each one is. The others (ACIPA_DC, EIPA_DC, FDI_DC) are left
 * out of the exit rates, as the pipeline does. Source: pilotage-airflow
 * `dbt/seeds/ref_mesure_dispositif_asp.csv`, `etat_mensuel_heures_travaillees_sorties.sql`.
 */
export const FLUXIAE_DISPOSITIFS: Readonly<Record<string, SiaeKind>> = Object.freeze({
  ACI_DC: 'ACI',
  ACI_MP: 'ACI',
  EI_DC: 'EI',
  EI_MP: 'EI',
  AI_DC: 'AI',
  ETTI_DC: 'ETTI',
  EITI_DC: 'EITI',
});

/** Lower case, no accents, every run of other characters as one space. */
export function foldLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** The first and last plausible dates of a FluxIAE record. */
export const PLAUSIBLE_DATES = { from: '1990-01-01', to: '2100-12-31' } as const;

/**
 * A FluxIAE date (`dd/mm/yyyy`, possibly followed by a time; or `yyyy-mm-dd`) as an ISO date, or
 * null when it is not a date that exists between 1990 and 2100.
 */
export function fluxIaeDate(raw: string): string | null {
  const v = raw.trim();
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.exec(v);
  const iso = fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
  if (iso === null || !isIsoDate(iso)) return null;
  return iso >= PLAUSIBLE_DATES.from && iso <= PLAUSIBLE_DATES.to ? iso : null;
}

/** A FluxIAE number (`12`, `12.5` or `12,5`), or null. */
export function fluxIaeNumber(raw: string): number | null {
  const v = raw.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(v)) return null;
  return Number(v);
}

/**
 * The département of an INSEE commune code: `97x` overseas, `2A`/`2B` Corsica, else the first two
 * digits (a 4-digit code lost its leading zero: the pipeline trims it too). Null when unreadable.
 */
export function departementOfCommune(code: string): string | null {
  let c = code.trim().toUpperCase();
  if (/^\d{4}$/.test(c)) c = `0${c}`;
  if (/^97\d{3}$/.test(c)) return c.slice(0, 3);
  if (/^2[AB]\d{3}$/.test(c)) return c.slice(0, 2);
  if (/^\d{5}$/.test(c) && c.slice(0, 2) !== '00' && c.slice(0, 2) !== '96' && c.slice(0, 2) !== '20') return c.slice(0, 2);
  return null;
}
