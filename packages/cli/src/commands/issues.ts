import type { RowIssue } from '../input/convert';
import type { CliIo } from '../io';

/** How many problems there were in all, per code, when only some are kept. */
export interface IssueTotals {
  total: number;
  byCode: Record<string, number>;
}

/** Where a problem is, in words: file, line, column (or the field path of a JSON record). */
export function issuePlace(i: RowIssue): string {
  return [i.file, i.line > 0 ? `ligne ${i.line}` : null, i.column ? `${i.line > 0 ? 'colonne' : 'champ'} ${i.column}` : null].filter(Boolean).join(', ');
}

/**
 * Prints the problems in French (file, line, column, or the field path for JSON; the problem;
 * never the value): the first `max`, then how many more of each kind.
 */
export function printIssues(io: CliIo, issues: RowIssue[], max = 50, totals?: IssueTotals): void {
  const total = totals?.total ?? issues.length;
  if (total === 0) return;
  io.stderr(`${total} problème(s) : les lignes concernées sont écartées, les autres sont utilisées.\n`);
  for (const i of issues.slice(0, max)) io.stderr(`  ${issuePlace(i)} : ${i.messageFr}\n`);
  if (total > Math.min(max, issues.length)) {
    const shown = new Map<string, number>();
    for (const i of issues.slice(0, max)) shown.set(i.code ?? 'invalid', (shown.get(i.code ?? 'invalid') ?? 0) + 1);
    const byCode = totals?.byCode ?? Object.fromEntries([...issues.reduce((m, i) => m.set(i.code ?? 'invalid', (m.get(i.code ?? 'invalid') ?? 0) + 1), new Map<string, number>())]);
    const rest = Object.entries(byCode)
      .map(([code, n]) => [code, n - (shown.get(code) ?? 0)] as const)
      .filter(([, n]) => n > 0)
      .map(([code, n]) => `${n} ${code}`)
      .join(', ');
    io.stderr(`  … et ${total - Math.min(max, issues.length)} autre(s) : ${rest}\n`);
  }
}
