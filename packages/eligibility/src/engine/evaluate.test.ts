import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iaeCriteria } from '@siae/model';
import { iaeEligibilityDocument } from './defaultDocument';
import { createIaeEligibilityEvaluator, evaluateIaeEligibility } from './evaluate';
import { EligibilityInputError, type IaeEligibilityInput } from './input';

const evaluator = createIaeEligibilityEvaluator();

describe('rule document examples (each example of rules/iae-eligibility.json is a test)', () => {
  for (const ex of iaeEligibilityDocument.examples) {
    it(`${ex.nameFr} (json-rules-engine)`, async () => {
      const d = await evaluateIaeEligibility(ex.input as unknown as IaeEligibilityInput);
      expect({ eligible: d.eligible, level1: d.level1, level2: d.level2, conflicts: d.conflicts, missing: d.missing }).toEqual(ex.expected);
    });
    it(`${ex.nameFr} (compiled)`, () => {
      const d = evaluator.evaluate(ex.input as unknown as IaeEligibilityInput);
      expect({ eligible: d.eligible, level1: d.level1, level2: d.level2, conflicts: d.conflicts, missing: d.missing }).toEqual(ex.expected);
    });
  }
});

describe('evaluateIaeEligibility', () => {
  it('counts 3 level-2 criteria for an ACI and 2 for an AI or an ETTI since 2021-09-03', async () => {
    const two = ['QPV', 'TH'];
    expect((await evaluateIaeEligibility({ structureKind: 'ACI', author: 'employer', criteria: two, date: '2021-09-03' })).eligible).toBe(false);
    expect((await evaluateIaeEligibility({ structureKind: 'EI', author: 'employer', criteria: two, date: '2021-09-03' })).eligible).toBe(false);
    expect((await evaluateIaeEligibility({ structureKind: 'EITI', author: 'employer', criteria: two, date: '2021-09-03' })).eligible).toBe(false);
    expect((await evaluateIaeEligibility({ structureKind: 'AI', author: 'employer', criteria: two, date: '2021-09-03' })).eligible).toBe(true);
    expect((await evaluateIaeEligibility({ structureKind: 'ETTI', author: 'employer', criteria: two, date: '2021-09-03' })).eligible).toBe(true);
    expect((await evaluateIaeEligibility({ structureKind: 'ACI', author: 'employer', criteria: [...two, 'PI'], date: '2021-09-03' })).eligible).toBe(true);
  });

  it('applied the 3-criteria count to an AI until 2021-09-02 and 2 to an ETTI already', async () => {
    const d = await evaluateIaeEligibility({ structureKind: 'AI', author: 'employer', criteria: ['QPV', 'TH'], date: '2021-09-02' });
    expect(d.eligible).toBe(false);
    expect(d.explanation.requiredLevel2).toBe(3);
    expect(d.explanation.rule?.id).toBe('iae.level-2.2020.aci-ai-ei-eiti');
    const e = await evaluateIaeEligibility({ structureKind: 'ETTI', author: 'employer', criteria: ['QPV', 'TH'], date: '2021-09-02' });
    expect(e.eligible).toBe(true);
    expect(e.explanation.rule).toMatchObject({ id: 'iae.level-2.2020.etti', validUntil: '2021-09-02' });
  });

  it('explains which criteria counted and the rules in force', async () => {
    const d = await evaluateIaeEligibility({ structureKind: 'ETTI', author: 'employer', criteria: ['FLE', 'QPV', 'QPV'], date: '2021-06-01' });
    expect(d.explanation.criteria).toEqual([
      { code: 'FLE', level: 2, counted: false, whyFr: 'critère en vigueur à partir du 2021-09-03 seulement' },
      { code: 'QPV', level: 2, counted: true },
    ]);
    expect(d.explanation.rules.map((r) => r.id)).toEqual([
      'iae.prescriber-diagnosis',
      'iae.level-1',
      'iae.level-2.2020.etti',
      'iae.level-2.2020.aci-ai-ei-eiti',
      'iae.conflict.senior-jeune',
      'iae.conflict.detld-deld',
    ]);
    expect(d.explanation.rules.every((r) => !r.passed)).toBe(true);
    expect(d.missing).toBe('il manque 1 critère de niveau 2 (2 requis en ETTI), ou 1 critère de niveau 1');
  });

  it('needs no criterion from an authorized prescriber, but still refuses conflicts', async () => {
    const d = await evaluateIaeEligibility({ structureKind: 'ACI', author: 'prescriber', criteria: [], date: '2025-01-01' });
    expect(d.eligible).toBe(true);
    expect(d.explanation.summaryFr).toBe("Éligible : diagnostic d'un prescripteur habilité, aucun critère exigé.");
    const c = await evaluateIaeEligibility({ structureKind: 'ACI', author: 'prescriber', criteria: ['DETLD', 'DELD'], date: '2025-01-01' });
    expect(c.eligible).toBe(false);
    expect(c.conflicts).toEqual([['DETLD', 'DELD']]);
    expect(c.missing).toBe('critères incompatibles : DETLD et DELD');
  });

  it('says "2 critères" when two are missing', async () => {
    const d = await evaluateIaeEligibility({ structureKind: 'EI', author: 'employer', criteria: ['QPV'], date: '2025-01-01' });
    expect(d.missing).toBe('il manque 2 critères de niveau 2 (3 requis en EI), ou 1 critère de niveau 1');
  });

  it('rejects invalid input with every problem and its path, without echoing values', async () => {
    const bad = { structureKind: 'XYZ', author: 'employer', criteria: ['RSA', 'NOPE_SECRET'], date: '2023-02-29' };
    await expect(evaluateIaeEligibility(bad as never)).rejects.toBeInstanceOf(EligibilityInputError);
    try {
      await evaluateIaeEligibility(bad as never);
    } catch (e) {
      const err = e as EligibilityInputError;
      expect(err.issues.map((i) => i.pathText).sort()).toEqual(['criteria[1]', 'date', 'structureKind']);
      expect(err.message).not.toContain('SECRET');
      expect(err.issues.every((i) => i.messageFr.length > 0 && i.messageEn.length > 0)).toBe(true);
    }
  });

  it('refuses GEIQ as an IAE kind and GEIQ-only criteria in an IAE diagnosis', async () => {
    await expect(evaluateIaeEligibility({ structureKind: 'GEIQ' as never, author: 'employer', criteria: [], date: '2025-01-01' })).rejects.toThrow(EligibilityInputError);
    await expect(evaluateIaeEligibility({ structureKind: 'ACI', author: 'employer', criteria: ['DE_45'], date: '2025-01-01' })).rejects.toThrow(EligibilityInputError);
  });

  it('never mutates its input', async () => {
    const input = Object.freeze({ structureKind: 'ACI', author: 'employer', criteria: Object.freeze(['QPV', 'RSA']), date: '2025-01-01' });
    await evaluateIaeEligibility(input as never);
    evaluator.evaluate(input as never);
    expect(input.criteria).toEqual(['QPV', 'RSA']);
  });
});

