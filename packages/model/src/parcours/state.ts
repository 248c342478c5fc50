import type { ExitReasonCode } from '../codes/exitReason';
import { type SiaeKind, type StructureKind, structureKinds } from '../codes/structureKind';
import { expectOneOf } from '../errors/guards';
import type { ParcoursStage } from './stages';

/** A stage of the timeline, with its dates (`to` is the day the next stage started). */
export interface StagePeriod {
  stage: ParcoursStage;
  from: string;
  to: string | null;
}

/** A warning recorded by the stage machine: something allowed but worth seeing (a skipped duty). */
export interface ParcoursWarning {
  code: string;
  date: string;
  messageFr: string;
  messageEn: string;
  /** The duty concerned, if any. */
  dutyId?: string;
}

/** The state of a parcours, derived from its events. */
export interface ParcoursState {
  structureKind: StructureKind | SiaeKind;
  stage: ParcoursStage;
  stageSince: string | null;
  /** Date of the last event applied (events must come in date order). */
  lastEventOn: string | null;
  hiredOn: string | null;
  contract: { kind: string; start: string; end: string | null; trialPeriodEnd: string | null } | null;
  passIae: { start: string; end: string; prolonged: boolean } | null;
  /** The parcours is a PLIE étape (the `hired` event said so): the PLIE duties apply. */
  plie: boolean;
  /** Interviews as (date, kind), in order; `withReferent` when the référent de parcours took part. */
  interviews: readonly { date: string; kind: string; withReferent?: boolean }[];
  planSignedOn: string | null;
  renewals: readonly string[];
  brokenOn: string | null;
  referentInformedOn: string | null;
  skillsAttestedOn: string | null;
  exitedOn: string | null;
  exitReason: ExitReasonCode | null;
  /** True when the exit came before the exit-preparation stage. */
  earlyExit: boolean;
  followUps: Readonly<Partial<Record<3 | 6 | 12, ExitReasonCode>>>;
  timeline: readonly StagePeriod[];
  warnings: readonly ParcoursWarning[];
}

/**
 * The state of a parcours that has not started (before its first event).
 *
 * @throws {SiaeValidationError} when the kind is not a structure kind.
 */
export function initialParcoursState(structureKind: StructureKind): ParcoursState {
  expectOneOf(structureKind, structureKinds.codes, 'structureKind', 'parcours state');
  return {
    structureKind,
    stage: 'orientation',
    stageSince: null,
    lastEventOn: null,
    hiredOn: null,
    contract: null,
    passIae: null,
    plie: false,
    interviews: [],
    planSignedOn: null,
    renewals: [],
    brokenOn: null,
    referentInformedOn: null,
    skillsAttestedOn: null,
    exitedOn: null,
    exitReason: null,
    earlyExit: false,
    followUps: {},
    timeline: [],
    warnings: [],
  };
}
