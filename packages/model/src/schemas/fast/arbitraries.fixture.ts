// Test fixture (not published): fast-check arbitraries of dataset rows, valid ones (every optional
// field present, absent or explicitly undefined; boundary values) and mutated ones (a field dropped,
// an unknown or `__proto__` key, a wrong type, a value out of range, a bad date, a hole, ...).
// @siae/sample-data cannot be used here: it depends on @siae/model.
import fc from 'fast-check';
import { ALL_CRITERION_CODES } from '../../codes/criterion';
import type { CodeList } from '../../codes/defineCodeList';
import {
  barrierKinds,
  contractKinds,
  educationLevels,
  interviewKinds,
  participantRoles,
  prescriberKinds,
  prolongationReasons,
  suspensionReasons,
} from '../../codes/domainCodes';
import { exitReasons } from '../../codes/exitReason';
import { diagnosisAuthorKinds, diagnosisKinds, prescriptionOutcomes, skillsAttestationKinds } from '../../codes/recordCodes';
import { structureKinds } from '../../codes/structureKind';
import type { DatasetTable } from '../dataset';
import { DEPARTEMENT_PATTERN } from '../patterns';
import { isValidSiret } from '../siret';

type Row = Record<string, unknown>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const code = (list: CodeList<string>) => fc.constantFrom(...list.codes);

/** Strings of `min` to `max` UTF-16 units, with both bounds and astral characters (2 units each). */
const text = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: Math.min(max, 20) }),
    fc.constant('x'.repeat(max)),
    fc.constant('😀'.repeat(Math.floor(max / 2))),
    fc.constant('x'.repeat(Math.max(min, 1))),
  );
const id = text(1, 200);
/** Existing days, from year 0 to 9999, with leap days and month ends. */
const date = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.tuple(fc.integer({ min: 2020, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom('2024-02-29', '2000-02-29', '2025-12-31', '2025-01-31', '2025-04-30', '0000-01-01', '9999-12-31'),
);
const month = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`);
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h, 2)}:${pad(m, 2)}`);
const number = (max: number) =>
  fc.oneof(fc.constantFrom(0, -0, max === Number.POSITIVE_INFINITY ? Number.MAX_VALUE : max), fc.double({ min: 0, max: max === Number.POSITIVE_INFINITY ? Number.MAX_VALUE : max, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: Math.min(max, 1000) }));
const siret = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 13 }).map((d) => d.join('')),
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 }).map((d) => `356000000${d.join('')}`),
).map((prefix) => {
  for (let d = 0; d < 10; d++) if (isValidSiret(`${prefix}${d}`)) return `${prefix}${d}`;
  throw new Error('no check digit');
});
const DEPARTEMENTS = ['2A', '2B', ...Array.from({ length: 1000 }, (_, i) => (i < 100 ? pad(i, 2) : String(i)))].filter((d) => DEPARTEMENT_PATTERN.test(d));
const passNumber = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }).map((d) => d.join(''));

/** Sorts two values so that the first is not after the second. */
const ordered = <T extends string>(a: T, b: T): [T, T] => (a <= b ? [a, b] : [b, a]);
const period = (reasons: CodeList<string>) => fc.tuple(date, date, code(reasons)).map(([a, b, reason]) => {
  const [start, end] = ordered(a, b);
  return { start, end, reason };
});

/** An optional field: absent, explicitly undefined, or a value. */
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });

/** A record whose `optional` keys may be absent; fixes the order of date pairs afterwards. */
function row(required: Record<string, fc.Arbitrary<unknown>>, optional: Record<string, fc.Arbitrary<unknown>>, fix: (r: Row) => Row = (r) => r) {
  return fc.record({ ...required, ...Object.fromEntries(Object.entries(optional).map(([k, a]) => [k, opt(a)])) }, { requiredKeys: Object.keys(required) }).map((r) => fix({ ...(r as Row) }));
}

/** Puts `r[a]` and `r[b]` in order when both are strings (a refinement that zod checks). */
const inOrder = (a: string, b: string) => (r: Row) => {
  const x = r[a];
  const y = r[b];
  if (typeof x === 'string' && typeof y === 'string' && y < x) {
    r[a] = y;
    r[b] = x;
  }
  return r;
};

