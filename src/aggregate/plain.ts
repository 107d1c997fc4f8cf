/**
 * The plain-data shape of the aggregate's classes, to cross from a worker thread: structured clone keeps
 * Maps, Sets and typed arrays but not classes. Each class derives its shape from its own fields with
 * `FieldsOf`, so a field added to the class and not carried by its `toPlain` is a type error.
 */

/**
 * The data fields of a class: its public properties, without its methods and without the keys named
 * (getters and settings that are not data). Private fields are not in `keyof`: keep them to caches
 * (the round-trip tests list them by name).
 */
export type FieldsOf<T, Except extends keyof T = never> = {
  [K in keyof T as K extends Except ? never : T[K] extends (...args: never[]) => unknown ? never : K]: T[K];
};

/** A map with each value converted, in the same key order. */
export function mapValues<K, A, B>(map: ReadonlyMap<K, A>, convert: (value: A) => B): Map<K, B> {
  const out = new Map<K, B>();
  for (const [k, v] of map) out.set(k, convert(v));
  return out;
}
