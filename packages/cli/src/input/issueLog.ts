import type { RowIssue } from './convert';

/** The default number of problems kept per code (the others are only counted). */
export const DEFAULT_MAX_ISSUES_PER_CODE = 1000;

/**
 * The problems found while reading, kept up to a bound per code (`invalid_date`, `duplicate`...)
 * and counted beyond it: a file where every one of millions of rows is bad costs a few thousand
 * kept problems, not millions.
 */
export class IssueLog {
  /** The kept problems, in the order found. */
  readonly kept: RowIssue[] = [];
  /** Every problem counted per code, kept or not. */
  readonly counts = new Map<string, number>();
  private total = 0;

  constructor(private readonly maxPerCode: number = DEFAULT_MAX_ISSUES_PER_CODE) {}

  /** Records a problem: kept while its code has fewer than the bound, counted anyway. */
  add(issue: RowIssue): void {
    const code = issue.code ?? 'invalid';
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    this.total++;
    if (n <= this.maxPerCode) this.kept.push(issue);
  }

  /** Every problem counted (kept or not). */
  get count(): number {
    return this.total;
  }

  /** The problems counted but not kept. */
  get omitted(): number {
    return this.total - this.kept.length;
  }

  /** The counts as a plain object, codes sorted. */
  countsByCode(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
