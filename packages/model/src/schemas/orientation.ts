import { z } from 'zod';
import { ALL_CRITERION_CODES } from '../codes/criterion';
import { prescriberKinds } from '../codes/domainCodes';
import { diagnosisAuthorKinds, diagnosisKinds, prescriptionOutcomes } from '../codes/recordCodes';
import { idSchema, isoDateSchema } from '../primitives';

/** zod schema of a prescription / orientation of a person towards a structure. */
export const prescriptionSchema = z
  .object({
    id: idSchema,
    personId: idSchema,
    structureId: idSchema,
    date: isoDateSchema,
    prescriberKind: prescriberKinds.schema,
    /** Sent by an authorized prescriber (prescripteur habilité). */
    authorized: z.boolean(),
    outcome: prescriptionOutcomes.schema,
  })
  .meta({ id: 'Prescription', title: 'Prescription / orientation' });

/** A prescription (orientation) of a person towards a structure. */
export type Prescription = z.infer<typeof prescriptionSchema>;

/** zod schema of an eligibility diagnosis. */
export const diagnosisSchema = z
  .object({
    id: idSchema,
    personId: idSchema,
    authorKind: diagnosisAuthorKinds.schema,
    /** The structure that made it (employer diagnosis) or that it was made for. */
    structureId: idSchema.optional(),
    date: isoDateSchema,
    kind: diagnosisKinds.schema.default('IAE'),
    /** Criterion codes (`@siae/eligibility` catalogue). Sensitive: they reveal income, health, justice. */
    criteria: z.array(z.enum(ALL_CRITERION_CODES as [string, ...string[]])).meta({ sensitive: true }),
  })
  .meta({ id: 'Diagnosis', title: "Diagnostic d'éligibilité" });

/** An eligibility diagnosis. */
export type Diagnosis = z.infer<typeof diagnosisSchema>;
