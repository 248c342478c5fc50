import { describe, expect, it } from 'vitest';
import { defaultCategoryMapping } from '../mapping/categoryMapping';
import { presenceThresholds } from './thresholds';

// The thresholds come from pilotage-airflow (docs/sources.md#pilotage-airflow), which applies them
// with no start date; their start on 2014-07-01 (the financing reform, instruction DGEFP n° 2014-2,
// docs/sources.md#instruction-2014-2) is not established by a text the project holds.
describe('presenceThresholds: start dates', () => {
  it('marks each start date as assumed, with the reason, and cites the pipeline', () => {
    for (const [kind, p] of Object.entries(presenceThresholds)) {
      for (const v of p.values) {
        expect(v.assumed, kind).toBe(true);
        expect(v.assumptionFr, kind).toMatch(/\S/);
        expect(v.source, kind).toContain('docs/sources.md#pilotage-airflow');
      }
    }
    expect(presenceThresholds.ACI.values[0]).toMatchObject({ from: '2014-07-01' });
    expect(presenceThresholds.ACI.values[0]!.assumptionFr).toContain('instruction DGEFP n° 2014-2');
    expect(presenceThresholds.EITI.values[0]!.assumptionFr).toContain('non vérifiée');
  });
  it('marks the default mapping start date as assumed', () => {
    expect(defaultCategoryMapping.validFrom).toBe('2014-07-01');
    expect(defaultCategoryMapping.validFromAssumptionFr).toContain('Date supposée');
  });
});
