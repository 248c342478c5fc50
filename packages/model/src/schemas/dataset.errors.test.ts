import { describe, expect, it } from 'vitest';
import { DATASET_TABLES, validateDataset } from './dataset';

/** A value that must never appear in an error message (the data is about vulnerable people). */
const S = 'ZZSECRETZZ';
const UNKNOWN_FR = /^valeur non reconnue ; valeurs permises : /;
const UNKNOWN_EN = /^unknown value; allowed values: /;

/** For each table: one valid row, one invalid row, and the one issue expected (path, code, FR, EN). */
const cases: Record<string, { valid: object; invalid: object; path: string; code: string; fr: string | RegExp; en: string | RegExp; echo?: string }> = {
  structures: {
    valid: { id: 's1', kind: 'ACI', siret: '73282932000074', name: 'Chantier', departement: '59', etpConventionnes: 12.5, conventionnement: { from: '2025-01-01', to: '2025-12-31' } },
    invalid: { id: 's1', kind: 'ACI', siret: '73282932000074', name: 'Chantier', departement: '59', etpConventionnes: -2 },
    echo: '-2',
    path: 'etpConventionnes',
    code: 'too_small',
    fr: 'doit valoir au moins 0',
    en: 'must be at least 0',
  },
  people: {
    valid: { id: 'p1', birthDate: '1990-01-01', educationLevel: '51', qpv: true, zrr: false, jobSeekerSince: '2023-04-01' },
    invalid: { id: 'p1', birthDate: '1990-01-01', educationLevel: S },
    path: 'educationLevel',
    code: 'unknown_code',
    fr: UNKNOWN_FR,
    en: UNKNOWN_EN,
  },
  prescriptions: {
    valid: { id: 'pr1', personId: 'p1', structureId: 's1', date: '2025-01-02', prescriberKind: 'MISSION_LOCALE', authorized: true, outcome: 'accepted' },
    invalid: { id: 'pr1', personId: 'p1', structureId: 's1', date: '2025-01-02', prescriberKind: 'FRANCE_TRAVAIL', authorized: true, outcome: S },
    path: 'outcome',
    code: 'unknown_code',
    fr: UNKNOWN_FR,
    en: UNKNOWN_EN,
  },
  diagnoses: {
    valid: { id: 'd1', personId: 'p1', authorKind: 'prescriber', date: '2025-01-02', criteria: ['QPV'] },
    invalid: { id: 'd1', personId: 'p1', authorKind: 'prescriber', date: S, criteria: [] },
    path: 'date',
    code: 'invalid_date',
    fr: 'doit être une date au format AAAA-MM-JJ qui existe',
    en: 'must be an existing date in YYYY-MM-DD format',
  },
  passes: {
    valid: { id: 'a1', personId: 'p1', number: '999992500001', startDate: '2025-01-01', endDate: '2027-01-01', prolongations: [{ start: '2027-01-02', end: '2027-12-31', reason: 'RQTH' }] },
    invalid: { id: 'a1', personId: 'p1', startDate: '2025-01-01', endDate: '2027-01-01', suspensions: [{ start: '2025-02-01', end: '2025-03-01', reason: S }] },
    path: 'suspensions[0].reason',
    code: 'unknown_code',
    fr: UNKNOWN_FR,
    en: UNKNOWN_EN,
  },
  contracts: {
    valid: { id: 'c1', personId: 'p1', structureId: 's1', kind: 'MAD', startDate: '2025-01-01', endDate: '2025-01-31', weeklyHours: 26 },
    invalid: { id: 'c1', personId: 'p1', structureId: 's1', kind: 'CDDI', startDate: '2025-01-01', weeklyHours: 60 },
    echo: '60',
    path: 'weeklyHours',
    code: 'too_big',
    fr: 'doit valoir au plus 48',
    en: 'must be at most 48',
  },
  monthlyHours: {
    valid: { personId: 'p1', structureId: 's1', month: '2025-02', hours: 86.5 },
    invalid: { personId: 'p1', structureId: 's1', month: S, hours: 10 },
    path: 'month',
    code: 'invalid_month',
    fr: 'doit être un mois au format AAAA-MM',
    en: 'must be a month in YYYY-MM format',
  },
  interviews: {
    valid: { id: 'i1', personId: 'p1', structureId: 's1', kind: 'tripartite', date: '2025-01-01', startTime: '14:00', endTime: '15:30', participants: [{ role: 'participant' }, { role: 'referent', name: 'Conseillère' }], reportWritten: true },
    invalid: { id: 'i1', personId: 'p1', structureId: 's1', kind: 'individual', date: '2025-01-01', startTime: '09:00', endTime: '10:00', participants: [{ role: S }] },
    path: 'participants[0].role',
    code: 'unknown_code',
    fr: UNKNOWN_FR,
    en: UNKNOWN_EN,
  },
  barriers: {
    valid: { id: 'b1', personId: 'p1', kind: 'mobilite', identifiedOn: '2025-01-01' },
    invalid: { id: 'b1', personId: 'p1', kind: S, identifiedOn: '2025-01-01' },
    path: 'kind',
    code: 'unknown_code',
    fr: UNKNOWN_FR,
    en: UNKNOWN_EN,
  },
  trainings: {
    valid: { id: 't1', personId: 'p1', title: 'Habilitation électrique', startDate: '2025-01-01', endDate: '2025-01-03', hours: 21 },
    invalid: { id: 't1', personId: 'p1', title: 'x', startDate: '2025-01-01', hours: -3 },
    echo: '-3',
    path: 'hours',
    code: 'too_small',
    fr: 'doit valoir au moins 0',
    en: 'must be at least 0',
  },
  pmsmps: {
    valid: { id: 'm1', personId: 'p1', startDate: '2025-05-05', endDate: '2025-05-05', company: 'Boulangerie' },
    invalid: { id: 'm1', personId: 'p1', startDate: '2025-05-05', endDate: '2025-05-01' },
    echo: '2025-05-01',
    path: 'endDate',
    code: 'period_order',
    fr: 'doit être le même jour ou après startDate',
    en: 'must be on or after startDate',
  },
  skillsAttestations: {
    valid: { id: 'k1', personId: 'p1', date: '2025-12-01', kind: 'certification' },
    invalid: { id: 'k1', personId: 'p1', date: '2025-12-01', kind: S },
    path: 'kind',
    code: 'unknown_code',
    fr: UNKNOWN_FR,
    en: UNKNOWN_EN,
  },
  exits: {
    valid: { personId: 'p1', structureId: 's1', date: '2025-01-01', reason: 'CHOMAGE', followUp: { 6: 'CDD_6_MOIS_PLUS' } },
    invalid: { personId: 'p1', structureId: 's1', date: '2025-01-01', reason: 'CHOMAGE', followUp: { 3: S } },
    path: 'followUp.3',
    code: 'unknown_code',
    fr: UNKNOWN_FR,
    en: UNKNOWN_EN,
  },
};

