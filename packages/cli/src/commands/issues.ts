import type { RowIssue } from '../input/convert';
import type { CliIo } from '../io';

/** Prints the rejected rows in French (file, line, column, or the field path for JSON; the problem; never the value). */
export function printIssues(io: CliIo, issues: RowIssue[], max = 50): void {
  if (issues.length === 0) return;
  io.stderr(`${issues.length} problème(s) : les lignes concernées sont écartées, les autres sont utilisées.\n`);
  for (const i of issues.slice(0, max)) {
    const where = [i.file, i.line > 0 ? `ligne ${i.line}` : null, i.column ? `${i.line > 0 ? 'colonne' : 'champ'} ${i.column}` : null].filter(Boolean).join(', ');
    io.stderr(`  ${where} : ${i.messageFr}\n`);
  }
  if (issues.length > max) io.stderr(`  … et ${issues.length - max} autre(s) (--format json les liste toutes)\n`);
}
