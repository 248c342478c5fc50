import { describe, expect, it } from 'vitest';
import { barrierKinds, contractKinds, educationLevels, interviewKinds, participantRoles, prescriberKinds, prolongationReasons, SENSITIVE_BARRIER_KINDS, suspensionReasons } from './domainCodes';
import { diagnosisAuthorKinds, diagnosisKinds, prescriptionOutcomes, skillsAttestationKinds } from './recordCodes';

const lists = {
  contractKinds,
  interviewKinds,
  participantRoles,
  barrierKinds,
  educationLevels,
  prescriberKinds,
  suspensionReasons,
  prolongationReasons,
  prescriptionOutcomes,
  diagnosisAuthorKinds,
  diagnosisKinds,
  skillsAttestationKinds,
};

describe('domain and record code lists', () => {
  it('give every value a French label and a source', () => {
    for (const [name, list] of Object.entries(lists)) {
      for (const e of list.entries) {
        expect(e.labelFr.length, `${name}.${e.code}`).toBeGreaterThan(2);
        expect(e.source.length, `${name}.${e.code}`).toBeGreaterThan(2);
      }
    }
  });

  it('have the expected sizes and codes', () => {
    expect(contractKinds.codes).toHaveLength(8);
    expect(interviewKinds.codes).toEqual(expect.arrayContaining(['individual', 'collective', 'tripartite', 'final', 'hiring', 'welcome', 'renewal']));
    expect(prescriptionOutcomes.codes).toEqual(['pending', 'accepted', 'refused', 'hired']);
    expect(diagnosisAuthorKinds.codes).toEqual(['prescriber', 'employer']);
    expect(skillsAttestationKinds.codes).toHaveLength(5);
    expect(educationLevels.has('51')).toBe(true);
    expect(educationLevels.has('99')).toBe(false);
  });

  it('marks health and justice barriers as sensitive, and only known kinds', () => {
    expect(SENSITIVE_BARRIER_KINDS).toEqual(expect.arrayContaining(['sante', 'justice']));
    for (const k of SENSITIVE_BARRIER_KINDS) expect(barrierKinds.has(k)).toBe(true);
  });
});
