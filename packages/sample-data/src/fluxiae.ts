import { type Contract, type Dataset, exitCategories, exitReasons, SIAE_KINDS } from '@siae/model';
import { generateDataset, type GenerateOptions } from './generate';

/** Options of {@link datasetToFluxIae}. */
export interface FluxIaeWriteOptions {
  /** The date-time stamp of the file names (`fluxIAE_Salarie_<stamp>.csv`). Default `01012026_000000`. */
  stamp?: string;
  /** Write `fluxIAE_RefCategorieSort` (default true): without it, readers fall back to their default mapping. */
  withCategories?: boolean;
}

/**
 * The columns written in each file, named as in the public pipeline that loads the ASP's export
 * (gip-inclusion/pilotage-airflow: `dags/common/flux_iae.py` for the monthly states, in their
 * order; its dbt models for the others). Columns the generator has no value for are left empty.
 */
export const FLUXIAE_WRITTEN_COLUMNS = {
  fluxIAE_RefCategorieSort: ['rcs_id', 'rcs_code', 'rcs_libelle'],
  fluxIAE_RefMotifSort: ['rms_id', 'rms_code', 'rms_libelle', 'rcs_id'],
  fluxIAE_Structure: ['structure_id_siae', 'structure_siret_signature', 'structure_siret_actualise', 'structure_denomination', 'structure_adresse_admin_code_insee', 'structure_adresse_admin_commune'],
  fluxIAE_Salarie: ['salarie_id', 'salarie_rci_libelle', 'salarie_nir', 'salarie_nom_usage', 'salarie_prenom', 'salarie_date_naissance', 'salarie_adr_qpv_type', 'salarie_adr_is_zrr'],
  fluxIAE_ContratMission: ['contrat_id_ctr', 'contrat_id_pph', 'contrat_id_structure', 'contrat_mesure_disp_code', 'contrat_date_embauche', 'contrat_date_fin_contrat', 'contrat_date_sortie_definitive', 'contrat_motif_sortie_id'],
  fluxIAE_EtatMensuelIndiv: [
    'emi_date_creation',
    'emi_date_modification',
    'emi_afi_id',
    'emi_sme_mois',
    'emi_sme_annee',
    'emi_esm_etat_id',
    'emi_esm_etat_code',
    'emi_sme_version',
    'emi_date_validation',
    'emi_pph_id',
    'emi_ctr_id',
    'emi_nb_heures_travail',
    'emi_nb_mission',
    'emi_nb_heures_facturees',
    'emi_mt_salaire_brut',
    'emi_salarie_tjs_accomp',
    'emi_part_etp',
    'emi_date_fin_reelle',
    'emi_motif_sortie_id',
    'emi_motif_sortie_code',
    'emi_dsm_id',
    'emi_coefficient_degressive',
    'emi_dsm_ca_reel',
    'emi_dsm_ca_lisse',
    'emi_dsm_rdv_phy',
    'emi_dsm_rdv_dis',
    'emi_dsm_rdv_com',
    'emi_dsm_rdv_soc',
    'emi_dsm_acre',
    'emi_dsm_nb_rdv_mens_ti',
    'emi_dsm_nb_mois',
  ],
} as const;

type FluxTable = keyof typeof FLUXIAE_WRITTEN_COLUMNS;

const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** An INSEE commune code in a département (a made-up commune number). */
function communeIn(departement: string): string {
  return departement.length === 3 ? `${departement}11` : `${departement}${departement.startsWith('2') && /[AB]/.test(departement) ? '004' : '001'}`;
}

function file(table: FluxTable, stamp: string, rows: (string | number)[][]): string {
  const lines = [`DEB|${table}|${stamp}`, FLUXIAE_WRITTEN_COLUMNS[table].join('|'), ...rows.map((r) => r.join('|')), `FIN|${rows.length}`];
  return `${lines.join('\n')}\n`;
}

/**
 * Writes a dataset as the ASP's FluxIAE files (synthetic: the shape of the export, with numeric
 * ids and `dd/mm/yyyy` dates): `fluxIAE_Structure` (SIAE kinds only; the kind goes in each
 * contract's dispositif `<KIND>_DC`), `fluxIAE_Salarie` (the id and a synthetic birth date: the
 * reader drops it), `fluxIAE_ContratMission`, `fluxIAE_EtatMensuelIndiv` (each month's hours on the
 * contract in force; the exit date and motif on the exit month's row of the contract in force),
 * `fluxIAE_RefMotifSort` (one motif per reason, in its default category) and
 * `fluxIAE_RefCategorieSort`. Hours of a person and structure with no contract are not written.
 * Deterministic: the same dataset gives the same files. Pure.
 *
 * @example const files = datasetToFluxIae(generateDataset({ seed: 1, parcours: 20 })); Object.keys(files)[0] // 'fluxIAE_RefCategorieSort_01012026_000000.csv'
 */
