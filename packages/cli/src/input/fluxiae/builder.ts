import type { ExitCategoryMapping } from '@siae/indicators';
import { canonicalRowChecks, type ContractKind, type Dataset, DATASET_TABLES, type DatasetTable, datasetTables, type ExitReasonCode, type SiaeKind, safeValidate } from '@siae/model';
import type { RowIssue } from '../convert';
import { departementOfCommune, FLUXIAE_DISPOSITIFS, type FluxIaeTable, fluxIaeDate, fluxIaeNumber } from './format';
import type { FluxIaeRecord } from './records';
import type { FluxIaeReferences } from './references';

/** The dataset read from FluxIAE files, with what was left out and why. */
export interface FluxIaeDataset {
  /** Structures, contracts, monthly hours and exits (no people: see the docs). */
  dataset: Dataset;
  /** Every row left out: file, line, column, problem (French and English), never the value. */
  issues: RowIssue[];
  /** The ASP's category mapping when `fluxIAE_RefCategorieSort` was read, else null (default mapping). */
  mapping: ExitCategoryMapping | null;
  /** Counts of what was read, merged or left aside on purpose, in French (never a value). */
  notes: string[];
  /** Rows accepted per table (also when they are not kept, `keepRows: false`). */
  accepted: Record<'structures' | 'contracts' | 'monthlyHours' | 'exits', number>;
}

/** The contract kind of each SIAE kind (FluxIAE has no contract kind of ours). */
const CONTRACT_KIND: Record<SiaeKind, ContractKind> = { ACI: 'CDDI', EI: 'CDDI', AI: 'CDDU', ETTI: 'MISSION_INTERIM', EITI: 'EITI_COMMERCIAL' };

/** Which FluxIAE column a model field comes from (for the messages of rows the schema refuses). */
const COLUMN_OF_FIELD: Partial<Record<DatasetTable, Record<string, string>>> = {
  structures: { id: 'structure_id_siae', siret: 'structure_siret_actualise', name: 'structure_denomination', departement: 'structure_adresse_admin_code_insee' },
  contracts: { id: 'contrat_id_ctr', personId: 'contrat_id_pph', structureId: 'contrat_id_structure', startDate: 'contrat_date_embauche', endDate: 'contrat_date_fin_contrat' },
  monthlyHours: { personId: 'emi_pph_id', month: 'emi_sme_mois', hours: 'emi_nb_heures_travail' },
  exits: { personId: 'emi_pph_id', date: 'emi_date_fin_reelle', reason: 'emi_motif_sortie_id' },
};

interface Where {
  file: string;
  line: number;
}
interface RawStructure extends Where {
  id: string;
  siret: string;
  name: string;
  departement: string;
}
interface RawContract extends Where {
  /** The monthly states read for this contract: month → index in the builder's arrays. */
  months?: Map<string, number>;
  id: string;
  personId: string;
  structure: string;
  kind: SiaeKind;
  startDate: string;
  endDate: string | null;
}
interface ExitEntry extends Where {
  contract: RawContract;
  date: string;
  reason: ExitReasonCode;
  version: number;
}

/** Builds a dataset from FluxIAE records, table by table, in the order of `FLUXIAE_TABLES`. */
export interface FluxIaeBuilder {
  /** One record of a table (references are given at creation). */
  add: (table: Exclude<FluxIaeTable, 'fluxIAE_RefMotifSort' | 'fluxIAE_RefCategorieSort'>, file: string, record: FluxIaeRecord) => void;
  /** The dataset: every row validated with the model's schema. */
  finish: () => FluxIaeDataset;
}

/**
 * Creates a builder of the `@siae` dataset from FluxIAE records: `fluxIAE_Structure` gives the
 * structures (their kind comes from their contracts' dispositif: ACI_DC/ACI_MP → ACI, ...; a
 * structure with contracts of two kinds becomes two structures `id-ACI`, `id-EI`),
 * `fluxIAE_ContratMission` the contracts, `fluxIAE_EtatMensuelIndiv` the hours per month (one row
 * per contract and month: the highest `emi_sme_version` wins, then summed per person, structure and
 * month) and the exits (a row with a motif: `emi_date_fin_reelle`, the motif's reason). Contracts
 * must be given before the monthly rows. No I/O; the state lives in the returned object.
 */
