/** A ratio as a French percentage (`42,7 %`), or `—` for null. */
export function pct(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return `${(v * 100).toFixed(1).replace('.', ',')} %`;
}

/** A number in French notation. */
export function num(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined) return '—';
  return Number.isInteger(v) ? v.toLocaleString('fr-FR') : v.toLocaleString('fr-FR', { maximumFractionDigits: digits });
}

/** An indicator value in its unit. */
export function valueIn(unit: string, v: number | null): string {
  if (unit === 'ratio') return pct(v);
  if (unit === 'hours') return `${num(v)} h`;
  if (unit === 'minutes') return `${num(v)} min`;
  if (unit === 'days') return `${num(v, 0)} j`;
  if (unit === 'euros') return `${num(v, 2)} €`;
  return num(v);
}

/** Escapes text for HTML. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Quotes a CSV cell when needed (it holds a quote, a line end, `,`, `;`, or the delimiter when another one is given). */
export function csvCell(v: unknown, delimiter = ','): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",;\r\n]/.test(s) || (delimiter !== ',' && delimiter !== ';' && s.includes(delimiter)) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A 95 % interval as French percentages (`IC 95 % 29,0–43,9 %`), or empty for none. */
export function intervalText(iv: { low: number; high: number } | null | undefined): string {
  if (!iv) return '';
  return `IC 95 % ${(iv.low * 100).toFixed(1).replace('.', ',')}–${pct(iv.high)}`;
}

/** The flag of a rate on fewer than 10 exits, in French. */
export const SMALL_SAMPLE_FR = 'petit effectif (moins de 10)';
