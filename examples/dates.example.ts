// Dates in @siae are ISO strings computed in UTC: no time zone can move a day.
import { addDaysIso, ageOn } from '@siae/model';

const end = addDaysIso('2025-01-01', 729);
console.log(`PASS IAE started 2025-01-01 ends on ${end}`);
if (end !== '2026-12-31') throw new Error(`expected 2026-12-31, got ${end}`);
const age = ageOn('1975-06-15', '2025-06-15');
if (age !== 50) throw new Error(`expected 50, got ${age}`);
console.log('ok');
