/**
 * What counts as a JSON object: a plain object (made by `{}`, `JSON.parse`, `Object.create(null)` or
 * another realm's `Object`). A `Map`, `Set`, `Date`, boxed primitive or class instance is not one: read
 * as an object it would lose its data silently (a `Map` has no own enumerable properties).
 */

/** Whether `value`, known to be a non-null object that is not an array, is a plain object. */
export const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value)
  // A prototype whose own prototype is null is an `Object.prototype` (of this realm or another).
  return prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null
}
