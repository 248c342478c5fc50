import { SIAE_KINDS } from '../codes/structureKind';
import { z } from 'zod';
import { addDaysIso, addMonthsIso, expectIsoDate } from '../dates/isoDate';
import { validate } from '../errors/fromZod';
import { checkParcoursState } from './stateSchema';
import { DEFAULT_DUTY_PARAMETERS, type DutyParameters, type ParcoursDutyId, parcoursDuties } from './duties';
import type { ParcoursState } from './state';

const count = z.number().int().min(0).max(3650).optional();
/** zod schema of the duty parameters a caller may override (every one optional, no other key). */
const dutyParametersSchema = z
  .object({
    welcomeMeetingDays: count,
    parcoursPlanDays: count,
    interviewEveryMonths: count,
    dueSoonDays: count,
    tripartiteEveryMonths: count,
    informReferentDays: count,
    renewalReviewWindowDays: count,
    passExpiringMonths: count,
    followUpGraceDays: count,
  })
  .strict();

/** Status of a duty at a date. */
export type DutyStatus = 'done' | 'upcoming' | 'due' | 'overdue' | 'missed';

/** A duty of a parcours at a date. */
export interface DutyAt {
  dutyId: ParcoursDutyId;
  labelFr: string;
  status: DutyStatus;
  /** The deadline (or the day the window closes), if there is one. */
  dueDate: string | null;
  /** When it was done. */
  doneOn: string | null;
  /** Details in French (which renewal, which horizon, ...). */
  detailFr: string;
  /** True when the deadline is our default, not a source's (see the duty's `assumptionFr`). */
  assumedDeadline: boolean;
  source: string;
}

function statusFor(asOf: string, dueDate: string, dueSoonDays: number, open: boolean): DutyStatus {
  if (asOf > dueDate) return open ? 'overdue' : 'missed';
  if (asOf >= addDaysIso(dueDate, -dueSoonDays)) return 'due';
  return 'upcoming';
}

/**
 * Lists the duties of a parcours at a date: done, upcoming, due (deadline within `dueSoonDays`),
 * overdue (deadline passed, still possible) or missed (deadline passed, no longer possible), each
 * with its deadline and source. Only duties that apply to the parcours are listed (a trial-period
 * interview only with a trial period, follow-ups only after the exit, ...). The PLIE duties
 * (trial-period interview with the référent, renewal review, tripartite review, informing the
 * référent: Référentiel technique PLIE, docs/sources.md#plie, §3.4) are listed only for a PLIE
 * parcours (`hired` event with `plie: true`). The skills attestation has no deadline: it is listed
 * once done, and measured as a rate by the indicator `inae.outils-salaries.attestations-rate`.
 *
 * @param state - the state of the parcours (from `replayParcours`).
 * @param asOf - the day to look at.
 * @param parameters - overrides of the default deadlines (the assumed ones especially).
 * @throws {SiaeValidationError} when the state is not a parcours state, `asOf` is not an existing
 * ISO date or a parameter is not a whole number of days or months from 0 to 3650 (the message
 * never shows a value).
 */
