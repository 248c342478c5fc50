import { describe, expect, it } from 'vitest';
import { safeValidate } from '../errors/fromZod';
import { aContract, anExit, anInterview, aPerson, aStructure } from '../testing/builders';
import { contractSchema, monthlyHoursSchema } from './contract';
import { validateDataset } from './dataset';
import { exitSchema } from './exit';
import { diagnosisSchema, prescriptionSchema } from './orientation';
import { passIaeSchema } from './passIae';
import { personSchema } from './person';
import { isValidSiret } from './siret';
import { structureSchema } from './structure';
import { barrierSchema, interviewSchema, pmsmpSchema, skillsAttestationSchema, trainingSchema } from './support';

function issuesOf(schema: Parameters<typeof safeValidate>[0], value: unknown) {
  const r = safeValidate(schema, value);
  if (r.success) throw new Error('expected a failure');
  return r.issues;
}

describe('isValidSiret', () => {
  it('checks the Luhn key and the La Poste exception', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('35600000000001')).toBe(true);
    expect(isValidSiret('35600000000002')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
  });
});

describe('structureSchema', () => {
  it('accepts a structure', () => {
    expect(structureSchema.safeParse(aStructure()).success).toBe(true);
    expect(structureSchema.safeParse(aStructure({ departement: '2A' })).success).toBe(true);
    expect(structureSchema.safeParse(aStructure({ departement: '974' })).success).toBe(true);
  });
  it('names a bad SIRET, kind and département in both languages', () => {
    const issues = issuesOf(structureSchema, aStructure({ siret: '12345678901234', kind: 'XX' as never, departement: '96' }));
    expect(issues.find((i) => i.pathText === 'siret')).toMatchObject({ code: 'invalid_siret', messageFr: 'doit être un SIRET de 14 chiffres avec une clé valide', messageEn: 'must be a 14-digit SIRET with a valid check digit' });
    expect(issues.find((i) => i.pathText === 'kind')?.code).toBe('unknown_code');
    expect(issues.find((i) => i.pathText === 'departement')?.code).toBe('invalid_departement');
    for (const i of issues) expect(i.messageFr + i.messageEn).not.toContain('12345678901234');
  });
});

describe('personSchema', () => {
  it('accepts a person and refuses an impossible birth date and an unknown education level', () => {
    expect(personSchema.safeParse(aPerson({ educationLevel: '51', qpv: true })).success).toBe(true);
    const issues = issuesOf(personSchema, aPerson({ birthDate: '1990-02-30', educationLevel: '99' as never }));
    expect(issues.map((i) => i.pathText).sort()).toEqual(['birthDate', 'educationLevel']);
    expect(issues.find((i) => i.pathText === 'birthDate')?.messageEn).toBe('must be an existing date in YYYY-MM-DD format');
  });
  it('marks health and justice fields as sensitive in the schema metadata', () => {
    expect(personSchema.shape.rqth.meta()?.sensitive).toBe(true);
    expect(personSchema.shape.underJusticeMeasure.meta()?.sensitive).toBe(true);
  });
});

describe('prescription and diagnosis', () => {
  it('validates codes', () => {
    expect(prescriptionSchema.safeParse({ id: 'pr1', personId: 'p1', structureId: 's1', date: '2025-01-02', prescriberKind: 'FRANCE_TRAVAIL', authorized: true, outcome: 'hired' }).success).toBe(true);
    expect(diagnosisSchema.parse({ id: 'd1', personId: 'p1', authorKind: 'employer', date: '2025-01-02', criteria: ['QPV', 'DE_45'] }).kind).toBe('IAE');
    const issues = issuesOf(diagnosisSchema, { id: 'd1', personId: 'p1', authorKind: 'robot', date: '2025-01-02', criteria: ['NOPE'] });
    expect(issues.map((i) => i.pathText).sort()).toEqual(['authorKind', 'criteria[0]']);
  });
});

describe('passIaeSchema', () => {
  it('accepts suspensions and prolongations, refuses an end before the start', () => {
    expect(
      passIaeSchema.safeParse({
        id: 'a1',
        personId: 'p1',
        startDate: '2025-01-01',
        endDate: '2027-01-31',
        suspensions: [{ start: '2025-06-01', end: '2025-06-30', reason: 'CONTRACT_SUSPENDED' }],
      }).success,
    ).toBe(true);
    const issues = issuesOf(passIaeSchema, { id: 'a1', personId: 'p1', startDate: '2025-01-01', endDate: '2024-12-31', prolongations: [{ start: '2025-01-01', end: '2024-01-01', reason: 'RQTH' }] });
    expect(issues.map((i) => [i.pathText, i.code])).toEqual(
      expect.arrayContaining([
        ['endDate', 'period_order'],
        ['prolongations[0].end', 'period_order'],
      ]),
    );
    expect(issues.find((i) => i.pathText === 'endDate')?.messageFr).toBe('doit être le même jour ou après startDate');
  });
});

