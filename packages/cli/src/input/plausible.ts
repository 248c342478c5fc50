/**
 * Plausible dates of user input.
 *
 * Where this check lives: here, in the command's input layer, not in `@siae/model`'s date schema.
 * The model's functions are pure calculations on any real calendar date (simulations, history,
 * property tests over wide ranges), and `0001-01-01` is a valid ISO date there. What is implausible
 * is a date typed in a spreadsheet: `0000-01-01`, `9999-12-31` (a placeholder for "no end"), `25`
 * read as year 0025. So every file the `siae` command reads (CSV and JSON, for report, validate,
 * eligibility and parcours) is checked here, and so are its date options.
 *
 * The window: 1990-01-01 to 2100-12-31 for every event of a parcours (the IAE as we know it dates
 * from the 1990s and 1998 law; nothing in a file is dated after 2100). A person's birth date may
 * legitimately be before 1990: it has its own window, 1900-01-01 to 2100-12-31.
 */

/** The plausible window of the dates of a file (events of a parcours, structures, periods). */
export const PLAUSIBLE_DATES = { from: '1990-01-01', to: '2100-12-31' } as const;

/** The plausible window of a birth date. */
export const PLAUSIBLE_BIRTH_DATES = { from: '1900-01-01', to: '2100-12-31' } as const;

/** The fields read as birth dates (their own window). */
const BIRTH_FIELDS = ['birthDate', 'date_naissance'] as const;

/** Whether a field path (`birthDate`, `person.birthDate`, `date_naissance`) ends with a birth-date field. Allocates nothing: it runs for every date cell. */
function isBirthField(field: string): boolean {
  for (const name of BIRTH_FIELDS) {
    if (field === name || (field.length > name.length && field.charCodeAt(field.length - name.length - 1) === 46 && field.endsWith(name))) return true;
  }
  return false;
}

const IMPLAUSIBLE = {
  errorFr: `date invraisemblable : hors de la période ${PLAUSIBLE_DATES.from} – ${PLAUSIBLE_DATES.to}`,
  errorEn: `implausible date: outside ${PLAUSIBLE_DATES.from} – ${PLAUSIBLE_DATES.to}`,
  code: 'implausible_date',
};
const IMPLAUSIBLE_BIRTH = {
  errorFr: `date de naissance invraisemblable : hors de la période ${PLAUSIBLE_BIRTH_DATES.from} – ${PLAUSIBLE_BIRTH_DATES.to}`,
  errorEn: `implausible birth date: outside ${PLAUSIBLE_BIRTH_DATES.from} – ${PLAUSIBLE_BIRTH_DATES.to}`,
  code: 'implausible_date',
};

/**
 * `null` when an ISO date is plausible for its field, else the problem (never quoting the date).
 * The field is a model field path or a column name (`birthDate` and `date_naissance` take the
 * birth window).
 */
export function checkPlausibleDate(iso: string, field: string): { errorFr: string; errorEn: string; code: string } | null {
  const birth = isBirthField(field);
  const w = birth ? PLAUSIBLE_BIRTH_DATES : PLAUSIBLE_DATES;
  if (iso < w.from || iso > w.to) return birth ? IMPLAUSIBLE_BIRTH : IMPLAUSIBLE;
  return null;
}

/** `null` when an `AAAA-MM` month is in the plausible window, else the problem. */
export function checkPlausibleMonth(month: string): { errorFr: string; errorEn: string; code: string } | null {
  if (month < PLAUSIBLE_DATES.from.slice(0, 7) || month > PLAUSIBLE_DATES.to.slice(0, 7)) return IMPLAUSIBLE;
  return null;
}

/** Keys of a JSON record that hold a date (the model's names: `date`, `startDate`, `brokenOn`, `jobSeekerSince`, `from`...). */
export function isDateKey(key: string): boolean {
  return key === 'date' || key === 'from' || key === 'to' || key === 'start' || key === 'end' || key === 'newEnd' || key.endsWith('Date') || key.endsWith('On') || key.endsWith('Since');
}

const FR_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const FR_MONTH = /^(\d{2})\/(\d{4})$/;

/** A problem found in a JSON record: its path below the record, and the message. */
export interface JsonDateIssue {
  path: string;
  errorFr: string;
  errorEn: string;
  code: string;
}

/**
 * Reads the dates of a JSON record the French way and checks them: under a date key (see
 * {@link isDateKey}), a `JJ/MM/AAAA` string becomes `AAAA-MM-JJ`, under `month` a `MM/AAAA`
 * string becomes `AAAA-MM` (a copy is made; the input is not changed), and an ISO date outside
 * the plausible window is reported. Returns the record to validate and the problems found.
 */
export function frenchDatesInJson(value: unknown, path = ''): { value: unknown; issues: JsonDateIssue[] } {
  const issues: JsonDateIssue[] = [];
  const walk = (v: unknown, p: string, key: string | null): unknown => {
    if (typeof v === 'string') {
      if (key === null) return v;
      if (key === 'month') {
        const m = FR_MONTH.exec(v);
        const iso = m ? `${m[2]}-${m[1]}` : v;
        if (/^\d{4}-\d{2}$/.test(iso)) {
          const bad = checkPlausibleMonth(iso);
          if (bad) issues.push({ path: p, ...bad });
        }
        return iso;
      }
      if (!isDateKey(key)) return v;
      const m = FR_DATE.exec(v);
      const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : v;
      if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
        const bad = checkPlausibleDate(iso, key);
        if (bad) issues.push({ path: p, ...bad });
      }
      return iso;
    }
    if (Array.isArray(v)) {
      let copy: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const w = walk(v[i], `${p}[${i}]`, key);
        if (w !== v[i]) {
          copy ??= v.slice();
          copy[i] = w;
        }
      }
      return copy ?? v;
    }
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      let copy: Record<string, unknown> | null = null;
      for (const k of Object.keys(v)) {
        const old = (v as Record<string, unknown>)[k];
        const w = walk(old, p ? `${p}.${k}` : k, k);
        if (w !== old) {
          copy ??= { ...(v as Record<string, unknown>) };
          copy[k] = w;
        }
      }
      return copy ?? v;
    }
    return v;
  };
  return { value: walk(value, path, null), issues };
}