/** An arbitrary of valid rows for each table. */
export const validRows: { [T in DatasetTable]: fc.Arbitrary<Row> } = {
  structures: row(
    { id, kind: code(structureKinds), siret, name: text(1, 300), departement: fc.constantFrom(...DEPARTEMENTS) },
    {
      conventionnement: fc.tuple(date, date).map(([a, b]) => {
        const [from, to] = ordered(a, b);
        return { from, to };
      }),
      etpConventionnes: number(Number.POSITIVE_INFINITY),
    },
  ),
  people: row(
    { id, birthDate: date },
    { educationLevel: code(educationLevels), jobSeekerSince: date, qpv: fc.boolean(), zrr: fc.boolean(), minimaSociaux: fc.boolean(), rqth: fc.boolean(), underJusticeMeasure: fc.boolean(), plieParticipant: fc.boolean() },
  ),
  prescriptions: row({ id, personId: id, structureId: id, date, prescriberKind: code(prescriberKinds), authorized: fc.boolean(), outcome: code(prescriptionOutcomes) }, {}),
  diagnoses: row(
    { id, personId: id, authorKind: code(diagnosisAuthorKinds), date, kind: code(diagnosisKinds), criteria: fc.array(fc.constantFrom(...ALL_CRITERION_CODES), { maxLength: 5 }) },
    { structureId: id },
  ),
  passes: row(
    { id, personId: id, startDate: date, endDate: date, suspensions: fc.array(period(suspensionReasons), { maxLength: 3 }), prolongations: fc.array(period(prolongationReasons), { maxLength: 3 }) },
    { number: passNumber },
    inOrder('startDate', 'endDate'),
  ),
  contracts: row(
    { id, personId: id, structureId: id, kind: code(contractKinds), startDate: date },
    { endDate: date, trialPeriodEndDate: date, weeklyHours: number(48), renewalOf: id, brokenOn: date },
    inOrder('startDate', 'endDate'),
  ),
  monthlyHours: row({ personId: id, structureId: id, month, hours: number(744) }, {}),
  interviews: row(
    {
      id,
      personId: id,
      structureId: id,
      kind: code(interviewKinds),
      date,
      startTime: time,
      endTime: time,
      participants: fc.array(row({ role: code(participantRoles) }, { name: text(0, 200) }), { maxLength: 4 }),
    },
    { reportWritten: fc.boolean() },
    (r) => {
      inOrder('startTime', 'endTime')(r);
      if (r.startTime === r.endTime) {
        // the end must be strictly after the start
        r.startTime = '00:00';
        if (r.endTime === '00:00') r.endTime = '00:01';
      }
      return r;
    },
  ),
  barriers: row({ id, personId: id, kind: code(barrierKinds), identifiedOn: date }, { liftedOn: date }, inOrder('identifiedOn', 'liftedOn')),
  trainings: row(
    { id, personId: id, title: text(1, 300), startDate: date, hours: number(Number.POSITIVE_INFINITY) },
    { structureId: id, endDate: date, qualifying: fc.boolean(), preparation: fc.boolean() },
    inOrder('startDate', 'endDate'),
  ),
  pmsmps: row({ id, personId: id, startDate: date, endDate: date }, { company: text(0, 300) }, inOrder('startDate', 'endDate')),
  skillsAttestations: row({ id, personId: id, date, kind: code(skillsAttestationKinds) }, {}),
  exits: row({ personId: id, structureId: id, date, reason: code(exitReasons) }, { followUp: row({}, { 3: code(exitReasons), 6: code(exitReasons), 12: code(exitReasons) }) }),
};

/** Values that break one check or another: wrong types, out of range, bad dates, times, codes. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    -0.5,
    49,
    745,
    1e9,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    '',
    ' ',
    'x'.repeat(201),
    'x'.repeat(301),
    '😀'.repeat(101),
    '2023-02-29',
    '2024-13-01',
    '2024-1-01',
    '2024-01-01T00:00',
    ' 2024-01-01',
    '24:00',
    '9:00',
    '12:60',
    '23:59',
    '00:00',
    '2024-00',
    '2024-13',
    '2024-1',
    '12345678901',
    '1234567890123',
    '12345678901a',
    '73282932000074',
    '73282932000075',
    '35600000000048',
    '00',
    '20',
    '96',
    '2C',
    '977',
    '97',
    'ACI',
    'GEIQ',
    'IAE',
    'CDDI',
    'RSA',
    'participant',
    'CHOMAGE',
    'RQTH',
    '__proto__',
    1n,
  ),
  // objects are made afresh for each row, so that a mutation never changes a shared one
  fc
    .constantFrom<() => unknown>(
      () => ({}),
      () => [],
      () => [null],
      () => [{}],
      () => ['RSA'],
      () => [{ role: 'participant' }],
      () => ({ 3: 'CHOMAGE' }),
      () => ({ from: '2025-01-01', to: '2024-01-01' }),
      () => ({ start: '2025-01-01', end: '2025-02-01', reason: 'RQTH' }),
      () => new Date(0),
      () => Object.create(null),
    )
    .map((make) => make()),
  fc.anything(),
  date,
  time,
  month,
);

/** Keys to add: unknown ones, prototype-related ones, and the fields of other tables. */
const oddKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra', 'ID', 'Id', 'kind ', '0', '3', '24', 'name', 'role', 'from', 'start', 'followUp', 'criteria'),
  fc.string({ maxLength: 6 }),
);