describe('validateDataset: every table, one valid and one invalid row', () => {
  it('has a case for every table', () => {
    expect(Object.keys(cases).sort()).toEqual([...DATASET_TABLES].sort());
  });

  for (const table of DATASET_TABLES) {
    it(`${table}: keeps the valid row, reports the invalid one in French and English without its value`, () => {
      const c = cases[table]!;
      const { dataset, rejected, issues } = validateDataset({ [table]: [c.valid, c.invalid, c.valid] });
      expect(issues).toEqual([]);
      expect((dataset as Record<string, unknown[]>)[table]).toHaveLength(2);
      expect(rejected).toHaveLength(1);
      const row = rejected[0]!;
      expect([row.table, row.index]).toEqual([table, 1]);
      expect(row.issues).toHaveLength(1);
      const issue = row.issues[0]!;
      expect(issue.pathText).toBe(`${table}[1].${c.path}`);
      expect(issue.code).toBe(c.code);
      if (typeof c.fr === 'string') expect(issue.messageFr).toBe(c.fr);
      else expect(issue.messageFr).toMatch(c.fr);
      if (typeof c.en === 'string') expect(issue.messageEn).toBe(c.en);
      else expect(issue.messageEn).toMatch(c.en);
      expect(JSON.stringify(rejected)).not.toContain(S);
      if (c.echo) expect(JSON.stringify(rejected)).not.toContain(c.echo);
    });
  }
});
