import { validateDataset } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { dynamicExitRate, exitRecordsFromDataset } from '@siae/indicators';
import { generateDataset, generateParcours, siretFromStem } from './generate';

describe('generateDataset', () => {
  const data = generateDataset({ seed: 7, parcours: 2000 });
  it('is deterministic for a seed and differs for another', () => {
    expect(generateDataset({ seed: 7, parcours: 50 })).toEqual(generateDataset({ seed: 7, parcours: 50 }));
    expect(generateDataset({ seed: 8, parcours: 50 })).not.toEqual(generateDataset({ seed: 7, parcours: 50 }));
  });
  it('produces rows that the model schemas accept', () => {
    const { rejected, issues } = validateDataset(data);
    expect(issues).toEqual([]);
    expect(rejected.slice(0, 3)).toEqual([]);
  });
  it('has every kind of structure and of row', () => {
    expect(new Set(data.structures.map((s) => s.kind))).toEqual(new Set(['ACI', 'AI', 'EI', 'ETTI', 'EITI']));
    for (const [table, rows] of Object.entries(data)) expect(rows.length, table).toBeGreaterThan(0);
  });
  it('follows the published figures: 35-50 % dynamic exits, parcours of about a year in ACI/EI and 6-8 months in AI/ETTI', () => {
    const { records } = exitRecordsFromDataset(data);
    const r = dynamicExitRate(records);
    expect(r.value).toBeGreaterThan(0.35);
    expect(r.value).toBeLessThan(0.5);
    const months = (kinds: string[]) => {
      const list = records.filter((x) => kinds.includes(x.structureKind));
      const days = list.reduce((s, x) => s + (Date.parse(x.exitedOn) - Date.parse(x.hiredOn)) / 86400000, 0);
      return days / list.length / 30.4;
    };
    expect(months(['ACI', 'EI'])).toBeGreaterThan(9);
    expect(months(['ACI', 'EI'])).toBeLessThan(15);
    expect(months(['AI', 'ETTI'])).toBeGreaterThan(5);
    expect(months(['AI', 'ETTI'])).toBeLessThan(9);
  });
  it('re-hires a few exited people in the same structure when asked, without changing the other rows', () => {
    const plain = generateDataset({ seed: 7, parcours: 400 });
    const withRehires = generateDataset({ seed: 7, parcours: 400, rehires: 0.05 });
    expect(withRehires.people).toEqual(plain.people);
    expect(withRehires.interviews).toEqual(plain.interviews);
    const rehired = withRehires.contracts.filter((c) => c.id.endsWith('-r'));
    expect(rehired.length).toBeGreaterThan(3);
    expect(rehired.length).toBeLessThan(25);
    expect(plain.contracts.filter((c) => c.id.endsWith('-r'))).toEqual([]);
    for (const c of rehired) {
      const firstExit = withRehires.exits.find((e) => e.personId === c.personId)!;
      expect(c.startDate > firstExit.date).toBe(true);
      expect(c.structureId).toBe(firstExit.structureId);
    }
    expect(validateDataset(withRehires).rejected).toEqual([]);
    const keys = withRehires.monthlyHours.map((h) => `${h.personId}|${h.month}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('streams parcours one by one', () => {
    const it = generateParcours({ seed: 7, parcours: 3 });
    expect([...it]).toHaveLength(3);
  });
  it('makes SIRET with a valid key', () => {
    expect(siretFromStem('7328293200007')).toBe('73282932000074');
  });
});
