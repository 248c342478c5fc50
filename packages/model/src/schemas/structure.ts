import { z } from 'zod';
import { structureKinds } from '../codes/structureKind';
import { idSchema, periodSchema } from '../primitives';
import { pattern } from './common';
import { DEPARTEMENT_PATTERN } from './patterns';
import { isValidSiret } from './siret';

/** A département code: 01-95 (2A, 2B for Corsica) or 971-976 overseas. */
export const departementSchema = pattern(
  DEPARTEMENT_PATTERN,
  'invalid_departement',
  'doit être un code de département (01 à 95, 2A, 2B, 971 à 976)',
  'must be a département code (01-95, 2A, 2B, 971-976)',
);

/** zod schema of a structure (SIAE or GEIQ). */
export const structureSchema = z
  .object({
    id: idSchema,
    kind: structureKinds.schema,
    siret: z.string().refine(isValidSiret, {
      params: { code: 'invalid_siret', fr: 'doit être un SIRET de 14 chiffres avec une clé valide', en: 'must be a 14-digit SIRET with a valid check digit' },
    }),
    name: z.string().min(1).max(300),
    departement: departementSchema,
    /** The conventionnement (agreement with the State) in force, both ends inclusive. */
    conventionnement: periodSchema.optional(),
    /** ETP (full-time equivalents) of insertion posts in the convention. */
    etpConventionnes: z.number().min(0).optional(),
  })
  .meta({ id: 'Structure', title: 'Structure', description: 'Une structure de l’IAE (SIAE) ou un GEIQ.' });

/** A structure (SIAE or GEIQ). */
export type Structure = z.infer<typeof structureSchema>;
