import { z } from 'zod';
import { contractKinds, interviewKinds } from '../codes/domainCodes';
import { exitReasons } from '../codes/exitReason';
import { isoDateSchema } from '../primitives';
import { PARCOURS_STAGES } from './stages';

const base = { date: isoDateSchema };

/** zod schema of a parcours event, as vendors store them. */
export const parcoursEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('oriented'), ...base, authorized: z.boolean().optional() }),
  z.object({ type: z.literal('diagnosed'), ...base, authorKind: z.enum(['prescriber', 'employer']) }),
  z.object({
    type: z.literal('hired'),
    ...base,
    contractKind: contractKinds.schema,
    contractEndDate: isoDateSchema.optional(),
    trialPeriodEndDate: isoDateSchema.optional(),
    passIae: z.object({ start: isoDateSchema, end: isoDateSchema }).optional(),
    /**
     * The person is a PLIE participant and the job an étape of their PLIE parcours: the PLIE
     * duties (Référentiel technique PLIE, docs/sources.md#plie, §3.4) then apply. Default: false.
     */
    plie: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('interview'),
    ...base,
    kind: interviewKinds.schema,
    /** The person's référent de parcours (PLIE, RSA...) takes part (the PLIE trial-period interview needs it). */
    withReferent: z.boolean().optional(),
  }),
  z.object({ type: z.literal('plan_signed'), ...base }),
  z.object({ type: z.literal('contract_renewed'), ...base, newEndDate: isoDateSchema.optional() }),
  z.object({ type: z.literal('contract_broken'), ...base }),
  z.object({ type: z.literal('referent_informed'), ...base }),
  z.object({ type: z.literal('pass_prolonged'), ...base, newEnd: isoDateSchema }),
  z.object({ type: z.literal('skills_attested'), ...base }),
  z.object({ type: z.literal('stage_changed'), ...base, to: z.enum(PARCOURS_STAGES) }),
  z.object({ type: z.literal('reoriented'), ...base, to: z.enum(PARCOURS_STAGES) }),
  z.object({ type: z.literal('exited'), ...base, reason: exitReasons.schema }),
  z.object({ type: z.literal('follow_up'), ...base, months: z.union([z.literal(3), z.literal(6), z.literal(12)]), situation: exitReasons.schema }),
]);

/** A parcours event. */
export type ParcoursEvent = z.infer<typeof parcoursEventSchema>;

/** A parcours event type. */
export type ParcoursEventType = ParcoursEvent['type'];