export function datasetToFluxIae(dataset: Dataset, options: FluxIaeWriteOptions = {}): Record<string, string> {
  const stamp = options.stamp ?? '01012026_000000';
  const siae = new Set<string>(SIAE_KINDS);
  const structureIds = new Map<string, number>();
  const kindOf = new Map<string, string>();
  const structureRows: (string | number)[][] = [];
  for (const s of dataset.structures) {
    if (!siae.has(s.kind) || structureIds.has(s.id)) continue;
    const id = 1000 + structureIds.size + 1;
    structureIds.set(s.id, id);
    kindOf.set(s.id, s.kind);
    structureRows.push([id, s.siret, s.siret, s.name, communeIn(s.departement), '']);
  }
  const personIds = new Map<string, number>();
  const personId = (id: string) => {
    const known = personIds.get(id);
    if (known !== undefined) return known;
    const n = 100000 + personIds.size + 1;
    personIds.set(id, n);
    return n;
  };
  const salarieRows: (string | number)[][] = dataset.people.map((p) => [personId(p.id), '', '', '', '', fr(p.birthDate), p.qpv ? 'QP' : '', p.zrr ? 'true' : 'false']);
  // Contracts of SIAE structures, grouped per person and structure (latest start last).
  const contractIds = new Map<Contract, number>();
  const byPair = new Map<string, Contract[]>();
  const contractRows: (string | number)[][] = [];
  for (const c of dataset.contracts) {
    const sid = structureIds.get(c.structureId);
    if (sid === undefined) continue;
    const id = 500000 + contractIds.size + 1;
    contractIds.set(c, id);
    const key = `${c.personId}\u0000${c.structureId}`;
    const list = byPair.get(key) ?? [];
    list.push(c);
    byPair.set(key, list);
    contractRows.push([id, personId(c.personId), sid, `${kindOf.get(c.structureId)}_DC`, fr(c.startDate), c.endDate ? fr(c.endDate) : '', '', '']);
  }
  for (const list of byPair.values()) list.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  /** The contract in force on a day (the latest started on or before it), or, for a month, the latest started in or before it. */
  const contractAt = (person: string, structure: string, day: string): Contract | null => {
    const list = byPair.get(`${person}\u0000${structure}`);
    if (!list) return null;
    let found: Contract | null = null;
    for (const c of list) if (c.startDate <= day) found = c;
    return found ?? list[0]!;
  };
  const motifId = new Map(exitReasons.codes.map((code, i) => [code, 101 + i]));
  const categoryId = new Map(exitCategories.codes.map((code, i) => [code, i + 1]));
  // One monthly state per contract and month: hours, then the exit on its month.
  const states = new Map<string, (string | number)[]>();
  const state = (c: Contract, month: string) => {
    const ctr = contractIds.get(c)!;
    const key = `${ctr}|${month}`;
    let row = states.get(key);
    if (!row) {
      const [y, m] = month.split('-');
      row = FLUXIAE_WRITTEN_COLUMNS.fluxIAE_EtatMensuelIndiv.map(() => '');
      Object.assign(row, { 0: `01/${m}/${y}`, 2: 900000 + structureIds.get(c.structureId)!, 3: Number(m), 4: Number(y), 5: 3, 6: 'VALIDE', 7: 1, 9: personId(c.personId), 10: ctr, 11: 0 });
      states.set(key, row);
    }
    return row;
  };
  for (const h of dataset.monthlyHours) {
    const c = contractAt(h.personId, h.structureId, `${h.month}-31`);
    if (!c) continue;
    const row = state(c, h.month);
    row[11] = Number(row[11]) + h.hours;
  }
  for (const e of dataset.exits) {
    const c = contractAt(e.personId, e.structureId, e.date);
    if (!c) continue;
    const row = state(c, e.date.slice(0, 7));
    if (row[18] !== '') continue; // a second exit on one contract and month: not representable
    row[17] = fr(e.date);
    row[18] = motifId.get(e.reason)!;
  }
  const files: Record<string, string> = {};
  const name = (t: FluxTable) => `${t}_${stamp}.csv`;
  if (options.withCategories !== false) files[name('fluxIAE_RefCategorieSort')] = file('fluxIAE_RefCategorieSort', stamp, exitCategories.entries.map((c, i) => [i + 1, i + 1, c.labelFr]));
  files[name('fluxIAE_RefMotifSort')] = file('fluxIAE_RefMotifSort', stamp, exitReasons.entries.map((r, i) => [101 + i, i + 1, r.labelFr, categoryId.get(r.defaultCategory)!]));
  files[name('fluxIAE_Structure')] = file('fluxIAE_Structure', stamp, structureRows);
  files[name('fluxIAE_Salarie')] = file('fluxIAE_Salarie', stamp, salarieRows);
  files[name('fluxIAE_ContratMission')] = file('fluxIAE_ContratMission', stamp, contractRows);
  files[name('fluxIAE_EtatMensuelIndiv')] = file('fluxIAE_EtatMensuelIndiv', stamp, [...states.values()]);
  return files;
}

/** Generates a dataset ({@link generateDataset}) and writes it as FluxIAE files. Deterministic for a seed. */
export function generateFluxIae(options: GenerateOptions & FluxIaeWriteOptions = {}): Record<string, string> {
  return datasetToFluxIae(generateDataset(options), options);
}