describe('createIaeEligibilityEvaluator', () => {
  it('reports a bad record of a batch and decides the others', () => {
    const out = evaluator.evaluateMany([
      { structureKind: 'ACI', author: 'employer', criteria: ['RSA'], date: '2025-01-01' },
      { structureKind: 'ACI', author: 'employer', criteria: ['RSA'], date: 'bad' },
      { structureKind: 'AI', author: 'employer', criteria: ['QPV', 'PM'], date: '2025-01-01' },
    ]);
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    const bad = out[1];
    if (bad && !bad.ok) expect(bad.error.issues[0]?.pathText).toBe('date');
  });

  it('gives the same decisions as the json-rules-engine path (property)', async () => {
    const kinds = ['ACI', 'AI', 'EI', 'EITI', 'ETTI'] as const;
    const day = fc.integer({ min: 0, max: 365 * 7 }).map((n) => {
      const d = new Date(Date.UTC(2020, 2, 23 + n));
      return d.toISOString().slice(0, 10);
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...kinds),
        fc.constantFrom('prescriber' as const, 'employer' as const),
        fc.subarray([...iaeCriteria.codes], { maxLength: 6 }),
        day,
        async (structureKind, author, criteria, date) => {
          const input = { structureKind, author, criteria, date };
          const viaEngine = await evaluateIaeEligibility(input);
          const compiled = evaluator.evaluate(input);
          expect(compiled).toEqual(viaEngine);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rules in force by date', () => {
  it('switches the rules on the reform day and keeps every rule of its epoch', async () => {
    const { inForceMask } = await import('./decision');
    const ids = (date: string) => iaeEligibilityDocument.rules.filter((_, i) => (inForceMask(iaeEligibilityDocument, date) & (1 << i)) !== 0).map((r) => r.id);
    expect(ids('2021-09-02')).toContain('iae.level-2.2020.etti');
    expect(ids('2021-09-02')).not.toContain('iae.level-2.2021.ai-etti');
    expect(ids('2021-09-03')).toContain('iae.level-2.2021.ai-etti');
    expect(ids('2021-09-03')).not.toContain('iae.level-2.2020.etti');
    expect(ids('2020-03-22')).toEqual([]);
  });
});

describe('lean mode ({ explain: false })', () => {
  const kinds = ['ACI', 'AI', 'EI', 'EITI', 'ETTI'] as const;
  const input = fc.record({
    structureKind: fc.constantFrom(...kinds),
    author: fc.constantFrom('prescriber' as const, 'employer' as const),
    criteria: fc.subarray([...iaeCriteria.codes], { maxLength: 6 }),
    date: fc.integer({ min: 0, max: 365 * 7 }).map((n) => new Date(Date.UTC(2020, 2, 1 + n)).toISOString().slice(0, 10)),
  });

  it('gives the decision without its explanation, every other value identical (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(input, fc.constant({ structureKind: 'ACI', date: 'bad' } as never)), { maxLength: 20 }), (inputs) => {
        const full = evaluator.evaluateMany(inputs);
        const lean = evaluator.evaluateMany(inputs, { explain: false });
        expect(lean.map((r) => r.ok)).toEqual(full.map((r) => r.ok));
        lean.forEach((r, i) => {
          const f = full[i]!;
          if (r.ok && f.ok) {
            expect('explanation' in r.decision).toBe(false);
            const { explanation: _explanation, ...rest } = f.decision;
            expect(r.decision).toEqual(rest);
          } else if (!r.ok && !f.ok) expect(r.error.issues).toEqual(f.error.issues);
        });
        for (const one of inputs) {
          if (full[inputs.indexOf(one)]!.ok) expect(evaluator.evaluate(one, { explain: false }).eligible).toBe(evaluator.evaluate(one).eligible);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses an options value that is not an object or an explain that is not a boolean', () => {
    const ok = { structureKind: 'ACI', author: 'prescriber', criteria: [], date: '2025-01-01' } as const;
    expect(() => evaluator.evaluateMany([ok], { explain: 'no' } as never)).toThrow(/options\.explain/);
    expect(() => evaluator.evaluate(ok, null as never)).toThrow(/options/);
  });
});

describe('batch arguments', () => {
  it.each([null, undefined, {}, 'text', 3])('evaluateMany(%s) throws the typed error, not a TypeError', (bad) => {
    expect(() => evaluator.evaluateMany(bad as never)).toThrow(/inputs/);
    try {
      evaluator.evaluateMany(bad as never);
    } catch (e) {
      expect((e as Error).name).toBe('SiaeValidationError');
    }
  });
});
