/** A list of 32-bit integers pushed one at a time, see {@link int32List}. */
export interface Int32List {
  push(value: number): void;
  /** The number at a position below `length`. */
  at(index: number): number;
  /** Replaces the number at a position below `length`. */
  set(index: number, value: number): void;
  readonly length: number;
  /** The numbers pushed, in a typed array of their own. */
  done(): Int32Array;
}

/**
 * A growing list of 32-bit integers held in a typed array (doubled when full): over the hundreds of
 * thousands of rows of a report, its storage stays off the JS heap, where a `number[]` grown by
 * `push` would leave its outgrown copies for the garbage collector. Local to one call.
 */
export function int32List(initial = 1024): Int32List {
  let values = new Int32Array(initial);
  let length = 0;
  return {
    push(value) {
      if (length === values.length) {
        const grown = new Int32Array(values.length * 2);
        grown.set(values);
        values = grown;
      }
      values[length++] = value;
    },
    at: (index) => values[index]!,
    set: (index, value) => {
      values[index] = value;
    },
    get length() {
      return length;
    },
    done: () => values.slice(0, length),
  };
}
