// Checks a few candidates' eligibility with @siae/eligibility and prints the explanations.
// Run after `pnpm run build`: it imports the built package, as a user would.
import {
  createIaeEligibilityEvaluator,
  diagnosisExpiresAt,
  EligibilityInputError,
  evaluateIaeEligibility,
  geiqAllowance,
  passIaeDefaultEndDate,
  prolongationLimits,
} from '@siae/eligibility';

function check(label: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${label}: expected ${e}, got ${a}`);
}

// 1. An employer's diagnosis in an AI, two level-2 criteria, after the 2021 reform.
const ai = await evaluateIaeEligibility({ structureKind: 'AI', author: 'employer', criteria: ['QPV', 'JEUNE'], date: '2025-03-10' });
console.log(`AI, QPV + JEUNE: ${ai.explanation.summaryFr}`);
check('AI eligible', ai.eligible, true);

// 2. The same criteria in an ACI: one more level-2 criterion is needed.
const aci = await evaluateIaeEligibility({ structureKind: 'ACI', author: 'employer', criteria: ['QPV', 'JEUNE'], date: '2025-03-10' });
console.log(`ACI, QPV + JEUNE: ${aci.explanation.summaryFr}`);
check('ACI missing', aci.missing, 'il manque 1 critère de niveau 2 (3 requis en ACI), ou 1 critère de niveau 1');

// 3. Incompatible criteria are a decision, not a crash.
const conflict = await evaluateIaeEligibility({ structureKind: 'EI', author: 'employer', criteria: ['SENIOR', 'JEUNE', 'RSA'], date: '2025-03-10' });
console.log(`EI, SENIOR + JEUNE + RSA: ${conflict.explanation.summaryFr}`);
check('conflicts', conflict.conflicts, [['SENIOR', 'JEUNE']]);

// 4. A batch with the synchronous compiled evaluator: the bad record is reported, the others decided.
const batch = createIaeEligibilityEvaluator().evaluateMany([
  { structureKind: 'ETTI', author: 'employer', criteria: ['DELD', 'PM'], date: '2025-03-10' },
  { structureKind: 'ETTI', author: 'employer', criteria: ['DELD'], date: '10/03/2025' },
]);
for (const r of batch) {
  console.log(r.ok ? `#${r.index}: ${r.decision.explanation.summaryFr}` : `#${r.index}: ${r.error.issues.map((i) => `${i.pathText} : ${i.messageFr}`).join(' ; ')}`);
}
check('batch', batch.map((r) => r.ok), [true, false]);
const second = batch[1];
if (second && !second.ok) check('error class', second.error instanceof EligibilityInputError, true);

// 5. Dates and amounts.
check('prescriber diagnosis', diagnosisExpiresAt({ author: 'prescriber', date: '2025-03-10' }), '2025-09-10');
check('employer diagnosis', diagnosisExpiresAt({ author: 'employer', date: '2025-03-10' }), '2025-06-10');
check('PASS end', passIaeDefaultEndDate('2025-01-01'), '2026-12-31');
check('GEIQ', geiqAllowance({ author: 'employer', criteria: ['DE_45'], date: '2025-03-10' }).amount, 814);
check('prolongation', prolongationLimits({ reason: 'PARTICULAR_DIFFICULTIES', start: '2026-12-31', structureKind: 'EI', usedDays: 0 }).allowed, false);
console.log('eligibility example: ok');
