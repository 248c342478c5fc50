import type {
  Barrier,
  Contract,
  Dataset,
  Diagnosis,
  Exit,
  ExitReasonCode,
  Interview,
  MonthlyHours,
  PassIae,
  Person,
  Pmsmp,
  Prescription,
  SkillsAttestation,
  Structure,
  Training,
} from '@siae/model';
import { createDateCache } from './dates';
import { createRandom, type Random } from './random';

/** Options of the generator. */
export interface GenerateOptions {
  /** The seed: the same seed gives the same data. Default 1. */
  seed?: number;
  /** Structures of each SIAE kind (ACI, AI, EI, ETTI, EITI). Default 3. */
  structuresPerKind?: number;
  /** Parcours to generate. Default 300. */
  parcours?: number;
  /** First possible hiring day. Default 2024-01-01. */
  from?: string;
  /** Last day of the data (exits after it are not generated). Default 2025-12-31. */
  to?: string;
  /**
   * Share of exited people hired again later in the same structure (a new contract, hours and
   * possibly a second exit), drawn from a separate random stream so the other rows do not change.
   * Default 0 (the bundled samples are generated without re-hires); 0.03 gives a few.
   */
  rehires?: number;
}

/** The rows of one parcours (a person hired in a structure, up to the exit). */
export type ParcoursRows = { [K in keyof Dataset]: Dataset[K] };

const KINDS = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'] as const;
const DEPARTEMENTS = ['59', '62', '33', '69', '13', '75', '974', '2A', '35', '44'];
const NAMES: Record<(typeof KINDS)[number], string> = { ACI: 'Chantier', AI: 'Association intermédiaire', EI: 'Entreprise d’insertion', ETTI: 'Intérim d’insertion', EITI: 'Coopérative EITI' };

/** Reasons by category, with weights, for exits and follow-up (published figures: ~43 % dynamic, ~20 % durable). */
const EXIT_WEIGHTS: Record<ExitReasonCode, number> = {
  CDI_NON_AIDE: 7,
  CDI_AIDE: 1.5,
  CDI_INCLUSION: 0.5,
  FONCTION_PUBLIQUE: 0.5,
  CREATION_ENTREPRISE: 1,
  CDD_6_MOIS_PLUS: 6,
  INTERIM_6_MOIS_PLUS: 3,
  CDD_MOINS_6_MOIS: 6,
  INTERIM_MOINS_6_MOIS: 4,
  CONTRAT_AIDE_HORS_IAE: 2,
  FORMATION_QUALIFIANTE: 5,
  AUTRE_SIAE: 3,
  AUTRE_SORTIE_POSITIVE: 3,
  CHOMAGE: 24,
  INACTIF: 6,
  SANS_NOUVELLE: 8,
  AUTRE_SITUATION_CONNUE: 6,
  RUPTURE_PERIODE_ESSAI: 4,
  SORTIE_AUTOMATIQUE: 2,
  RETRAITE: 1.5,
  DECES: 0.3,
  CONGE_LONGUE_DUREE: 1.5,
  FAUTE_GRAVE: 1.2,
  DECISION_ADMINISTRATIVE_JUSTICE: 0.5,
  TRANSFERT_EMPLOYEUR: 0.5,
  EITI_POURSUITE_CA_MEDIAN: 0,
  EITI_POURSUITE_CA_SEUIL_PAUVRETE: 0,
};
const EITI_WEIGHTS: Record<ExitReasonCode, number> = { ...EXIT_WEIGHTS, EITI_POURSUITE_CA_MEDIAN: 8, EITI_POURSUITE_CA_SEUIL_PAUVRETE: 6 };

