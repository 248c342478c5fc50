import { type CodeOf, defineCodeList } from './defineCodeList';

/**
 * The kinds of structure: the five SIAE kinds and the GEIQ (not an SIAE, own eligibility rules).
 * Source: Code du travail L5132-1 to L5132-17 (SIAE), L1253-1 (GEIQ) (docs/sources.md#code-du-travail).
 */
export const structureKinds = defineCodeList(['ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ'] as const, {
  ACI: {
    labelFr: "Atelier et chantier d'insertion",
    labelEn: 'Integration workshop and worksite',
    source: 'Code du travail, art. L5132-15; Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §ACI',
  },
  AI: { labelFr: 'Association intermédiaire', labelEn: 'Intermediary association', source: 'Code du travail, art. L5132-7; Parcours d’une AI (docs/sources.md#ai-parcours)' },
  EI: { labelFr: "Entreprise d'insertion", labelEn: 'Integration company', source: 'Code du travail, art. L5132-5; Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §EI' },
  EITI: {
    labelFr: "Entreprise d'insertion par le travail indépendant",
    labelEn: 'Integration company through self-employment',
    source: 'Code du travail, art. L5132-15-2 (loi n° 2018-771)',
  },
  ETTI: {
    labelFr: "Entreprise de travail temporaire d'insertion",
    labelEn: 'Integration temporary work agency',
    source: 'Code du travail, art. L5132-6; Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §ETTI',
  },
  GEIQ: {
    labelFr: "Groupement d'employeurs pour l'insertion et la qualification",
    labelEn: 'Employers group for integration and qualification',
    source: 'Code du travail, art. L1253-1',
  },
});

/** A structure kind code: `'ACI' | 'AI' | 'EI' | 'EITI' | 'ETTI' | 'GEIQ'`. */
export type StructureKind = CodeOf<typeof structureKinds>;

/** The five SIAE kinds (every kind but GEIQ), the ones the IAE eligibility rules and the aide au poste cover. */
export const SIAE_KINDS = ['ACI', 'AI', 'EI', 'EITI', 'ETTI'] as const;

/** An SIAE kind code: `'ACI' | 'AI' | 'EI' | 'EITI' | 'ETTI'`. */
export type SiaeKind = (typeof SIAE_KINDS)[number];
