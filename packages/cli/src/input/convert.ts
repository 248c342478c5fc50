import type { ColumnSpec } from '../mapping/defaultMapping';

/** A problem in one cell or row of an input file: where, and what, in French. */
export interface RowIssue {
  file: string;
  /** 1-based line in the file (the header is line 1). */
  line: number;
  /** The column (header) concerned, when there is one. */
  column: string | null;
  /** Table the row belongs to. */
  table: string;
  messageFr: string;
  messageEn: string;
}

const TRUE = new Set(['oui', 'o', 'true', 'vrai', '1', 'yes', 'x']);
const FALSE = new Set(['non', 'n', 'false', 'faux', '0', 'no', '']);

/**
 * Converts a cell to the value of its column type. Returns `undefined` for an empty cell, or an
 * error message (never quoting the cell: the data is sensitive).
 */
export function convertCell(raw: string, spec: ColumnSpec): { value: unknown } | { errorFr: string; errorEn: string } {
  const v = raw.trim();
  if (v === '') return { value: spec.type === 'list' || spec.type === 'roles' ? [] : undefined };
  switch (spec.type) {
    case 'number': {
      const n = Number(v.replace(',', '.').replace(/\s/g, ''));
      return Number.isFinite(n) ? { value: n } : { errorFr: 'doit être un nombre', errorEn: 'must be a number' };
    }
    case 'boolean': {
      const f = v.toLowerCase();
      if (TRUE.has(f)) return { value: true };
      if (FALSE.has(f)) return { value: false };
      return { errorFr: 'doit valoir oui ou non', errorEn: 'must be yes or no' };
    }
    case 'date': {
      const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
      return { value: fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : v };
    }
    case 'list':
      return { value: v.split('|').map((x) => x.trim()).filter(Boolean) };
    case 'roles':
      return { value: v.split('|').map((x) => x.trim()).filter(Boolean).map((role) => ({ role })) };
    default:
      return { value: v };
  }
}

/** Sets a dotted path (`followUp.3`, `conventionnement.from`) in an object. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let o = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i]!;
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]!] = value;
}