export function dutiesAt(state: ParcoursState, asOf: string, parameters: Partial<DutyParameters> = {}): DutyAt[] {
  checkParcoursState(state);
  expectIsoDate(asOf, 'asOf', 'asOf');
  const overrides = Object.entries(validate(dutyParametersSchema, parameters, 'duty parameters')).filter(([, v]) => v !== undefined);
  const p: DutyParameters = { ...DEFAULT_DUTY_PARAMETERS, ...Object.fromEntries(overrides) };
  const out: DutyAt[] = [];
  const def = (id: ParcoursDutyId) => parcoursDuties.find((d) => d.id === id)!;
  const push = (id: ParcoursDutyId, status: DutyStatus, dueDate: string | null, doneOn: string | null, detailFr: string) => {
    const d = def(id);
    out.push({ dutyId: id, labelFr: d.labelFr, status, dueDate, doneOn, detailFr, assumedDeadline: d.assumedDeadline, source: d.source });
  };
  const hired = state.hiredOn;
  if (!hired || hired > asOf) return out;
  const exited = state.exitedOn !== null && state.exitedOn <= asOf ? state.exitedOn : null;
  const active = exited === null;
  const end = exited ?? asOf;
  const interviewsUntil = state.interviews.filter((i) => i.date >= hired && i.date <= asOf);
  const firstOf = (kinds: string[], until = end) => interviewsUntil.find((i) => kinds.includes(i.kind) && i.date <= until)?.date ?? null;

  // PASS IAE valid at hire (SIAE kinds).
  if ((SIAE_KINDS as readonly string[]).includes(state.structureKind)) {
    const ok = state.passIae !== null && state.passIae.start <= hired && hired <= state.passIae.end;
    push('pass-iae-valid-at-hire', ok ? 'done' : 'missed', hired, ok ? hired : null, ok ? "PASS IAE valide à l'embauche" : "pas de PASS IAE valide le jour de l'embauche");
  }

  // Welcome meeting and parcours plan.
  const welcomeDue = addDaysIso(hired, p.welcomeMeetingDays);
  const welcome = firstOf(['welcome']);
  push('welcome-meeting', welcome ? 'done' : statusFor(asOf, welcomeDue, p.dueSoonDays, active), welcomeDue, welcome, `${p.welcomeMeetingDays} jours après l'embauche`);
  const planDue = addDaysIso(hired, p.parcoursPlanDays);
  const plan = state.planSignedOn && state.planSignedOn <= asOf ? state.planSignedOn : null;
  push('parcours-plan', plan ? 'done' : statusFor(asOf, planDue, p.dueSoonDays, active), planDue, plan, `${p.parcoursPlanDays} jours après l'embauche`);

  // Monthly interview (while active).
  if (active) {
    const last = [...interviewsUntil].reverse().find((i) => ['individual', 'tripartite', 'welcome', 'renewal', 'trial_period', 'final'].includes(i.kind))?.date ?? null;
    const due = addMonthsIso(last ?? hired, p.interviewEveryMonths);
    push('monthly-interview', statusFor(asOf, due, p.dueSoonDays, true), due, last, last ? `dernier entretien le ${last}` : "aucun entretien depuis l'embauche");
  }

  // PLIE: interview with the référent before the end of the trial period. Only an interview where
  // the référent takes part counts (a tripartite review has the référent by definition).
  const trialEnd = state.contract?.trialPeriodEnd ?? null;
  if (state.plie && trialEnd) {
    const done = interviewsUntil.find((i) => ['trial_period', 'tripartite', 'individual'].includes(i.kind) && (i.withReferent === true || i.kind === 'tripartite') && i.date <= trialEnd)?.date ?? null;
    push('trial-period-interview', done ? 'done' : statusFor(asOf, trialEnd, p.dueSoonDays, false), trialEnd, done, `fin de la période d'essai le ${trialEnd}`);
  }

  // PLIE: point d'étape at each renewal.
  for (const renewal of state.plie ? state.renewals : []) {
    if (renewal > asOf) continue;
    const from = addDaysIso(renewal, -p.renewalReviewWindowDays);
    const done = interviewsUntil.find((i) => ['renewal', 'tripartite'].includes(i.kind) && i.date >= from && i.date <= renewal)?.date ?? null;
    push('renewal-review', done ? 'done' : 'missed', renewal, done, `renouvellement du ${renewal}`);
  }

  // PLIE: tripartite review every N months (while active).
  if (state.plie && active) {
    const lastTri = [...interviewsUntil].reverse().find((i) => i.kind === 'tripartite')?.date ?? null;
    const due = addMonthsIso(lastTri ?? hired, p.tripartiteEveryMonths);
    push('tripartite-review', statusFor(asOf, due, p.dueSoonDays, true), due, lastTri, lastTri ? `dernier bilan tripartite le ${lastTri}` : 'aucun bilan tripartite');
  }

  // PLIE: inform the référents of an early end of contract.
  if (state.plie && state.brokenOn && state.brokenOn <= asOf) {
    const due = addDaysIso(state.brokenOn, p.informReferentDays);
    const done = state.referentInformedOn && state.referentInformedOn <= asOf ? state.referentInformedOn : null;
    push('inform-referent-early-end', done ? 'done' : statusFor(asOf, due, p.dueSoonDays, true), due, done, `contrat rompu le ${state.brokenOn}`);
  }

  // PASS IAE expiring and prolongation window (while active).
  if (active && state.passIae) {
    const passEnd = state.passIae.end;
    const alertFrom = addMonthsIso(passEnd, -p.passExpiringMonths);
    if (asOf >= alertFrom) {
      push('pass-iae-expiring', asOf > passEnd ? 'overdue' : 'due', passEnd, null, `le PASS IAE se termine le ${passEnd}`);
    }
    const opens = addMonthsIso(passEnd, -12);
    const closes = addMonthsIso(passEnd, 6);
    if (state.passIae.prolonged) {
      push('prolongation-window', 'done', closes, null, 'PASS IAE déjà prolongé');
    } else if (asOf >= opens && asOf <= closes) {
      push('prolongation-window', 'due', closes, null, `demande de prolongation possible du ${opens} au ${closes}`);
    }
  }

  // Final review: due in exit preparation, missed if exited without.
  if (state.stage === 'exit_preparation' || exited) {
    const final = firstOf(['final']);
    push('final-review', final ? 'done' : exited ? 'missed' : 'due', exited, final, exited ? `sortie le ${exited}` : 'avant la sortie');
  }
  // Skills attestation: no deadline, never due nor missed (a rate over the exits); listed once done.
  const att = state.skillsAttestedOn && state.skillsAttestedOn <= end ? state.skillsAttestedOn : null;
  if (att) push('skills-attestation', 'done', null, att, `attestation du ${att}`);

  // Follow-up at 3, 6 and 12 months.
  if (exited) {
    for (const months of [3, 6, 12] as const) {
      const at = addMonthsIso(exited, months);
      const id = `follow-up-${months}-months` as ParcoursDutyId;
      const situation = Object.hasOwn(state.followUps, months) ? state.followUps[months] : undefined;
      if (situation) push(id, 'done', at, null, `situation à ${months} mois : ${situation}`);
      else if (asOf >= addDaysIso(at, -p.dueSoonDays)) {
        push(id, asOf > addDaysIso(at, p.followUpGraceDays) ? 'overdue' : 'due', at, null, `${months} mois après la sortie`);
      } else push(id, 'upcoming', at, null, `${months} mois après la sortie`);
    }
  }
  return out;
}
