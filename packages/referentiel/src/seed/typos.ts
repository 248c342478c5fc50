/**
 * Obvious typos of seed 000 and their corrections (listed in the project's notes on the sources). The data holds the
 * corrected text; the original is kept in `sourceWording`.
 */
export const SEED_000_TYPOS: readonly { wrong: string; right: string }[] = [
  { wrong: 'Informier', right: 'Informer' },
  { wrong: 'Informez', right: 'Informer' },
  { wrong: 'UMI sociale', right: 'utilité sociale' },
  { wrong: 'OPCVA', right: 'OPCA' },
  { wrong: "statut d'ensembleur", right: "statut d'ensemblier" },
  { wrong: "état d'ensemble", right: "statut d'ensemblier" },
];

/** Applies the typo corrections to a text. */
export function correctTypos(text: string): string {
  let out = text;
  for (const { wrong, right } of SEED_000_TYPOS) out = out.split(wrong).join(right);
  return out;
}

/** Known garbled passages kept as they are and flagged. */
export const SEED_000_GARBLED: readonly string[] = ['DFP ou non'];
