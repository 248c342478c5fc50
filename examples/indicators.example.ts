// Computes the taux de sortie dynamique of a structure with its explanations, and its URIAE variant.
// Run after `pnpm run build`: it imports the built @siae/indicators, as a user would.
import { dynamicExitRate, type ExitRecord } from '@siae/indicators';

const exits: ExitRecord[] = [
  { personId: 'A', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2024-09-02', exitedOn: '2025-06-27', hoursWorked: 1050, reason: 'CDI_NON_AIDE' },
  { personId: 'B', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2024-11-04', exitedOn: '2025-08-29', hoursWorked: 990, reason: 'FORMATION_QUALIFIANTE' },
  { personId: 'C', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2025-01-06', exitedOn: '2025-10-31', hoursWorked: 960, reason: 'SANS_NOUVELLE' },
  { personId: 'D', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2025-02-03', exitedOn: '2025-04-18', hoursWorked: 250, reason: 'CDD_MOINS_6_MOIS' },
  { personId: 'E', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2024-06-03', exitedOn: '2025-05-30', hoursWorked: 1100, reason: 'RETRAITE' },
  { personId: 'F', structureId: 'chantier-du-val', structureKind: 'ACI', hiredOn: '2024-10-07', exitedOn: '2025-09-26', hoursWorked: 1000, reason: 'CHOMAGE' },
];
const period = { from: '2025-01-01', to: '2025-12-31' };

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
const dgefp = dynamicExitRate(exits, { period });
console.log(`Taux de sortie dynamique 2025 : ${pct(dgefp.value)} (${dgefp.numerator} / ${dgefp.denominator})`);
for (const m of dgefp.members) console.log(`  ${m.personId} : ${m.status.padEnd(11)} ${m.category ?? ''} — ${m.whyFr}`);
const uriae = dynamicExitRate(exits, { period, variant: 'uriae' });
console.log(`Variante URIAE : ${pct(uriae.value)} (${uriae.numerator} / ${uriae.denominator})`);

// A, B count; C and F are examined but not in the numerator; D is under 3 months; E retired.
if (dgefp.numerator !== 2 || dgefp.denominator !== 4) throw new Error(`DGEFP: expected 2/4, got ${dgefp.numerator}/${dgefp.denominator}`);
if (uriae.numerator !== 2 || uriae.denominator !== 3) throw new Error(`URIAE: expected 2/3, got ${uriae.numerator}/${uriae.denominator}`);
if (dgefp.members.find((m) => m.personId === 'D')?.why !== 'below_threshold') throw new Error('D should be below the threshold');
console.log('indicators example: ok');
