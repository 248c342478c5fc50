import { SIAE_KINDS } from '../codes/structureKind';
import { safeValidate } from '../errors/fromZod';
import type { ValidationIssue } from '../errors/validationError';
import { type ParcoursEvent, type ParcoursEventType, parcoursEventSchema } from './events';
import { type ParcoursStage, stageOrder } from './stages';
import type { ParcoursState, ParcoursWarning, StagePeriod } from './state';
import { checkParcoursState } from './stateSchema';

const ACTIVE: readonly ParcoursStage[] = ['integration', 'deployment', 'exit_preparation'];

/** One allowed transition: which event, from which stages, to which stage. */
export interface ParcoursTransition {
  event: ParcoursEventType;
  from: readonly ParcoursStage[];
  /** The stage after the event: a stage, `same` (no change) or `target` (the event's `to`). */
  to: ParcoursStage | 'same' | 'target';
  /** The guard the machine checks before the transition (see {@link parcoursGuards}), if any. */
  guard?: ParcoursGuardId;
  /** The extra condition or note, in French. */
  guardFr?: string;
  source: string;
}

const NOTES = 'Parcours d’une AI (docs/sources.md#ai-parcours)';

/** The transition table of the stage machine (data; the guards are described in `guardFr`). */
export const parcoursTransitions: readonly ParcoursTransition[] = Object.freeze([
  { event: 'oriented', from: ['orientation'], to: 'orientation', source: `${NOTES} §orientation` },
  { event: 'diagnosed', from: ['orientation', 'recruitment'], to: 'recruitment', source: `${NOTES} §recrutement` },
  { event: 'interview', from: ['orientation', 'recruitment', ...ACTIVE], to: 'same', source: 'Référentiel technique PLIE (docs/sources.md#plie); Parcours d’une AI (docs/sources.md#ai-parcours)' },
  { event: 'hired', from: ['orientation', 'recruitment', 'exit'], to: 'integration', guardFr: 'une nouvelle embauche après une sortie ouvre un nouveau parcours dans la même structure', source: `${NOTES} §recrutement` },
  { event: 'plan_signed', from: ACTIVE, to: 'same', source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 2' },
  { event: 'contract_renewed', from: ACTIVE, to: 'same', source: 'Référentiel technique PLIE (docs/sources.md#plie) §Obligations de suivi' },
  { event: 'contract_broken', from: ACTIVE, to: 'same', source: 'Référentiel technique PLIE (docs/sources.md#plie) §Obligations de suivi' },
  { event: 'referent_informed', from: [...ACTIVE, 'exit'], to: 'same', source: 'Référentiel technique PLIE (docs/sources.md#plie) §Obligations de suivi' },
  { event: 'pass_prolonged', from: ACTIVE, to: 'same', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/approvals/models.py (Prolongation)' },
  { event: 'skills_attested', from: [...ACTIVE, 'exit'], to: 'same', source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 2, Accompagnement professionnel (attestations de compétences, démarches de VAE)' },
  { event: 'stage_changed', from: ['integration', 'deployment'], to: 'target', guard: 'forward_before_exit', guardFr: 'vers une étape suivante, avant la sortie (déploiement ou préparation à la sortie)', source: NOTES },
  { event: 'reoriented', from: ['recruitment', ...ACTIVE], to: 'target', guard: 'backward', guardFr: 'vers une étape antérieure (réorientation)', source: `${NOTES} (les transitions peuvent revenir en arrière)` },
  { event: 'exited', from: ['recruitment', ...ACTIVE], to: 'exit', guardFr: "depuis toute étape (sortie anticipée comprise)", source: `${NOTES} (sortie à toute étape)` },
  { event: 'follow_up', from: ['exit'], to: 'same', source: 'Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §Taux de sortie dynamique' },
] satisfies ParcoursTransition[]);

/** The id of a transition guard. */
export type ParcoursGuardId = 'forward_before_exit' | 'backward';

/** A guard: given the current stage and the target stage, true when the transition may happen. */
export interface ParcoursGuard {
  check: (from: ParcoursStage, to: ParcoursStage) => boolean;
  refusal: { code: 'not_forward' | 'not_backward'; messageFr: string; messageEn: string };
}

/** The guards of the transition table, by id (pure predicates over stages). */
export const parcoursGuards: Readonly<Record<ParcoursGuardId, ParcoursGuard>> = Object.freeze({
  forward_before_exit: {
    check: (from, to) => stageOrder(to) > stageOrder(from) && (to === 'deployment' || to === 'exit_preparation'),
    refusal: {
      code: 'not_forward',
      messageFr: 'un changement d’étape va vers une étape suivante (la sortie passe par l’événement exited)',
      messageEn: 'a stage change goes to a later stage (exits use the exited event)',
    },
  },
  backward: {
    check: (from, to) => stageOrder(to) < stageOrder(from),
    refusal: { code: 'not_backward', messageFr: 'une réorientation revient à une étape antérieure', messageEn: 'a reorientation goes back to an earlier stage' },
  },
});

/** Why an event was refused. */
export interface ParcoursRefusal {
  code: 'invalid_event' | 'out_of_order' | 'not_allowed_in_stage' | 'not_forward' | 'not_backward';
  messageFr: string;
  messageEn: string;
  /** For `invalid_event`: every problem with its path. */
  issues?: ValidationIssue[];
}

/** The result of {@link applyParcoursEvent}. */
export type ParcoursEventResult = { ok: true; state: ParcoursState; warnings: ParcoursWarning[] } | { ok: false; refusal: ParcoursRefusal };

function refuse(code: ParcoursRefusal['code'], messageFr: string, messageEn: string, issues?: ValidationIssue[]): ParcoursEventResult {
  return { ok: false, refusal: { code, messageFr, messageEn, ...(issues ? { issues } : {}) } };
}

function warn(code: string, date: string, messageFr: string, messageEn: string, dutyId?: string): ParcoursWarning {
  return { code, date, messageFr, messageEn, ...(dutyId ? { dutyId } : {}) };
}

function hasInterview(state: ParcoursState, kinds: readonly string[], from?: string | null): boolean {
  return state.interviews.some((i) => kinds.includes(i.kind) && (!from || i.date >= from));
}

function moveTimeline(timeline: readonly StagePeriod[], stage: ParcoursStage, date: string): StagePeriod[] {
  const last = timeline.at(-1);
  if (last && last.stage === stage && last.to === null) return [...timeline];
  const closed = last && last.to === null ? [...timeline.slice(0, -1), { ...last, to: date }] : [...timeline];
  return [...closed, { stage, from: date, to: null }];
}

/**
 * Applies one event to a parcours and returns the new state, or a typed refusal saying why (in
 * French and English). A transition that skips a duty is allowed and reported as a warning: the
 * structure must be able to record what really happened. Never mutates the state it is given.
 *
 * @throws {SiaeValidationError} when `state` is not a parcours state (a bad event is refused, not thrown).
 *
 * @example
 * const r = applyParcoursEvent(initialParcoursState('ACI'), { type: 'oriented', date: '2025-01-06' });
 * if (r.ok) r.state.stage; // 'orientation'
 */
export function applyParcoursEvent(state: ParcoursState, event: unknown): ParcoursEventResult {
  return applyCheckedStateEvent(checkParcoursState(state), event);
}

/**
 * {@link applyParcoursEvent} on a state this module built (replays call it once per event, so the
 * state is not checked again each time). Not exported by the package.
 */
export function applyCheckedStateEvent(state: ParcoursState, event: unknown): ParcoursEventResult {
  const parsed = safeValidate(parcoursEventSchema, event);
  if (!parsed.success) return refuse('invalid_event', 'événement invalide', 'invalid event', parsed.issues);
  const e: ParcoursEvent = parsed.data;
  if (state.lastEventOn !== null && e.date < state.lastEventOn) {
    return refuse('out_of_order', 'événement antérieur au précédent : les événements doivent être dans l’ordre des dates', 'event dated before the previous one: events must come in date order');
  }
  const t = parcoursTransitions.find((x) => x.event === e.type && x.from.includes(state.stage));
  if (!t) {
    return refuse('not_allowed_in_stage', `événement « ${e.type} » non permis à l’étape « ${state.stage} »`, `event "${e.type}" is not allowed in stage "${state.stage}"`);
  }
  let next: ParcoursStage = state.stage;
  if (t.to === 'target' && 'to' in e) {
    const guard = t.guard !== undefined && Object.hasOwn(parcoursGuards, t.guard) ? parcoursGuards[t.guard] : undefined;
    if (guard && !guard.check(state.stage, e.to)) return refuse(guard.refusal.code, guard.refusal.messageFr, guard.refusal.messageEn);
    next = e.to;
  } else if (t.to !== 'same' && t.to !== 'target') {
    next = t.to;
  }

  const warnings: ParcoursWarning[] = [];
  let s: ParcoursState = { ...state, lastEventOn: e.date };
  switch (e.type) {
    case 'hired': {
      const isSiae = (SIAE_KINDS as readonly string[]).includes(state.structureKind);
      if (isSiae && !e.passIae) {
        warnings.push(warn('no_pass_iae', e.date, "embauche sans PASS IAE renseigné", 'hired without a PASS IAE', 'pass-iae-valid-at-hire'));
      } else if (isSiae && e.passIae && (e.date < e.passIae.start || e.date > e.passIae.end)) {
        warnings.push(warn('pass_iae_not_valid', e.date, "le PASS IAE n'est pas valide le jour de l'embauche", 'the PASS IAE is not valid on the hiring day', 'pass-iae-valid-at-hire'));
      }
      s = {
        ...s,
        hiredOn: e.date,
        contract: { kind: e.contractKind, start: e.date, end: e.contractEndDate ?? null, trialPeriodEnd: e.trialPeriodEndDate ?? null },
        passIae: e.passIae ? { start: e.passIae.start, end: e.passIae.end, prolonged: false } : state.passIae,
        plie: e.plie === true,
        ...(state.stage === 'exit'
          ? { interviews: [], planSignedOn: null, renewals: [], brokenOn: null, referentInformedOn: null, skillsAttestedOn: null, exitedOn: null, exitReason: null, earlyExit: false, followUps: {} }
          : {}),
      };
      if (state.stage === 'exit') warnings.push(warn('rehired', e.date, 'nouvelle embauche après une sortie : la sortie précédente ne compte plus', 'hired again after an exit: the previous exit no longer counts'));
      break;
    }
    case 'interview':
      s = { ...s, interviews: [...state.interviews, e.withReferent === true ? { date: e.date, kind: e.kind, withReferent: true } : { date: e.date, kind: e.kind }] };
      break;
    case 'plan_signed':
      s = { ...s, planSignedOn: e.date };
      break;
    case 'contract_renewed':
      s = { ...s, renewals: [...state.renewals, e.date], contract: state.contract ? { ...state.contract, end: e.newEndDate ?? state.contract.end } : null };
      break;
    case 'contract_broken':
      s = { ...s, brokenOn: e.date, referentInformedOn: null };
      break;
    case 'referent_informed':
      s = { ...s, referentInformedOn: e.date };
      break;
    case 'pass_prolonged':
      s = { ...s, passIae: state.passIae ? { ...state.passIae, end: e.newEnd, prolonged: true } : null };
      break;
    case 'skills_attested':
      s = { ...s, skillsAttestedOn: e.date };
      break;
    case 'stage_changed':
      if (e.to === 'deployment') {
        if (!hasInterview(state, ['welcome'], state.hiredOn)) warnings.push(warn('skipped_duty', e.date, "passage au déploiement sans entretien d'accueil", 'moved to deployment without a welcome meeting', 'welcome-meeting'));
        if (!state.planSignedOn) warnings.push(warn('skipped_duty', e.date, 'passage au déploiement sans plan de parcours écrit', 'moved to deployment without a written parcours plan', 'parcours-plan'));
      }
      if (e.to === 'exit_preparation' && state.stage === 'integration') {
        warnings.push(warn('skipped_stage', e.date, "l'étape de déploiement a été sautée", 'the deployment stage was skipped'));
      }
      break;
    case 'reoriented':
      warnings.push(warn('reoriented', e.date, `réorientation vers l'étape « ${e.to} »`, `reoriented to stage "${e.to}"`));
      break;
    case 'exited': {
      const early = stageOrder(state.stage) < stageOrder('exit_preparation');
      if (early) warnings.push(warn('early_exit', e.date, 'sortie anticipée, avant la préparation à la sortie', 'early exit, before exit preparation'));
      if (state.hiredOn && !hasInterview(state, ['final'], state.hiredOn)) warnings.push(warn('skipped_duty', e.date, 'sortie sans bilan final', 'exit without a final review', 'final-review'));
      // No warning for an exit without a skills attestation: the référentiel (axe 2) asks to
      // formalise the skills acquired, not an attestation at every exit; it is measured as a rate.
      s = { ...s, exitedOn: e.date, exitReason: e.reason, earlyExit: early };
      break;
    }
    case 'follow_up':
      s = { ...s, followUps: { ...state.followUps, [e.months]: e.situation } };
      break;
    default:
      break;
  }
  const timeline = state.timeline.length === 0 || next !== state.stage ? moveTimeline(state.timeline, next, e.date) : state.timeline;
  s = {
    ...s,
    stage: next,
    stageSince: next !== state.stage || state.stageSince === null ? e.date : state.stageSince,
    timeline,
    warnings: [...state.warnings, ...warnings],
  };
  return { ok: true, state: s, warnings };
}
