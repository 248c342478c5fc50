/**
 * The editions of the référentiel (docs/sources.md#referentiel-insertion), named from their titles:
 * `formation-projet` (« Référentiel pour la formation d'un projet d'insertion ») and `annexe-2`
 * (« Annexe 2 : référentiel d'appui à la formulation d'un projet d'insertion »). The text dates
 * neither edition and names no circular.
 */
export type CanonicalEditionId = 'formation-projet' | 'annexe-2';

/**
 * An edition id as every function accepts it: a {@link CanonicalEditionId} or the earlier id
 * `2008` of the first edition, kept as an alias of `formation-projet` (the text gives no date:
 * the id claimed one).
 */
export type EditionId = CanonicalEditionId | '2008';

/** One row of an axis: a fonction, an action (with its sub-items) and the competences and tools it requires. */
export interface ReferentielRow {
  /** Stable id, the same for the same row in both editions (`axe-2.accompagnement-socio-professionnel.03`). */
  id: string;
  /** Position of the row in its axis in this edition (1-based). */
  position: number;
  /** The fonction (an empty cell of the seed continues the previous one). */
  fonction: string;
  /** True when the seed left the fonction empty (the row continues the previous fonction). */
  fonctionContinued: boolean;
  /** The action, as one sentence (typos corrected). */
  action: string;
  /** The head of the action, before its " - " sub-items. */
  actionHead: string;
  /** The sub-items the text lists with " - ". */
  subItems: string[];
  /** Compétences et outils requis. */
  competences: string;
  /** The seed's own wording where a typo was corrected. */
  sourceWording?: { fonction?: string; action?: string; competences?: string };
  /** How the text was read, when it needs saying (a garbled passage kept as it is). */
  notesFr?: string;
  /** The source document (docs/sources.md#referentiel-insertion) and section. */
  source: string;
}

/** An axis of the référentiel. */
export interface ReferentielAxis {
  /** `axe-1` ... `axe-4`. */
  id: string;
  /** Axis number. */
  number: 1 | 2 | 3 | 4;
  /** The axis title in this edition (typos corrected). */
  title: string;
  /** The seed's own title where a typo was corrected. */
  titleSourceWording?: string;
  /** Objectifs globaux. */
  objectives: string[];
  /** The rows (fonction, action, compétences), in the order of the text. */
  rows: ReferentielRow[];
  /** The source document (docs/sources.md#referentiel-insertion) and section. */
  source: string;
}

/** An edition of the référentiel. */
export interface Referentiel {
  /** The edition id (always the canonical one, never the alias `2008`). */
  edition: CanonicalEditionId;
  /** The edition's title in the seed. */
  titleFr: string;
  /** What distinguishes it (mentions of the nouvel opérateur / ANPE, or Pôle Emploi / PLIE). */
  descriptionFr: string;
  /** The source document (docs/sources.md#referentiel-insertion) and section. */
  source: string;
  /** The four axes. */
  axes: ReferentielAxis[];
}