export function createFluxIaeBuilder(references: FluxIaeReferences, options: { motifTableRead: boolean; keepRows?: boolean }): FluxIaeBuilder {
  const keep = options.keepRows !== false;
  const issues: RowIssue[] = [];
  const structures = new Map<string, RawStructure>();
  const contracts = new Map<string, RawContract>();
  const ignoredContracts = new Set<string>();
  // The kept monthly state of each contract and month, in flat arrays (millions of rows: no object per row).
  const mHours: number[] = [];
  const mVersion: number[] = [];
  const mLine: number[] = [];
  let monthlyFile = '';
  const monthNames = new Map<number, string>();
  const exits = new Map<string, ExitEntry>();
  const counts = { salaries: 0, ignoredContracts: 0, ignoredMonthly: 0, duplicateMonths: 0, repeatedExits: 0, unresolvedExits: 0 };
  const report = (where: Where, table: FluxIaeTable, column: string | null, messageFr: string, messageEn: string) => issues.push({ file: where.file, line: where.line, column, table, messageFr, messageEn });

  const addStructure = (file: string, r: FluxIaeRecord) => {
    const v = r.values;
    const id = v.structure_id_siae ?? '';
    if (id === '') return report({ file, line: r.line }, 'fluxIAE_Structure', 'structure_id_siae', 'champ obligatoire manquant', 'required field missing');
    // The pipeline keeps one row of duplicates ("parfois l'ASP introduit des doublons"): the last one wins here.
    structures.set(id, { file, line: r.line, id, siret: v.structure_siret_actualise || v.structure_siret_signature || '', name: v.structure_denomination ?? '', departement: departementOfCommune(v.structure_adresse_admin_code_insee ?? '') ?? '' });
  };

  const addContract = (file: string, r: FluxIaeRecord) => {
    const v = r.values;
    const where = { file, line: r.line };
    const id = v.contrat_id_ctr ?? '';
    if (id === '') return report(where, 'fluxIAE_ContratMission', 'contrat_id_ctr', 'champ obligatoire manquant', 'required field missing');
    const kind = FLUXIAE_DISPOSITIFS[v.contrat_mesure_disp_code ?? ''];
    if (kind === undefined) {
      // ACIPA, EIPA, FDI...: outside the exit rates, as in the pipeline.
      ignoredContracts.add(id);
      counts.ignoredContracts++;
      return;
    }
    const startDate = fluxIaeDate(v.contrat_date_embauche ?? '');
    if (startDate === null) return report(where, 'fluxIAE_ContratMission', 'contrat_date_embauche', 'doit être une date JJ/MM/AAAA qui existe (entre 1990 et 2100)', 'must be an existing dd/mm/yyyy date (1990 to 2100)');
    const rawEnd = v.contrat_date_fin_contrat ?? '';
    const endDate = rawEnd === '' ? null : fluxIaeDate(rawEnd);
    if (rawEnd !== '' && endDate === null) return report(where, 'fluxIAE_ContratMission', 'contrat_date_fin_contrat', 'doit être une date JJ/MM/AAAA qui existe (entre 1990 et 2100)', 'must be an existing dd/mm/yyyy date (1990 to 2100)');
    if (contracts.has(id)) report(where, 'fluxIAE_ContratMission', 'contrat_id_ctr', 'contrat déjà lu sur une ligne précédente : cette ligne-ci est gardée', 'contract already read on an earlier line: this line is kept');
    contracts.set(id, { ...where, id, personId: v.contrat_id_pph ?? '', structure: v.contrat_id_structure ?? '', kind, startDate, endDate });
  };

  const addMonthly = (file: string, r: FluxIaeRecord) => {
    const v = r.values;
    const where = { file, line: r.line };
    const T = 'fluxIAE_EtatMensuelIndiv';
    const ctr = v.emi_ctr_id ?? '';
    if (ignoredContracts.has(ctr)) {
      counts.ignoredMonthly++;
      return;
    }
    const contract = contracts.get(ctr);
    if (!contract) return report(where, T, 'emi_ctr_id', 'contrat absent de fluxIAE_ContratMission (ou écarté) : ligne écartée', 'contract missing from fluxIAE_ContratMission (or left out): line left out');
    if ((v.emi_pph_id ?? '') !== contract.personId) return report(where, T, 'emi_pph_id', 'la personne diffère de celle du contrat : ligne écartée', 'the person differs from the contract’s: line left out');
    const year = fluxIaeNumber(v.emi_sme_annee ?? '');
    const month = fluxIaeNumber(v.emi_sme_mois ?? '');
    if (year === null || !Number.isInteger(year) || year < 1990 || year > 2100) return report(where, T, 'emi_sme_annee', 'doit être une année (1990 à 2100)', 'must be a year (1990 to 2100)');
    if (month === null || !Number.isInteger(month) || month < 1 || month > 12) return report(where, T, 'emi_sme_mois', 'doit être un mois (1 à 12)', 'must be a month (1 to 12)');
    const rawHours = v.emi_nb_heures_travail ?? '';
    const hours = rawHours === '' ? 0 : fluxIaeNumber(rawHours);
    if (hours === null || hours < 0 || hours > 744) return report(where, T, 'emi_nb_heures_travail', 'doit être un nombre d’heures entre 0 et 744', 'must be a number of hours from 0 to 744');
    const version = fluxIaeNumber(v.emi_sme_version ?? '') ?? 0;
    let iso = monthNames.get(year * 100 + month);
    if (iso === undefined) {
      iso = `${year}-${String(month).padStart(2, '0')}`;
      monthNames.set(year * 100 + month, iso);
    }
    monthlyFile = file;
    contract.months ??= new Map();
    const before = contract.months.get(iso);
    if (before === undefined) {
      contract.months.set(iso, mHours.length);
      mHours.push(hours);
      mVersion.push(version);
      mLine.push(r.line);
    } else {
      counts.duplicateMonths++;
      if (version >= mVersion[before]!) {
        mHours[before] = hours;
        mVersion[before] = version;
        mLine[before] = r.line;
      }
    }
    const motif = v.emi_motif_sortie_id ?? '';
    if (motif === '') return;
    const reason = references.reasonOfMotif.get(motif) ?? references.reasonOfMotif.get(String(fluxIaeNumber(motif) ?? ''));
    if (reason === undefined) {
      if (!options.motifTableRead) counts.unresolvedExits++;
      else report(where, T, 'emi_motif_sortie_id', 'motif absent de fluxIAE_RefMotifSort ou non reconnu : sortie écartée', 'reason missing from fluxIAE_RefMotifSort or unknown: exit left out');
      return;
    }
    const date = fluxIaeDate(v.emi_date_fin_reelle ?? '');
    if (date === null) return report(where, T, 'emi_date_fin_reelle', 'sortie sans date JJ/MM/AAAA valide (entre 1990 et 2100) : sortie écartée', 'exit without a valid dd/mm/yyyy date (1990 to 2100): exit left out');
    const exitKey = `${contract.personId}|${contract.structure}|${contract.kind}|${date}`;
    const previous = exits.get(exitKey);
    if (previous) {
      if (previous.reason === reason) counts.repeatedExits++;
      else report(where, T, 'emi_motif_sortie_id', 'même sortie déclarée avec un autre motif sur une autre ligne : la version la plus récente est gardée', 'the same exit declared with another reason on another line: the latest version is kept');
      if (version < previous.version) return;
    }
    exits.set(exitKey, { ...where, contract, date, reason, version });
  };

  const finish = (): FluxIaeDataset => {
    const dataset = Object.fromEntries(DATASET_TABLES.map((t) => [t, []])) as unknown as Dataset;
    const accepted: FluxIaeDataset['accepted'] = { structures: 0, contracts: 0, monthlyHours: 0, exits: 0 };
    const accept = (table: DatasetTable, row: unknown) => {
      accepted[table as keyof typeof accepted]++;
      if (keep) (dataset[table] as unknown[]).push(row);
    };
    const push = <T extends DatasetTable>(table: T, fluxTable: FluxIaeTable, where: Where, row: unknown) => {
      // The common valid row is checked without zod (the model's fast path); zod lists the problems of the others.
      if (canonicalRowChecks[table](row)) {
        accept(table, row);
        return;
      }
      const r = safeValidate(datasetTables[table] as never, row);
      if (r.success) {
        accept(table, r.data);
        return;
      }
      for (const i of r.issues) {
        const field = i.path.map(String).join('.');
        report(where, fluxTable, COLUMN_OF_FIELD[table]?.[field] ?? (field || null), i.messageFr, i.messageEn);
      }
    };
    // The kinds of each structure, from its contracts.
    const kindsOf = new Map<string, Set<SiaeKind>>();
    for (const c of contracts.values()) {
      const k = kindsOf.get(c.structure) ?? new Set<SiaeKind>();
      k.add(c.kind);
      kindsOf.set(c.structure, k);
    }
    const structureId = (id: string, kind: SiaeKind) => ((kindsOf.get(id)?.size ?? 0) > 1 ? `${id}-${kind}` : id);
    let withoutContract = 0;
    for (const s of structures.values()) {
      const kinds = kindsOf.get(s.id);
      if (!kinds) {
        withoutContract++;
        continue;
      }
      for (const kind of [...kinds].sort()) push('structures', 'fluxIAE_Structure', s, { id: structureId(s.id, kind), kind, siret: s.siret, name: s.name, departement: s.departement });
    }
    for (const c of contracts.values()) {
      const row: Record<string, unknown> = { id: c.id, personId: c.personId, structureId: structureId(c.structure, c.kind), kind: CONTRACT_KIND[c.kind], startDate: c.startDate };
      if (c.endDate !== null) row.endDate = c.endDate;
      push('contracts', 'fluxIAE_ContratMission', c, row);
    }
    // Hours: the kept row of each contract and month, summed per person, structure and month
    // (the contracts of one person in one structure are grouped first: no map of every row).
    const byPair = new Map<string, RawContract[]>();
    for (const c of contracts.values()) {
      if (!c.months) continue;
      const key = `${c.personId}\u0000${structureId(c.structure, c.kind)}`;
      const list = byPair.get(key);
      if (list) list.push(c);
      else byPair.set(key, [c]);
    }
    for (const list of byPair.values()) {
      const first = list[0]!;
      const sid = structureId(first.structure, first.kind);
      const sums = new Map<string, { hours: number; line: number }>();
      for (const c of list) {
        for (const [month, i] of c.months!) {
          if (mHours[i] === 0) continue;
          const s = sums.get(month);
          if (s) s.hours += mHours[i]!;
          else sums.set(month, { hours: mHours[i]!, line: mLine[i]! });
        }
      }
      for (const [month, s] of [...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        push('monthlyHours', 'fluxIAE_EtatMensuelIndiv', { file: monthlyFile, line: s.line }, { personId: first.personId, structureId: sid, month, hours: s.hours });
      }
    }
    for (const e of exits.values()) push('exits', 'fluxIAE_EtatMensuelIndiv', e, { personId: e.contract.personId, structureId: structureId(e.contract.structure, e.contract.kind), date: e.date, reason: e.reason });
    if (counts.unresolvedExits > 0) {
      issues.push({ file: '(fluxIAE_RefMotifSort)', line: 0, column: null, table: 'fluxIAE_RefMotifSort', messageFr: `${counts.unresolvedExits} sortie(s) écartée(s) : sans fluxIAE_RefMotifSort, le motif de sortie ne peut pas être lu`, messageEn: `${counts.unresolvedExits} exit(s) left out: without fluxIAE_RefMotifSort the exit reason cannot be read` });
    }
    const notes: string[] = [];
    if (counts.salaries > 0) notes.push(`fluxIAE_Salarie : ${counts.salaries} salarié(s) lu(s) ; aucune donnée personnelle n’est gardée (la table des personnes reste vide).`);
    if (counts.ignoredContracts > 0) notes.push(`${counts.ignoredContracts} contrat(s) d’un dispositif hors taux de sortie (ACIPA, EIPA, FDI...) et leurs ${counts.ignoredMonthly} ligne(s) mensuelle(s) laissés de côté, comme le fait le pipeline public.`);
    if (withoutContract > 0) notes.push(`${withoutContract} structure(s) sans contrat d’un dispositif SIAE : type inconnu, non reprise(s).`);
    if (counts.duplicateMonths > 0) notes.push(`${counts.duplicateMonths} ligne(s) mensuelle(s) en double (même contrat, même mois) : la version (emi_sme_version) la plus récente est gardée, jamais additionnée.`);
    if (counts.repeatedExits > 0) notes.push(`${counts.repeatedExits} sortie(s) répétée(s) à l’identique sur plusieurs lignes mensuelles : comptée(s) une fois.`);
    const split = [...kindsOf.values()].filter((k) => k.size > 1).length;
    if (split > 0) notes.push(`${split} structure(s) avec des contrats de plusieurs dispositifs : une structure par type (identifiant suivi du type, par exemple 123-ACI).`);
    return { dataset, issues, mapping: references.mapping, notes, accepted };
  };

  return {
    add(table, file, record) {
      if (table === 'fluxIAE_Structure') addStructure(file, record);
      else if (table === 'fluxIAE_ContratMission') addContract(file, record);
      else if (table === 'fluxIAE_EtatMensuelIndiv') addMonthly(file, record);
      else counts.salaries++;
    },
    finish,
  };
}
