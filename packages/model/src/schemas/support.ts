import { z } from 'zod';
import { skillsAttestationKinds } from '../codes/recordCodes';
import { barrierKinds, interviewKinds, participantRoles } from '../codes/domainCodes';
import { idSchema, isoDateSchema } from '../primitives';
import { endAfterStart, timeSchema } from './common';

/** zod schema of an interview or review, with signed attendance times (seed 002). */
export const interviewSchema = z
  .object({
    id: idSchema,
    personId: idSchema,
    structureId: idSchema,
    kind: interviewKinds.schema,
    date: isoDateSchema,
    startTime: timeSchema,
    endTime: timeSchema,
    participants: z.array(z.object({ role: participantRoles.schema, name: z.string().max(200).optional() })).default([]),
    /** A written report exists (seed 002: one report per interview). */
    reportWritten: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.endTime <= v.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], params: { code: 'time_order', fr: "doit être après l'heure de début", en: 'must be after startTime' } });
    }
  })
  .meta({ id: 'Interview', title: 'Entretien ou bilan' });

/** An interview or review. */
export type Interview = z.infer<typeof interviewSchema>;

/** zod schema of a barrier to employment, identified and maybe lifted. Health and justice kinds are sensitive. */
export const barrierSchema = z
  .object({
    id: idSchema,
    personId: idSchema,
    kind: barrierKinds.schema.meta({ sensitive: true, description: 'Santé, justice et addictions sont des données sensibles.' }),
    identifiedOn: isoDateSchema,
    liftedOn: isoDateSchema.optional(),
  })
  .superRefine(endAfterStart('identifiedOn', 'liftedOn'))
  .meta({ id: 'Barrier', title: "Frein à l'emploi" });

/** A barrier to employment. */
export type Barrier = z.infer<typeof barrierSchema>;

/** zod schema of a training action. */
export const trainingSchema = z
  .object({
    id: idSchema,
    personId: idSchema,
    structureId: idSchema.optional(),
    title: z.string().min(1).max(300),
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    hours: z.number().min(0),
    /** Leads to a diploma, titre or certificate. */
    qualifying: z.boolean().optional(),
    /** Preparation work before entering training (seed 001: count it too). */
    preparation: z.boolean().optional(),
  })
  .superRefine(endAfterStart('startDate', 'endDate'))
  .meta({ id: 'Training', title: 'Action de formation' });

/** A training action. */
export type Training = z.infer<typeof trainingSchema>;

/** zod schema of a PMSMP (immersion in a company). */
export const pmsmpSchema = z
  .object({
    id: idSchema,
    personId: idSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    company: z.string().max(300).optional(),
  })
  .superRefine(endAfterStart('startDate', 'endDate'))
  .meta({ id: 'Pmsmp', title: 'PMSMP' });

/** A PMSMP. */
export type Pmsmp = z.infer<typeof pmsmpSchema>;

/** zod schema of a skills attestation, assessment or VAE. */
export const skillsAttestationSchema = z
  .object({
    id: idSchema,
    personId: idSchema,
    date: isoDateSchema,
    kind: skillsAttestationKinds.schema,
  })
  .meta({ id: 'SkillsAttestation', title: 'Attestation ou évaluation de compétences' });

/** A skills attestation. */
export type SkillsAttestation = z.infer<typeof skillsAttestationSchema>;
