import { SiaeValidationError } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { aideAuPoste, contratPasserelleAmount, etpHours, modulationMaxRate, montantSocle, montantSoclePenitentiary } from './aideAuPoste';
import { AIDE_AU_POSTE_ARRETES, citeArrete } from './arretes';
import { modulationCriteria } from './modulation';

const socle = (structureKind: 'ACI' | 'AI' | 'EI' | 'ETTI' | 'EITI', date: string) => aideAuPoste({ structureKind, etp: 1, date }).socle;

// Every step of the montants socles, hand-copied from the arrêtés (day before → day of):
// 2014: arrêté du 6 mars 2014 (JORF n°0063 du 15 mars 2014); 2015: arrêté du 18 février 2015 (JO 11 mars 2015);
// 2016: arrêté du 14 janvier 2016 (JO 23 janvier 2016); 2017: arrêté 2017 (ASH n° 3002);
// 2018: arrêté du 5 février 2018 (JO 15 février 2018); 2019: arrêté du 27 février 2019 (JORF n°0055 du 6 mars 2019);
// 2020: arrêté du 7 février 2020; 2021: arrêtés du 26 avril 2021 (JORF n°0103 du 2 mai 2021) et du 21 décembre 2021;
// 2022: arrêtés du 5 juillet 2022 (JO 21 août 2022) et du 5 décembre 2022 (JO 15 décembre 2022);
// 2023: arrêté du 28 juillet 2023 (JORF n°0189 du 17 août 2023); 2024: arrêtés du 30 avril 2024 (JORF n°0108 du 11 mai 2024)
// et du 4 décembre 2024.
const STEPS: [string, { EI: number; ETTI: number; AI: number; ACI: number }][] = [
  ['2015-01-01', { EI: 10080, ETTI: 4284, AI: 1310, ACI: 19354 }],
  ['2016-01-01', { EI: 10143, ETTI: 4311, AI: 1319, ACI: 19474 }],
  ['2017-01-01', { EI: 10237, ETTI: 4351, AI: 1331, ACI: 19655 }],
  ['2018-01-01', { EI: 10363, ETTI: 4405, AI: 1347, ACI: 19897 }],
  ['2019-01-01', { EI: 10520, ETTI: 4472, AI: 1367, ACI: 20199 }],
  ['2020-01-01', { EI: 10646, ETTI: 4299, AI: 1383, ACI: 20441 }],
  ['2021-01-01', { EI: 10751, ETTI: 4341, AI: 1397, ACI: 20642 }],
  ['2021-10-01', { EI: 10988, ETTI: 4437, AI: 1428, ACI: 21096 }],
  ['2022-01-01', { EI: 11087, ETTI: 4253, AI: 1441, ACI: 21286 }],
  ['2022-05-01', { EI: 11381, ETTI: 4366, AI: 1479, ACI: 21850 }],
  ['2022-08-01', { EI: 11609, ETTI: 4454, AI: 1509, ACI: 22289 }],
  ['2023-01-01', { EI: 11819, ETTI: 4535, AI: 1536, ACI: 22692 }],
  ['2023-05-01', { EI: 12081, ETTI: 4636, AI: 1570, ACI: 23196 }],
  ['2024-01-01', { EI: 12218, ETTI: 4688, AI: 1588, ACI: 23458 }],
  ['2024-11-01', { EI: 12459, ETTI: 4781, AI: 1619, ACI: 23921 }],
];
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('aideAuPoste', () => {
  it('uses the montant socle in force at the date', () => {
    expect(aideAuPoste({ structureKind: 'ACI', etp: 10, date: '2025-03-01', modulationRate: 0.05 })).toMatchObject({ amount: 251170.5, socle: 23921, accompaniment: 1233, modulation: 11960.5 });
    expect(socle('EI', '2024-12-31')).toBe(12459);
    expect(socle('EI', '2025-01-01')).toBe(13304);
    expect(aideAuPoste({ structureKind: 'ETTI', etp: 2, date: '2025-01-01' }).amount).toBe(9562);
    expect(aideAuPoste({ structureKind: 'AI', etp: 3, date: '2023-05-01' }).amount).toBe(4710);
    expect(aideAuPoste({ structureKind: 'EITI', etp: 1, date: '2024-11-01' })).toMatchObject({ socle: 6570, hoursPerEtp: 1505 });
  });
  it('gives EI 10 520 € in 2019, not the 2015 amount (arrêté du 27 février 2019, JORF n°0055 du 6 mars 2019)', () => {
    const r = aideAuPoste({ structureKind: 'EI', etp: 1, date: '2019-06-15' });
    expect(r.socle).toBe(10520);
    expect(r.source).toContain('27 février 2019');
    expect(r.source).toContain('JORF n°0055 du 6 mars 2019');
  });
  it.each(STEPS)('changes on %s, not the day before', (day, after) => {
    const before = STEPS[STEPS.findIndex(([d]) => d === day) - 1]?.[1] ?? { EI: 10000, ETTI: 4250, AI: 1300, ACI: 19200 };
    for (const kind of ['EI', 'ETTI', 'AI', 'ACI'] as const) {
      expect(socle(kind, dayBefore(day))).toBe(before[kind]);
      expect(socle(kind, day)).toBe(after[kind]);
    }
  });
  it('starts EI and ETTI on 2014-01-01 and AI and ACI on 2014-07-01 (arrêté du 6 mars 2014); earlier dates are an error', () => {
    expect(socle('EI', '2014-01-01')).toBe(10000);
    expect(socle('ACI', '2014-07-01')).toBe(19200);
    expect(() => socle('EI', '2013-12-31')).toThrow(SiaeValidationError);
    expect(() => socle('ACI', '2014-06-30')).toThrow(/date/);
    expect(() => socle('AI', '2014-06-30')).toThrow(/before the first known montant socle/);
  });
  it('gives the ACI accompaniment share from 2015, and none where no text gives it (2021-01-01)', () => {
    expect(aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2015-06-01' }).accompaniment).toBe(979);
    expect(aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2021-06-01' }).accompaniment).toBeNull();
    expect(aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2021-10-01' }).accompaniment).toBe(1067);
  });
  it('corrects the arrêté dates: 6 mars 2014, 5 décembre 2022, 28 juillet 2023', () => {
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2014-06-01' }).source).toContain('6 mars 2014');
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2022-09-01' }).source).toContain('5 décembre 2022');
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2023-06-01' }).source).toContain('28 juillet 2023');
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2024-06-01' }).source).toContain('30 avril 2024');
  });
  it('marks figures read in a secondary source (arrêté 2017, ASH n° 3002)', () => {
    const r = aideAuPoste({ structureKind: 'AI', etp: 1, date: '2017-06-01' });
    expect(r.socle).toBe(1331);
    expect(r.secondarySource).toContain('ASH');
    expect(aideAuPoste({ structureKind: 'AI', etp: 1, date: '2019-06-01' }).secondarySource).toBeUndefined();
  });
  it('has EITI amounts from 2019 (1 505 heures), none where no text gives one, none after 2024', () => {
    expect(socle('EITI', '2019-01-01')).toBe(5548);
    expect(() => socle('EITI', '2018-12-31')).toThrow(SiaeValidationError);
    expect(aideAuPoste({ structureKind: 'EITI', etp: 1, date: '2023-06-01' })).toMatchObject({ amount: null });
    expect(aideAuPoste({ structureKind: 'EITI', etp: 1, date: '2023-06-01' }).explanationFr).toContain('non retrouvé');
    expect(socle('EITI', '2024-01-01')).toBe(6443);
    expect(aideAuPoste({ structureKind: 'EITI', etp: 1, date: '2025-01-01' }).amount).toBeNull();
  });
  it('uses the prison socle and a 5 % cap for an EI or ACI in a prison (arrêtés 2017 to 2021), the general socle from 2022', () => {
    expect(aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2019-03-01', penitentiary: true, modulationRate: 0.05 })).toMatchObject({ socle: 12119, amount: 12724.95 });
    expect(() => aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2019-03-01', penitentiary: true, modulationRate: 0.06 })).toThrow(/modulationRate/);
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2021-12-31', penitentiary: true }).socle).toBe(6593);
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2022-01-01', penitentiary: true }).socle).toBe(11087);
    expect(() => aideAuPoste({ structureKind: 'EI', etp: 1, date: '2016-12-31', penitentiary: true })).toThrow(/date/);
    expect(() => aideAuPoste({ structureKind: 'AI', etp: 1, date: '2020-01-01', penitentiary: true })).toThrow(/penitentiary/);
  });
  it('dates the contrat passerelle from 2021-09-01 and the modulation caps', () => {
    expect(contratPasserelleAmount.values.map((v) => [v.from, v.value])).toEqual([
      ['2021-09-01', 2050],
      ['2022-01-01', 2114],
      ['2022-05-01', 2170],
      ['2022-08-01', 2214],
      ['2023-01-01', 2254],
      ['2023-05-01', 2304],
      ['2024-01-01', null],
      ['2024-11-01', 2376],
    ]);
    expect(modulationMaxRate.values[0]).toMatchObject({ from: '2014-01-01', value: { general: 0.1, penitentiary: null } });
    expect(montantSoclePenitentiary.ACI.values[0]?.from).toBe('2017-01-01');
  });
  it('cites every arrêté by its date and JO reference, never a workspace path', () => {
    for (const a of AIDE_AU_POSTE_ARRETES) {
      const c = citeArrete(a);
      expect(c).not.toMatch(/shared\/|\.txt|\.md\b/);
      if (a.date) expect(c).toMatch(/^Arrêté du \d/);
    }
    for (const p of [...Object.values(montantSocle), ...Object.values(etpHours)]) for (const v of p.values) expect(v.source).not.toMatch(/shared\//);
  });
  it('gives ETP hours where a public figure exists; the ETTI switch to 1 607 h is marked assumed', () => {
    expect(aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2025-01-01' }).hoursPerEtp).toBe(1820);
    expect(aideAuPoste({ structureKind: 'EI', etp: 1, date: '2025-01-01' }).hoursPerEtp).toBeNull();
    expect(etpHours.ETTI.values[1]).toMatchObject({ value: 1607, assumed: true });
  });
  it('needs the Mayotte socle as input', () => {
    expect(aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2025-01-01', mayotte: true }).amount).toBeNull();
    expect(aideAuPoste({ structureKind: 'ACI', etp: 2, date: '2025-01-01', mayotte: true, socle: 10000 }).amount).toBe(20000);
  });
  it('refuses a modulation above 10 %, naming the field', () => {
    expect(() => aideAuPoste({ structureKind: 'ACI', etp: 1, date: '2025-01-01', modulationRate: 0.11 })).toThrow(/modulationRate/);
  });
});

describe('modulationCriteria', () => {
  it('computes the three 2014 criteria and their weights', () => {
    const m = modulationCriteria({ date: '2025-01-01', insertionEmployees: 40, minimaSociauxBeneficiaries: 18, supportEtp: 3, insertionEtp: 20, dynamicExitRate: 0.45 });
    expect(m).toMatchObject({ public: 0.45, effortInsertion: 0.15, resultats: 0.45, weights: { public: 0.35, effortInsertion: 0.4, resultats: 0.25 } });
    expect(modulationCriteria({ date: '2025-01-01', insertionEmployees: 0, minimaSociauxBeneficiaries: 0, supportEtp: 1, insertionEtp: 0, dynamicExitRate: null }).public).toBeNull();
  });
});
