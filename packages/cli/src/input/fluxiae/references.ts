import { defaultCategoryMapping, type CategoryMappingRow, type ExitCategoryMapping } from '@siae/indicators';
import { type ExitCategory, type ExitReasonCode, exitCategories, exitReasons } from '@siae/model';
import type { RowIssue } from '../convert';
import { FLUXIAE_SOURCE, foldLabel } from './format';
import type { FluxIaeRecord } from './records';

/**
 * ASP wordings of exit reasons that differ from the labels of `@siae/model` (folded, see
 * `foldLabel`). Source: pilotage-airflow `scripts/sql/igas_structure_eiti.sql` at commit
 * 35be8c8d4ae7f730ba825db80404b97e9263b87f (the ASP labels of the reasons used in EITI).
 */
export const ASP_REASON_ALIASES: Readonly<Record<string, ExitReasonCode>> = Object.freeze({
  [foldLabel("Création ou reprise d'entreprise à son compte (hors EITI)")]: 'CREATION_ENTREPRISE',
  [foldLabel("Poursuite au sein de l'EITI sans aide au poste avec un CA supérieur à 70% du salaire médian mensuel")]: 'EITI_POURSUITE_CA_MEDIAN',
  [foldLabel("Poursuite au sein de l'EITI sans aide au poste avec un CA supérieur au seuil de pauvreté")]: 'EITI_POURSUITE_CA_SEUIL_PAUVRETE',
});

const REASON_BY_LABEL: ReadonlyMap<string, ExitReasonCode> = new Map<string, ExitReasonCode>([
  ...exitReasons.entries.map((e) => [foldLabel(e.labelFr), e.code] as [string, ExitReasonCode]),
  ...(Object.entries(ASP_REASON_ALIASES) as [string, ExitReasonCode][]),
]);

const CATEGORY_BY_LABEL: ReadonlyMap<string, ExitCategory> = new Map<string, ExitCategory>([
  ...exitCategories.entries.map((e) => [foldLabel(e.labelFr), e.code] as [string, ExitCategory]),
  ['sortie positive', 'positive'],
  ['autre sortie', 'other'],
  ['retrait des sorties constatees', 'withdrawn'],
]);

/** The exit reason code of an ASP motif label (`rms_libelle`), or null when it is not one we know. */
export function reasonOfAspLabel(label: string): ExitReasonCode | null {
  return REASON_BY_LABEL.get(foldLabel(label)) ?? null;
}

/** The category of an ASP category label (`rcs_libelle`: "Emploi durable", ..., "Retrait des sorties constatées"), or null. */
export function categoryOfAspLabel(label: string): ExitCategory | null {
  return CATEGORY_BY_LABEL.get(foldLabel(label)) ?? null;
}

/** What the two reference tables give: each motif id's reason and, with the categories, the ASP's mapping. */
export interface FluxIaeReferences {
  /** `rms_id` → our reason code, for the motifs whose label is known. */
  reasonOfMotif: ReadonlyMap<string, ExitReasonCode>;
  /** The ASP's own mapping (from RefMotifSort → RefCategorieSort), or null without the category table. */
  mapping: ExitCategoryMapping | null;
  /** Unknown labels, unknown category ids, conflicts: each with its file and line, never a value. */
  issues: RowIssue[];
}

/**
 * Builds, from the records of `fluxIAE_RefMotifSort` and (when given) `fluxIAE_RefCategorieSort`,
 * the reason of each motif id (matched on the ASP label) and the category mapping the ASP itself
 * uses: each reason takes the category of its motif's `rcs_id` ("Retrait des sorties constatées" →
 * `withdrawn`); the reasons no motif of the file names keep the default category. Pure.
 */
export function buildFluxIaeReferences(
  motifs: { file: string; records: readonly FluxIaeRecord[] } | null,
  categories: { file: string; records: readonly FluxIaeRecord[] } | null,
): FluxIaeReferences {
  const issues: RowIssue[] = [];
  const categoryOfId = new Map<string, ExitCategory>();
  if (categories) {
    for (const r of categories.records) {
      const c = categoryOfAspLabel(r.values.rcs_libelle ?? '');
      if (c === null) {
        issues.push({ file: categories.file, line: r.line, column: 'rcs_libelle', table: 'fluxIAE_RefCategorieSort', messageFr: 'catégorie de sortie ASP non reconnue : ses motifs gardent la catégorie par défaut', messageEn: 'unknown ASP exit category: its reasons keep the default category' });
        continue;
      }
      categoryOfId.set(r.values.rcs_id ?? '', c);
    }
  }
  const reasonOfMotif = new Map<string, ExitReasonCode>();
  const aspRows = new Map<ExitReasonCode, ExitCategory>();
  if (motifs) {
    for (const r of motifs.records) {
      const reason = reasonOfAspLabel(r.values.rms_libelle ?? '');
      const where = { file: motifs.file, line: r.line, table: 'fluxIAE_RefMotifSort' };
      if (reason === null) {
        issues.push({ ...where, column: 'rms_libelle', messageFr: 'motif de sortie ASP non reconnu : les sorties qui le citent seront écartées', messageEn: 'unknown ASP exit reason: the exits citing it will be left out' });
        continue;
      }
      reasonOfMotif.set(r.values.rms_id ?? '', reason);
      if (!categories) continue;
      const category = categoryOfId.get(r.values.rcs_id ?? '');
      if (category === undefined) {
        issues.push({ ...where, column: 'rcs_id', messageFr: 'catégorie absente de fluxIAE_RefCategorieSort : catégorie par défaut gardée', messageEn: 'category missing from fluxIAE_RefCategorieSort: default category kept' });
        continue;
      }
      const before = aspRows.get(reason);
      if (before !== undefined && before !== category) {
        issues.push({ ...where, column: 'rcs_id', messageFr: 'deux motifs ASP du même libellé dans deux catégories : la première est gardée', messageEn: 'two ASP reasons with the same label in two categories: the first is kept' });
        continue;
      }
      aspRows.set(reason, category);
    }
  }
  let mapping: ExitCategoryMapping | null = null;
  if (categories) {
    const rows = {} as Record<ExitReasonCode, CategoryMappingRow>;
    for (const code of exitReasons.codes) {
      const asp = aspRows.get(code);
      rows[code] = asp !== undefined ? { category: asp, assumed: false } : defaultCategoryMapping.rows[code];
    }
    mapping = {
      id: 'asp-fluxiae',
      labelFr: 'Catégories de sortie de l’ASP (fluxIAE_RefMotifSort → fluxIAE_RefCategorieSort)',
      validFrom: '1990-01-01',
      validUntil: null,
      source: `Fichiers de référence de l’export FluxIAE de l’ASP ; les motifs absents de ces fichiers gardent la catégorie par défaut. ${FLUXIAE_SOURCE}`,
      rows,
    };
  }
  return { reasonOfMotif, mapping, issues };
}
