import { describe, expect, it } from 'vitest';
import json from '../../rules/iae-eligibility.json';
import { compileCondition } from './compile';
import { loadEligibilityDocument } from './document';

describe('loadEligibilityDocument', () => {
  it('loads the shipped document', () => {
    expect(loadEligibilityDocument(json).rules).toHaveLength(8);
  });
  it('refuses __proto__ keys anywhere', () => {
    const doc = JSON.parse(JSON.stringify(json).replace('"titleFr":"Diagnostic', '"__proto__":{"x":1},"titleFr":"Diagnostic'));
    expect(() => loadEligibilityDocument(doc)).toThrow(/forbidden key/);
  });
  it('refuses an unknown operator and a malformed date, naming the paths', () => {
    const doc = structuredClone(json) as { rules: { validFrom: string; conditions: { all: { operator: string }[] } }[] };
    doc.rules[1]!.conditions.all[0]!.operator = 'eval';
    doc.rules[2]!.validFrom = '2021-02-30';
    try {
      loadEligibilityDocument(doc);
      expect.unreachable();
    } catch (e) {
      const paths = (e as { issues: { pathText: string }[] }).issues.map((i) => i.pathText);
      expect(paths).toContain('rules[2].validFrom');
      expect(paths.some((p) => p.startsWith('rules[1].conditions'))).toBe(true);
    }
  });
  it('refuses duplicate rule ids', () => {
    const doc = structuredClone(json) as { rules: { id: string }[] };
    doc.rules[1]!.id = doc.rules[0]!.id;
    expect(() => loadEligibilityDocument(doc)).toThrow(/duplicate/);
  });
});

describe('compileCondition', () => {
  it('evaluates all, any, not and the date operators', () => {
    const c = compileCondition({
      all: [
        { fact: 'date', operator: 'dateOnOrAfter', value: '2021-09-03' },
        { any: [{ fact: 'k', operator: 'in', value: ['AI'] }, { not: { fact: 'n', operator: 'lessThan', value: 3 } }] },
      ],
    });
    expect(c({ date: '2021-09-03', k: 'AI', n: 0 })).toBe(true);
    expect(c({ date: '2021-09-02', k: 'AI', n: 0 })).toBe(false);
    expect(c({ date: '2021-09-03', k: 'ACI', n: 3 })).toBe(true);
    expect(c({ date: '2021-09-03', k: 'ACI', n: 2 })).toBe(false);
  });
});
