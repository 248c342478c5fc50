import { contractSchema } from '../schemas/contract';
import { exitSchema } from '../schemas/exit';
import { personSchema } from '../schemas/person';
import { structureSchema } from '../schemas/structure';
import { interviewSchema } from '../schemas/support';
import { aContract, anExit, anInterview, aPerson, aStructure } from './builders';

/**
 * An immutable test-data builder: one `withField(value)` per field of the schema (each returns a new
 * builder, the first one is never changed), `with(field, value)` for computed names, and `build()`.
 */
export type Builder<T> = {
  /** The record, as a fresh copy. */
  build(): T;
  /** Sets one field (by name). */
  with<K extends keyof T>(field: K, value: T[K]): Builder<T>;
} & { [K in keyof T & string as `with${Capitalize<K>}`]-?: (value: T[K]) => Builder<T> };

/**
 * Builds a fluent builder over `defaults`, with a `withX` method for every key of `fields`
 * (the keys of a zod object schema's shape).
 *
 * @example
 * const person = builderOf(aPerson(), personSchema.shape).withBirthDate('1970-01-01').build();
 */
export function builderOf<T extends object>(defaults: T, fields: object): Builder<T> {
  const make = (record: T): Builder<T> => {
    const out: Record<string, unknown> = {
      build: () => ({ ...record }),
      with: (field: keyof T, value: unknown) => make({ ...record, [field]: value }),
    };
    for (const key of Object.keys(fields)) {
      out[`with${key.charAt(0).toUpperCase()}${key.slice(1)}`] = (value: unknown) => make({ ...record, [key]: value });
    }
    return out as Builder<T>;
  };
  return make({ ...defaults });
}

/** Fluent builders of the main records: `build.person().withBirthDate('1970-01-01').withQpv(true).build()`. */
export const build = {
  /** A structure (an ACI in the Nord by default). */
  structure: () => builderOf(aStructure(), structureSchema.shape),
  /** A person with a birth date only. */
  person: () => builderOf(aPerson(), personSchema.shape),
  /** A six-month CDDI. */
  contract: () => builderOf(aContract(), contractSchema.shape),
  /** A one-hour individual interview. */
  interview: () => builderOf(anInterview(), interviewSchema.shape),
  /** An exit into a CDI. */
  exit: () => builderOf(anExit(), exitSchema.shape),
};
