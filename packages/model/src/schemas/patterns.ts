// Patterns shared by the zod schemas and the fast row checks (not part of the public API).

/** A département code: 01-95 (2A, 2B for Corsica) or 971-976 overseas. */
export const DEPARTEMENT_PATTERN = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;

/** A PASS IAE number: 12 digits. */
export const PASS_NUMBER_PATTERN = /^\d{12}$/;
