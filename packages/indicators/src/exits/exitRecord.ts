import { type ExitReasonCode, exitReasons, idSchema, isIsoDate, isoDateSchema, SIAE_KINDS } from '@siae/model';
import { z } from 'zod';

/** One exit, as the rates read it (one row of the ASP bilan). */
export interface ExitRecord {
  personId: string;
  structureId?: string;
  structureKind: 'ACI' | 'AI' | 'EI' | 'EITI' | 'ETTI';
  /** First day in the structure (first contract start). */
  hiredOn: string;
  /** Exit date. */
  exitedOn: string;
  /** Hours worked in the structure in total (presence threshold). */
  hoursWorked: number;
  /** Exit reason (ASP motif). */
  reason: ExitReasonCode;
  /** The person's situation 3, 6 and 12 months after the exit. */
  followUp?: { 3?: ExitReasonCode; 6?: ExitReasonCode; 12?: ExitReasonCode };
  /** Département of the structure (for breakdowns). */
  departement?: string;
}

/** zod schema of an {@link ExitRecord}. */
export const exitRecordSchema = z
  .object({
    personId: idSchema,
    structureId: idSchema.optional(),
    structureKind: z.enum(SIAE_KINDS),
    hiredOn: isoDateSchema,
    exitedOn: isoDateSchema,
    hoursWorked: z.number().min(0).finite(),
    reason: exitReasons.schema,
    followUp: z.object({ 3: exitReasons.schema.optional(), 6: exitReasons.schema.optional(), 12: exitReasons.schema.optional() }).optional(),
    departement: z.string().max(3).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.exitedOn < v.hiredOn) {
      ctx.addIssue({ code: 'custom', path: ['exitedOn'], params: { code: 'period_order', fr: "doit être le même jour ou après l'embauche (hiredOn)", en: 'must be on or after hiredOn' } });
    }
  });

const KINDS = new Set<string>(SIAE_KINDS);

function isId(v: unknown): boolean {
  return typeof v === 'string' && v.length > 0 && v.length <= 200;
}

/**
 * A fast check of the common valid record (no allocation); the zod schema gives the full list of
 * problems when this says no.
 */
export function looksLikeValidExitRecord(r: unknown): r is ExitRecord {
  if (r === null || typeof r !== 'object') return false;
  const x = r as Record<string, unknown>;
  if (!isId(x.personId) || (x.structureId !== undefined && !isId(x.structureId))) return false;
  if (!KINDS.has(x.structureKind as string) || !isIsoDate(x.hiredOn) || !isIsoDate(x.exitedOn) || (x.exitedOn as string) < (x.hiredOn as string)) return false;
  if (typeof x.hoursWorked !== 'number' || !(x.hoursWorked >= 0) || x.hoursWorked === Number.POSITIVE_INFINITY) return false;
  if (typeof x.reason !== 'string' || !exitReasons.has(x.reason)) return false;
  if (x.departement !== undefined && (typeof x.departement !== 'string' || x.departement.length > 3)) return false;
  if (x.followUp !== undefined) {
    const f = x.followUp as Record<string, unknown> | null;
    if (f === null || typeof f !== 'object') return false;
    for (const k of ['3', '6', '12']) {
      const v = f[k];
      if (v !== undefined && (typeof v !== 'string' || !exitReasons.has(v))) return false;
    }
  }
  return true;
}
