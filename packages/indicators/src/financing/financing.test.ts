import { describe, expect, it } from 'vitest';
import { aideAuPoste } from './aideAuPoste';
import { modulationCriteria } from './modulation';

describe('aideAuPoste', () => {
  it('uses the montant socle in force at the date', () => {
    expect(aideAuPoste({ structureKind: 'ACI', etp: 10, date: '2025-03-01', modulationRate: 0.05 })).toMatchObject({ amount: 251170.5, socle: 23921, accompaniment: 1233, modulation: 11960.5 });
    expect(aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2024-10-31' }).socle).toBe(23458);
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2024-12-31' }).socle).toBe(12459);
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2025-01-01' }).socle).toBe(13304);
    expect(aideAuPoste({ structureKind: 'ETTI', etp: 2, date: '2025-01-01' }).amount).toBe(9562);
    expect(aideAuPoste({ structureKind: 'AI', etp: 3, date: '2023-05-01' }).amount).toBe(4710);
    expect(aideAuPoste({ structureKind: 'EITI', etp: 1, date: '2024-11-01' })).toMatchObject({ socle: 6570, hoursPerEtp: 1505 });
  });
  it('gives ETP hours where a public figure exists', () => {
    expect(aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2025-01-01' }).hoursPerEtp).toBe(1820);
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2025-01-01' }).hoursPerEtp).toBeNull();
  });
  it('needs the Mayotte socle as input', () => {
    expect(aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2025-01-01', mayotte: true }).amount).toBeNull();
    expect(aideAuPoste({ structureKind: 'ACI', etp: 2, date: '2025-01-01', mayotte: true, socle: 10000 }).amount).toBe(20000);
  });
  it('refuses a modulation above 10 %, naming the field', () => {
    expect(() => aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2025-01-01', modulationRate: 0.11 })).toThrow(/modulationRate/);
  });
  it('has no EITI amount before 2024 in our sources', () => {
    expect(aideAuPoste({ structureKind: 'EITI', etp: 1, date: '2023-06-01' }).amount).toBeNull();
  });
});

describe('modulationCriteria', () => {
  it('computes the three 2014 criteria and their weights', () => {
    const m = modulationCriteria({ date: '2025-01-01', insertionEmployees: 40, minimaSociauxBeneficiaries: 18, supportEtp: 3, insertionEtp: 20, dynamicExitRate: 0.45 });
    expect(m).toMatchObject({ public: 0.45, effortInsertion: 0.15, resultats: 0.45, weights: { public: 0.35, effortInsertion: 0.4, resultats: 0.25 } });
    expect(modulationCriteria({ date: '2025-01-01', insertionEmployees: 0, minimaSociauxBeneficiaries: 0, supportEtp: 1, insertionEtp: 0, dynamicExitRate: null }).public).toBeNull();
  });
});
