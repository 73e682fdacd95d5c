/**
 * Reading and writing data keys without reaching a prototype: a record parsed from JSON may own keys
 * named `__proto__`, `constructor` or `toString`, and they are data like any other.
 */

/** A JSON object as merge reads it. */
export type Json = Record<string, unknown>

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The value of an own property; `undefined` for an inherited one (`constructor`, `toString`, …). */
export const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined)

/** Sets an own data property; `__proto__` becomes a key, never the prototype. */
export const setOwn = (object: Json, key: string, value: unknown): void => {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true })
  else object[key] = value
}