/** A SIRET with a valid Luhn key, from a 13-digit stem. */
export function siretFromStem(stem: string): string {
  for (let d = 0; d <= 9; d++) {
    const candidate = `${stem}${d}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let x = Number(candidate[13 - i]);
      if (i % 2 === 1) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new RangeError('no key');
}

/** The generated structures (5 kinds × `structuresPerKind`). */
export function generateStructures(options: GenerateOptions = {}): Structure[] {
  const r = createRandom((options.seed ?? 1) * 7919);
  const out: Structure[] = [];
  for (const kind of KINDS) {
    for (let i = 1; i <= (options.structuresPerKind ?? 3); i++) {
      const departement = r.pick(DEPARTEMENTS);
      out.push({
        id: `${kind.toLowerCase()}-${i}`,
        kind,
        siret: siretFromStem(String(100000000000 + r.int(0, 899999999999)).padStart(13, '1').slice(0, 13)),
        name: `${NAMES[kind]} ${i}`,
        departement,
        conventionnement: { from: '2024-01-01', to: '2026-12-31' },
        etpConventionnes: r.int(4, 40),
      });
    }
  }
  return out;
}

function durationMonths(kind: string, r: Random): number {
  const short = r.chance(0.12);
  if (short) return r.int(1, 2);
  if (kind === 'ACI' || kind === 'EI') return r.int(6, 20);
  if (kind === 'EITI') return r.int(5, 18);
  return r.int(3, 12);
}

function hoursPerMonth(kind: string, r: Random): number {
  switch (kind) {
    case 'ACI':
    case 'EI':
      return r.int(80, 120);
    case 'AI':
      return r.int(15, 60);
    case 'ETTI':
      return r.int(40, 150);
    default:
      return r.int(50, 130);
  }
}

function contractKind(kind: string, r: Random): Contract['kind'] {
  if (kind === 'ACI' || kind === 'EI') return 'CDDI';
  if (kind === 'AI') return r.chance(0.7) ? 'MAD' : 'CDDU';
  if (kind === 'ETTI') return 'MISSION_INTERIM';
  return 'EITI_COMMERCIAL';
}

function time(r: Random, minHour: number, maxHour: number, minutes: number): { startTime: string; endTime: string } {
  const h = r.int(minHour, maxHour);
  const m = r.pick([0, 15, 30]);
  const end = h * 60 + m + minutes;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { startTime: `${pad(h)}:${pad(m)}`, endTime: `${pad(Math.floor(end / 60))}:${pad(end % 60)}` };
}

function emptyRows(): ParcoursRows {
  return { structures: [], people: [], prescriptions: [], diagnoses: [], passes: [], contracts: [], monthlyHours: [], interviews: [], barriers: [], trainings: [], pmsmps: [], skillsAttestations: [], exits: [] };
}

/**
 * Generates parcours one at a time (for millions of rows without holding them all): each item is
 * the rows of one parcours. Deterministic for a seed.
 */
export function* generateParcours(options: GenerateOptions = {}): Generator<ParcoursRows> {
  const seed = options.seed ?? 1;
  const r = createRandom(seed);
  const { addDays: addDaysIso, addMonths: addMonthsIso } = createDateCache();
  const rehires = options.rehires ?? 0;
  const r2 = createRandom(seed * 31 + 17);
  /** A second stint in the same structure, starting a month or more after the exit. */
  const rehire = (rows: ParcoursRows, s: Structure, personId: string, exitedOn: string, n: number) => {
    const start = addMonthsIso(`${exitedOn.slice(0, 7)}-01`, r2.int(1, 4));
    if (start > to) return;
    const plannedEnd = addDaysIso(addMonthsIso(start, r2.int(1, 6)), -1);
    const exited = plannedEnd <= to ? plannedEnd : null;
    rows.contracts.push({ id: `C${n}-r`, personId, structureId: s.id, kind: contractKind(s.kind, r2), startDate: start, endDate: exited ?? to });
    for (let month = start.slice(0, 7); month <= (exited ?? to).slice(0, 7); month = addMonthsIso(`${month}-01`, 1).slice(0, 7)) {
      rows.monthlyHours.push({ personId, structureId: s.id, month, hours: hoursPerMonth(s.kind, r2) });
    }
    if (exited) rows.exits.push({ personId, structureId: s.id, date: exited, reason: r2.weighted(s.kind === 'EITI' ? EITI_WEIGHTS : EXIT_WEIGHTS) });
  };
  const from = options.from ?? '2024-01-01';
  const to = options.to ?? '2025-12-31';
  const structures = generateStructures(options);
  const count = options.parcours ?? 300;
  const span = Math.max(1, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000) - 60);
  for (let n = 0; n < count; n++) {
    const rows = emptyRows();
    const s = r.pick(structures);
    const personId = `P${String(n + 1).padStart(6, '0')}`;
    const hiredOn = addDaysIso(from, r.int(0, span));
    const person: Person = {
      id: personId,
      birthDate: addDaysIso('1962-01-01', r.int(0, 365 * 43)),
      educationLevel: r.pick(['00', '01', '40', '41', '50', '51', '60', '70'] as const),
      jobSeekerSince: addDaysIso(hiredOn, -r.int(30, 1400)),
      qpv: r.chance(0.27),
      zrr: r.chance(0.08),
      minimaSociaux: r.chance(0.42),
      plieParticipant: r.chance(0.2),
    };
    rows.people.push(person);
    const prescribed = addDaysIso(hiredOn, -r.int(7, 45));
    const authorized = r.chance(0.8);
    const prescription: Prescription = { id: `R${n}`, personId, structureId: s.id, date: prescribed, prescriberKind: r.pick(['FRANCE_TRAVAIL', 'MISSION_LOCALE', 'CAP_EMPLOI', 'DEPARTEMENT', 'PLIE'] as const), authorized, outcome: 'hired' };
    rows.prescriptions.push(prescription);
    if (r.chance(0.25)) rows.prescriptions.push({ ...prescription, id: `R${n}b`, structureId: r.pick(structures).id, outcome: 'refused' });
    const diagnosis: Diagnosis = { id: `D${n}`, personId, authorKind: authorized ? 'prescriber' : 'employer', date: addDaysIso(prescribed, 1), kind: 'IAE', criteria: authorized ? [] : ['RSA'] };
    if (!authorized) diagnosis.structureId = s.id;
    rows.diagnoses.push(diagnosis);
    const pass: PassIae = { id: `A${n}`, personId, startDate: hiredOn, endDate: addDaysIso(hiredOn, 729), suspensions: [], prolongations: [] };
    rows.passes.push(pass);

    const months = durationMonths(s.kind, r);
    const plannedExit = addDaysIso(addMonthsIso(hiredOn, months), -r.int(0, 10));
    const exitedOn = plannedExit <= to ? plannedExit : null;
    const last = exitedOn ?? to;
    // Contracts: an initial one then renewals (ACI/EI), or successive missions (AI/ETTI).
    let start = hiredOn;
    let c = 0;
    while (start <= last) {
      const len = s.kind === 'ACI' || s.kind === 'EI' ? 6 : s.kind === 'EITI' ? 24 : r.int(1, 3);
      let end = addDaysIso(addMonthsIso(start, len), -1);
      if (exitedOn && end > exitedOn) end = exitedOn;
      const contract: Contract = { id: `C${n}-${c}`, personId, structureId: s.id, kind: contractKind(s.kind, r), startDate: start, endDate: end };
      if (c === 0) contract.trialPeriodEndDate = addDaysIso(start, 14);
      if (c > 0) contract.renewalOf = `C${n}-${c - 1}`;
      rows.contracts.push(contract);
      start = addDaysIso(end, 1);
      c++;
    }
    // Monthly hours.
    let month = hiredOn.slice(0, 7);
    const lastMonth = last.slice(0, 7);
    while (month <= lastMonth) {
      const h: MonthlyHours = { personId, structureId: s.id, month, hours: hoursPerMonth(s.kind, r) };
      rows.monthlyHours.push(h);
      month = addMonthsIso(`${month}-01`, 1).slice(0, 7);
    }
    // Interviews: welcome, monthly individual, tripartite, workshops, final.
    const iv = (kind: Interview['kind'], date: string, minutes: number, roles: Interview['participants'][number]['role'][]) => {
      rows.interviews.push({ id: `I${n}-${rows.interviews.length}`, personId, structureId: s.id, kind, date, ...time(r, 8, 16, minutes), participants: roles.map((role) => ({ role })), reportWritten: r.chance(0.75) });
    };
    iv('hiring', addDaysIso(hiredOn, -r.int(2, 6)), 45, ['participant', 'employer']);
    if (r.chance(0.92)) iv('welcome', addDaysIso(hiredOn, r.int(0, 20)), 60, ['participant', 'socio_professional_support']);
    let next = addDaysIso(hiredOn, r.int(25, 40));
    let k = 0;
    while (next < last) {
      k++;
      const tri = k % 6 === 0;
      iv(tri ? 'tripartite' : 'individual', next, tri ? 90 : r.int(30, 75), tri ? ['participant', 'referent', 'socio_professional_support', 'technical_supervisor'] : ['participant', 'socio_professional_support']);
      if (r.chance(0.25)) iv('collective', addDaysIso(next, 3), 120, ['participant', 'socio_professional_support']);
      next = addDaysIso(next, r.int(24, 45));
    }
    // Barriers, trainings, PMSMP.
    for (let b = 0; b < r.int(0, 3); b++) {
      const identifiedOn = addDaysIso(hiredOn, r.int(0, 40));
      const barrier: Barrier = { id: `B${n}-${b}`, personId, kind: r.pick(['logement', 'mobilite', 'sante', 'endettement', 'garde_enfants', 'illettrisme_langue', 'administratif'] as const), identifiedOn };
      const lifted = addDaysIso(identifiedOn, r.int(20, 300));
      if (r.chance(0.55) && lifted <= last) barrier.liftedOn = lifted;
      rows.barriers.push(barrier);
    }
    if (r.chance(0.4)) {
      const t0 = addDaysIso(hiredOn, r.int(30, 120));
      if (t0 <= last) {
        const training: Training = { id: `T${n}`, personId, structureId: s.id, title: r.pick(['CACES', 'Hygiène et sécurité', 'Français langue étrangère', 'Permis B', 'Titre professionnel agent de propreté']), startDate: t0, hours: r.int(7, 140), qualifying: r.chance(0.3), preparation: r.chance(0.15) };
        rows.trainings.push(training);
      }
    }
    if (r.chance(0.2)) {
      const p0 = addDaysIso(hiredOn, r.int(40, 150));
      if (p0 <= last) rows.pmsmps.push({ id: `M${n}`, personId, startDate: p0, endDate: addDaysIso(p0, r.int(4, 13)) } satisfies Pmsmp);
    }
    if (r.chance(0.3)) rows.skillsAttestations.push({ id: `K${n}a`, personId, date: addDaysIso(hiredOn, r.int(5, 30)), kind: 'assessment_start' } satisfies SkillsAttestation);
    if (exitedOn) {
      if (r.chance(0.7)) iv('final', addDaysIso(exitedOn, -r.int(2, 12)), 60, ['participant', 'socio_professional_support', 'referent']);
      if (r.chance(0.5)) rows.skillsAttestations.push({ id: `K${n}`, personId, date: addDaysIso(exitedOn, -r.int(1, 10)), kind: 'attestation' });
      const weights = s.kind === 'EITI' ? EITI_WEIGHTS : EXIT_WEIGHTS;
      const reason = r.weighted(weights);
      const exit: Exit = { personId, structureId: s.id, date: exitedOn, reason };
      const followUp: NonNullable<Exit['followUp']> = {};
      if (r.chance(0.6)) followUp[3] = r.chance(0.6) ? reason : r.weighted(weights);
      if (r.chance(0.5)) followUp[6] = r.chance(0.5) ? reason : r.weighted(weights);
      if (r.chance(0.4)) followUp[12] = r.weighted(weights);
      if (Object.keys(followUp).length > 0) exit.followUp = followUp;
      rows.exits.push(exit);
      if (rehires > 0 && r2.chance(rehires)) rehire(rows, s, personId, exitedOn, n);
    }
    yield rows;
  }
}

/**
 * Generates a whole dataset: structures of each kind and `parcours` parcours with prescriptions,
 * diagnoses, PASS IAE, contracts per kind, monthly hours, interviews, barriers, trainings, PMSMP,
 * attestations and exits following the published figures (about 43 % dynamic exits, 20 % durable;
 * about a year in ACI and EI, 6 to 8 months in AI and ETTI). Deterministic for a seed.
 *
 * @example const dataset = generateDataset({ seed: 42, parcours: 1000 });
 */
export function generateDataset(options: GenerateOptions = {}): Dataset {
  const out = emptyRows();
  out.structures = generateStructures(options);
  for (const rows of generateParcours(options)) {
    for (const key of Object.keys(rows) as (keyof ParcoursRows)[]) {
      if (key === 'structures') continue;
      const target = out[key] as unknown[];
      for (const row of rows[key] as unknown[]) target.push(row);
    }
  }
  return out;
}
