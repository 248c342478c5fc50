import { z } from 'zod';
import { educationLevels } from '../codes/domainCodes';
import { idSchema, isoDateSchema } from '../primitives';

/**
 * zod schema of a person in parcours: only the fields the rules and indicators need (no name, no
 * address). Fields marked `sensitive` in the schema metadata (health, justice) must be handled as
 * such by vendors.
 */
export const personSchema = z
  .object({
    id: idSchema,
    birthDate: isoDateSchema,
    /** ASP education level (CAP_BEP is derived from it). */
    educationLevel: educationLevels.schema.optional(),
    /** Date of registration as a job seeker (DELD, DETLD are derived from it). */
    jobSeekerSince: isoDateSchema.optional(),
    /** Lives in a QPV. */
    qpv: z.boolean().optional(),
    /** Lives in a commune wholly in a ZRR / ZFRR. */
    zrr: z.boolean().optional(),
    /** Beneficiary of a minimum social income (RSA, ASS, AAH...): the 2014 "public" modulation criterion. */
    minimaSociaux: z.boolean().optional(),
    /** Recognised disabled worker (RQTH). Sensitive (health). */
    rqth: z.boolean().optional().meta({ sensitive: true, description: 'Donnée de santé : sensible.' }),
    /** Under a court measure or leaving detention. Sensitive (justice). */
    underJusticeMeasure: z.boolean().optional().meta({ sensitive: true, description: 'Donnée judiciaire : sensible.' }),
    /** Participant of a PLIE (counts in PLIE bilans). */
    plieParticipant: z.boolean().optional(),
  })
  .meta({ id: 'Person', title: 'Personne', description: 'Une personne en parcours : seulement ce que les règles utilisent.' });

/** A person in parcours. */
export type Person = z.infer<typeof personSchema>;