describe('contracts and hours', () => {
  it('accepts a CDDI and refuses an unknown kind', () => {
    expect(contractSchema.safeParse(aContract()).success).toBe(true);
    expect(issuesOf(contractSchema, aContract({ kind: 'CDI' as never }))[0]?.pathText).toBe('kind');
  });
  it('checks the month format and the hours range', () => {
    expect(monthlyHoursSchema.safeParse({ personId: 'p1', structureId: 's1', month: '2025-02', hours: 120 }).success).toBe(true);
    const issues = issuesOf(monthlyHoursSchema, { personId: 'p1', structureId: 's1', month: '2025-13', hours: -1 });
    expect(issues.find((i) => i.pathText === 'month')).toMatchObject({ code: 'invalid_month', messageFr: 'doit être un mois au format AAAA-MM' });
    expect(issues.find((i) => i.pathText === 'hours')?.code).toBe('too_small');
  });
});

describe('interviews, barriers, trainings, PMSMP, attestations', () => {
  it('accepts valid records', () => {
    expect(interviewSchema.safeParse(anInterview()).success).toBe(true);
    expect(barrierSchema.safeParse({ id: 'b1', personId: 'p1', kind: 'logement', identifiedOn: '2025-01-10', liftedOn: '2025-04-01' }).success).toBe(true);
    expect(trainingSchema.safeParse({ id: 't1', personId: 'p1', title: 'CACES', startDate: '2025-03-01', hours: 35, qualifying: true }).success).toBe(true);
    expect(pmsmpSchema.safeParse({ id: 'm1', personId: 'p1', startDate: '2025-05-05', endDate: '2025-05-16' }).success).toBe(true);
    expect(skillsAttestationSchema.safeParse({ id: 'k1', personId: 'p1', date: '2025-12-01', kind: 'attestation' }).success).toBe(true);
  });
  it('refuses an interview ending before it starts and a bad time', () => {
    expect(issuesOf(interviewSchema, anInterview({ endTime: '08:30' }))[0]).toMatchObject({ pathText: 'endTime', code: 'time_order', messageEn: 'must be after startTime' });
    expect(issuesOf(interviewSchema, anInterview({ startTime: '9h' }))[0]).toMatchObject({ pathText: 'startTime', code: 'invalid_time' });
  });
  it('refuses a barrier lifted before it was identified, and an unknown barrier kind', () => {
    expect(issuesOf(barrierSchema, { id: 'b1', personId: 'p1', kind: 'sante', identifiedOn: '2025-03-01', liftedOn: '2025-02-01' })[0]?.pathText).toBe('liftedOn');
    expect(issuesOf(barrierSchema, { id: 'b1', personId: 'p1', kind: 'other', identifiedOn: '2025-03-01' })[0]?.code).toBe('unknown_code');
  });
});

describe('exitSchema', () => {
  it('accepts an exit with follow-up and refuses unknown reasons', () => {
    expect(exitSchema.safeParse(anExit({ followUp: { 3: 'CDI_NON_AIDE', 12: 'CHOMAGE' } })).success).toBe(true);
    const issues = issuesOf(exitSchema, anExit({ reason: 'PARTI' as never, followUp: { 6: 'X' as never } }));
    expect(issues.map((i) => i.pathText).sort()).toEqual(['followUp.6', 'reason']);
  });
});

describe('validateDataset', () => {
  it('keeps the good rows and reports each bad one with its table, index and path', () => {
    const { dataset, rejected, issues } = validateDataset({
      structures: [aStructure()],
      people: [aPerson(), aPerson({ id: 'p2', birthDate: 'secret-1990' })],
      exits: [anExit(), anExit({ personId: 'p2', reason: 'X' as never })],
      unknownTable: [],
    });
    expect(dataset.people).toHaveLength(1);
    expect(dataset.exits).toHaveLength(1);
    expect(dataset.contracts).toEqual([]);
    expect(rejected.map((r) => [r.table, r.index, r.issues[0]?.pathText])).toEqual([
      ['people', 1, 'people[1].birthDate'],
      ['exits', 1, 'exits[1].reason'],
    ]);
    expect(JSON.stringify(rejected)).not.toContain('secret');
    expect(issues).toEqual([expect.objectContaining({ pathText: 'unknownTable', code: 'unknown_table' })]);
  });
  it('reports tables named like Object.prototype members as unknown', () => {
    const { issues } = validateDataset(JSON.parse('{"constructor": [], "toString": [], "__proto__": [], "people": []}'));
    expect(issues.map((i) => [i.pathText, i.code])).toEqual([
      ['constructor', 'unknown_table'],
      ['toString', 'unknown_table'],
      ['__proto__', 'unknown_table'],
    ]);
  });
  it('reports a non-object dataset and a table that is not a list, never throwing', () => {
    expect(validateDataset(null).issues[0]?.code).toBe('invalid_type');
    expect(validateDataset({ exits: 'x' }).issues[0]).toMatchObject({ pathText: 'exits', code: 'invalid_type' });
  });
});
