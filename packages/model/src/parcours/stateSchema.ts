import { z } from 'zod';
import { exitReasons } from '../codes/exitReason';
import { structureKinds } from '../codes/structureKind';
import { validate } from '../errors/fromZod';
import { isoDateSchema } from '../primitives';
import { PARCOURS_STAGES } from './stages';
import type { ParcoursState } from './state';

const date = isoDateSchema;
const nullableDate = isoDateSchema.nullable();

/**
 * zod schema of a parcours state (as `initialParcoursState`, `applyParcoursEvent` and
 * `replayParcours` return it), for the functions that take a state back: a state read from
 * storage, or built by hand, is checked before it is used.
 */
export const parcoursStateSchema = z.object({
  structureKind: structureKinds.schema,
  stage: z.enum(PARCOURS_STAGES),
  stageSince: nullableDate,
  lastEventOn: nullableDate,
  hiredOn: nullableDate,
  contract: z.object({ kind: z.string(), start: date, end: nullableDate, trialPeriodEnd: nullableDate }).nullable(),
  passIae: z.object({ start: date, end: date, prolonged: z.boolean() }).nullable(),
  interviews: z.array(z.object({ date, kind: z.string() })),
  planSignedOn: nullableDate,
  renewals: z.array(date),
  brokenOn: nullableDate,
  referentInformedOn: nullableDate,
  skillsAttestedOn: nullableDate,
  exitedOn: nullableDate,
  exitReason: exitReasons.schema.nullable(),
  earlyExit: z.boolean(),
  followUps: z.object({ 3: exitReasons.schema.optional(), 6: exitReasons.schema.optional(), 12: exitReasons.schema.optional() }).strict(),
  timeline: z.array(z.object({ stage: z.enum(PARCOURS_STAGES), from: date, to: nullableDate })),
  warnings: z.array(z.object({ code: z.string(), date, messageFr: z.string(), messageEn: z.string(), dutyId: z.string().optional() })),
});

/**
 * Checks a parcours state given to a public function and returns it unchanged (not zod's copy).
 *
 * @throws {SiaeValidationError} listing every problem with its path (`state.…`), never a value.
 */
export function checkParcoursState(state: unknown, what = 'parcours state'): ParcoursState {
  validate(z.object({ state: parcoursStateSchema }), { state }, what);
  return state as ParcoursState;
}