/** One mutation: where (a container of the row, a key, another key), what (an operation), with which key and value. */
interface Mutation {
  at: number;
  key: number;
  other: number;
  op: number;
  name: string;
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), key: fc.nat(), other: fc.nat(), op: fc.nat({ max: 13 }), name: oddKey, value: oddValue });

/** Every object and array of a row (the row first), so a mutation can reach nested values. */
function containers(value: unknown, out: object[] = []): object[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

/** Sets an own enumerable key, `__proto__` included (as `JSON.parse` does); skips a list's `length`. */
function define(target: object, key: string, value: unknown): void {
  if (Array.isArray(target) && key === 'length') return;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one mutation to a (cloned) row in place; may return a replacement for the whole row. */
function mutate(root: Row, m: Mutation): unknown {
  const all = containers(root);
  const target = all[m.at % all.length] as Row | unknown[];
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[m.key % keys.length]! : m.name;
  // A list's length can be neither deleted nor set to a non-number: that mutation is a no-op.
  if (Array.isArray(target) && (key === 'length' || m.name === 'length')) return root;
  switch (m.op) {
    case 0:
      delete (target as Row)[key];
      return root;
    case 1:
    case 2:
      define(target, key, m.value);
      return root;
    case 3:
      define(target, m.name, m.value);
      return root;
    case 4:
      (target as Row)[key] = undefined;
      return root;
    case 5:
      // a null prototype (zod would return a plain object) or a class instance
      Object.setPrototypeOf(target, m.key % 2 === 0 ? null : Array.isArray(target) ? class extends Array {}.prototype : class {}.prototype);
      return root;
    case 6:
      if (Array.isArray(target)) {
        target.length += 1; // a trailing hole
        return root;
      }
      define(target, key, typeof (target as Row)[key] === 'number' ? String((target as Row)[key]) : ` ${m.name}`);
      return root;
    case 7: {
      // swap two fields (dates out of order, a time before another, a value in the wrong field)
      const other = keys[m.other % Math.max(keys.length, 1)];
      if (other !== undefined) {
        const v = (target as Row)[key];
        define(target, key, (target as Row)[other]);
        define(target, other, v);
      }
      return root;
    }
    case 8:
      if (Array.isArray(target)) Array.prototype.push.call(target, m.value);
      else define(target, key, [m.value]);
      return root;
    case 9:
      {
        const old = (target as Row)[key];
        define(target, key, typeof m.value === 'string' && typeof old === 'string' ? `${old}${m.value}` : m.value);
      }
      return root;
    case 10:
      return m.value;
    case 11: {
      // copy a field onto another (an end equal to its start, an id in a date field)
      const other = keys[m.other % Math.max(keys.length, 1)];
      if (other !== undefined) define(target, key, (target as Row)[other]);
      return root;
    }
    case 12: {
      // a number just past a bound, or made negative
      const v = (target as Row)[key];
      if (typeof v === 'number') define(target, key, [v + 1, v - 1, v + 0.5, -v - 1, v * 10, 48.5, 744.5][m.other % 7]);
      return root;
    }
    default:
      // the same row through JSON with a `__proto__` key, as a file would give it
      try {
        const json = JSON.stringify(root);
        return JSON.parse(json === '{}' ? `{"__proto__":${JSON.stringify(m.name)}}` : json.replace(/^\{/, `{"__proto__":${JSON.stringify(m.name)},`));
      } catch {
        return root; // a value JSON cannot hold (a bigint)
      }
  }
}

/** Valid rows of a table with one to three mutations (many stay valid, many do not). */
export const mutatedRows = (table: DatasetTable): fc.Arbitrary<unknown> =>
  fc.tuple(validRows[table], fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([valid, mutations]) => {
    let current: unknown = structuredClone(valid);
    for (const m of mutations) {
      if (current === null || typeof current !== 'object') break;
      current = mutate(current as Row, m);
    }
    return current;
  });

/** Valid rows and mutated rows of a table, mixed. */
export const anyRows = (table: DatasetTable): fc.Arbitrary<unknown> => fc.oneof(validRows[table], mutatedRows(table));
