import type { DatasetTable } from '@siae/model';

/** Growable list of 32-bit integers (outside the JS heap: typed arrays). */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Where a row came from: the file (its number in the load) and its line (CSV) or index (JSON). */
export interface RowSource {
  file: number;
  /** The CSV line, or the JSON index. */
  at: number;
}

/** A row left out because a later row has the same key. */
export interface DuplicateRow {
  table: DatasetTable;
  /** Its position among the table's rows, in reading order. */
  position: number;
  source: RowSource;
  /** Where the row that is kept instead comes from. */
  keptSource: RowSource;
}

/** The numbering of a table's keys: primary parts, secondary parts per first part, and the previous row's lookups. */
interface KeyState {
  primary: Map<string, number>;
  secondary: Map<string, Map<string, number>>;
  b: number;
  lastPrimary: string | null;
  lastX: number;
  lastFirst: string | null;
  lastInner: Map<string, number> | null;
}

/** The key of a table's rows, in words (for the messages). */
export const DUPLICATE_KEYS: Partial<Record<DatasetTable, { fr: string; en: string }>> = {
  monthlyHours: { fr: 'même personne, même structure et même mois', en: 'same person, structure and month' },
  exits: { fr: 'même personne, même structure et même date de sortie', en: 'same person, structure and exit date' },
};

/**
 * Finds rows with the same key: the hours of one person in one structure for one month, the exit
 * of one person from one structure on one date, and the `id` of the other tables (a person, a
 * contract...). The policy: the last row read wins (files in the order given, lines in file order),
 * each earlier one is reported and left out, never summed. Keys are held as numbers in typed
 * arrays, so that millions of rows cost a few bytes each.
 */
export class DuplicateTracker {
  private readonly tables = new Map<DatasetTable, KeyState & { a: IntList; bs: IntList; file: IntList; at: IntList }>();

  /**
   * @param rows When given (the rows are kept anyway), keys are read from them at the end, one
   * table at a time: during the reading only the source of each row is held (typed arrays).
   * Without it (`siae validate`), the keys are noted as the rows go by.
   */
  constructor(private readonly rows?: { readonly [T in DatasetTable]?: readonly unknown[] }) {}

  private state(table: DatasetTable) {
    let s = this.tables.get(table);
    if (!s) {
      s = { primary: new Map(), secondary: new Map(), b: 0, lastPrimary: null, lastX: 0, lastFirst: null, lastInner: null, a: new IntList(), bs: new IntList(), file: new IntList(), at: new IntList() };
      this.tables.set(table, s);
    }
    return s;
  }

  /** Notes a valid row (in the order rows are kept). */
  add(table: DatasetTable, row: Record<string, unknown>, source: RowSource): void {
    const s = this.state(table);
    s.file.push(source.file);
    s.at.push(source.at);
    if (!this.rows) this.key(s, table, row, s.a, s.bs);
  }

  /** Numbers a row's key: its primary part (id, or person) and its secondary part (structure and month or date). */
  private key(s: KeyState, table: DatasetTable, row: Record<string, unknown>, a: IntList, bs: IntList): void {
    let primary: string;
    let first = '';
    let second = '';
    if (table === 'monthlyHours' || table === 'exits') {
      primary = String(row.personId);
      first = String(row.structureId);
      second = String(table === 'exits' ? row.date : row.month);
    } else primary = typeof row.id === 'string' ? row.id : '';
    // The rows of one person (and one structure) often follow each other: the previous row's
    // numbers are reused without looking the ids up again.
    let x: number | undefined;
    if (primary === s.lastPrimary) x = s.lastX;
    else {
      x = s.primary.get(primary);
      if (x === undefined) {
        x = s.primary.size;
        s.primary.set(primary, x);
      }
      s.lastPrimary = primary;
      s.lastX = x;
    }
    let inner: Map<string, number> | undefined;
    if (first === s.lastFirst && s.lastInner) inner = s.lastInner;
    else {
      inner = s.secondary.get(first);
      if (!inner) {
        inner = new Map();
        s.secondary.set(first, inner);
      }
      s.lastFirst = first;
      s.lastInner = inner;
    }
    let y = inner.get(second);
    if (y === undefined) {
      y = s.b++;
      inner.set(second, y);
    }
    a.push(x);
    bs.push(y);
  }

  /** Where the row at a position of a table came from. */
  sourceOf(table: DatasetTable, position: number): RowSource | null {
    const s = this.tables.get(table);
    if (!s || position >= s.file.length) return null;
    return { file: s.file.data[position]!, at: s.at.data[position]! };
  }

  /**
   * Every row left out (an earlier row of a key read again later), table by table, in reading
   * order. Call once, before any row is removed.
   */
  duplicates(): DuplicateRow[] {
    const out: DuplicateRow[] = [];
    for (const [table, s] of this.tables) {
      const rows = this.rows?.[table];
      if (rows) {
        // Keys read now, from the kept rows; the maps live for this table only.
        s.a = new IntList();
        s.bs = new IntList();
        for (let i = 0; i < rows.length; i++) this.key(s, table, rows[i] as Record<string, unknown>, s.a, s.bs);
      }
      const n = s.a.length;
      const groups = s.primary.size;
      // Rows grouped by primary key (counting sort), then compared within a group.
      const start = new Int32Array(groups + 1);
      for (let i = 0; i < n; i++) start[s.a.data[i]! + 1]!++;
      for (let g = 0; g < groups; g++) start[g + 1] = start[g + 1]! + start[g]!;
      const order = new Int32Array(n);
      const fill = start.slice(0, groups);
      for (let i = 0; i < n; i++) {
        const g = s.a.data[i]!;
        order[fill[g]!] = i;
        fill[g] = fill[g]! + 1;
      }
      const found: DuplicateRow[] = [];
      for (let g = 0; g < groups; g++) {
        const from = start[g]!;
        const to = start[g + 1]!;
        if (to - from < 2) continue;
        // Last position of each secondary key in the group; every other position is a duplicate.
        const last = new Map<number, number>();
        for (let k = from; k < to; k++) last.set(s.bs.data[order[k]!]!, order[k]!);
        if (last.size === to - from) continue;
        for (let k = from; k < to; k++) {
          const i = order[k]!;
          const keep = last.get(s.bs.data[i]!)!;
          if (keep !== i) found.push({ table, position: i, source: { file: s.file.data[i]!, at: s.at.data[i]! }, keptSource: { file: s.file.data[keep]!, at: s.at.data[keep]! } });
        }
      }
      found.sort((x, y) => x.position - y.position);
      for (const d of found) out.push(d);
      s.primary.clear();
      s.secondary.clear();
      s.lastPrimary = null;
      s.lastFirst = null;
      s.lastInner = null;
      s.a = new IntList();
      s.bs = new IntList();
    }
    return out;
  }
}
