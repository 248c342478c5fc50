// Lists the overdue duties of a parcours at a date, from the event history a vendor stores.
// Run after `pnpm run build`: it imports the built @siae/model, as a user would. The person is a PLIE
// participant (`plie: true`): the PLIE duties (référent before the end of the trial period, informing
// the référents of an early end...) apply.
import { dutiesAt, parcoursStages, replayParcours } from '@siae/model';

const events = [
  { type: 'oriented', date: '2025-03-03', authorized: true },
  { type: 'hired', date: '2025-03-10', contractKind: 'CDDI', trialPeriodEndDate: '2025-03-24', passIae: { start: '2025-03-10', end: '2027-03-09' }, plie: true },
  { type: 'interview', date: '2025-03-12', kind: 'welcome' },
  { type: 'stage_changed', date: '2025-04-01', to: 'deployment' },
  { type: 'interview', date: '2025-05-06', kind: 'individual' },
  { type: 'contract_broken', date: '2025-06-20' },
];

const { state, timeline, rejected } = replayParcours('ACI', events);
if (rejected.length > 0) throw new Error('no event should be refused');

const label = (id: string) => parcoursStages.find((s) => s.id === id)?.labelFr ?? id;
console.log('Étapes :');
for (const t of timeline) console.log(`  ${label(t.stage)} : du ${t.from}${t.to ? ` au ${t.to}` : ''}`);
console.log('Avertissements :', state.warnings.map((w) => w.messageFr).join(' ; '));

const asOf = '2025-07-01';
const overdue = dutiesAt(state, asOf).filter((d) => d.status === 'overdue' || d.status === 'missed');
console.log(`Obligations en retard au ${asOf} :`);
for (const d of overdue) console.log(`  [${d.status}] ${d.labelFr} (échéance ${d.dueDate}) — ${d.detailFr} — source : ${d.source}`);

const ids = overdue.map((d) => `${d.dutyId}:${d.status}`).sort();
const expected = ['inform-referent-early-end:overdue', 'monthly-interview:overdue', 'parcours-plan:overdue', 'trial-period-interview:missed'];
if (JSON.stringify(ids) !== JSON.stringify(expected)) throw new Error(`expected ${expected.join(', ')}, got ${ids.join(', ')}`);
if (state.warnings[0]?.dutyId !== 'parcours-plan') throw new Error('the move to deployment without a plan should be reported');
console.log('parcours example: ok');
