import type { ExitCategoryMapping } from './categoryMapping';

/**
 * The mapping in force on a date among checked mappings (the latest `validFrom` on or before it),
 * or null: the per-record lookup of the rates (the public `mappingAt` checks its arguments first).
 * Not exported by the package.
 */
export function mappingAtChecked(mappings: readonly ExitCategoryMapping[], date: string): ExitCategoryMapping | null {
  let found: ExitCategoryMapping | null = null;
  for (const m of mappings) {
    if (m.validFrom <= date && (m.validUntil === null || date <= m.validUntil) && (found === null || m.validFrom > found.validFrom)) found = m;
  }
  return found;
}
