/**
 * The form every merge result is in: each keyed collection holds one item per key, in key order, all
 * the way down. A value already in it can be returned as it is; merging does not depend on whether two
 * inputs are the same object or equal copies.
 *
 * The walk reads keys with `for…in`, which allocates nothing and reads each value by its slot. It may
 * also meet an inherited enumerable key; that can only make the answer "no", and "no" is always safe:
 * the value is then put into normal form by the merge itself, which reads own keys only.
 */
import { compareItemKeys, idOf, itemKey } from './itemKey.js'
import { isObject, type Json } from './own.js'

/** Whether the value of `property` is in normal form. */
export const isNormal = (keyed: ReadonlySet<string>, property: string, value: unknown): boolean => {
  if (Array.isArray(value)) return !keyed.has(property) || isNormalCollection(keyed, value)
  return !isObject(value) || isNormalObject(keyed, value)
}

/** Whether every keyed collection inside `object` is in normal form; `keyed` names the collections merged item by item. */
export const isNormalObject = (keyed: ReadonlySet<string>, object: Json): boolean => {
  for (const key in object) {
    const value = object[key]
    if (typeof value !== 'object' || value === null) continue
    if (Array.isArray(value)) {
      if (keyed.has(key) && !key.includes('@') && !isNormalCollection(keyed, value)) return false
    } else if (!key.includes('@') && !isNormalObject(keyed, value as Json)) return false
  }
  return true
}

const isNormalCollection = (keyed: ReadonlySet<string>, items: readonly unknown[]): boolean => {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (i > 0 && !before(items[i - 1], item)) return false
    if (isObject(item) && !isNormalObject(keyed, item)) return false
  }
  return true
}

/** Whether `a` comes strictly before `b` in a collection; items with ids, the usual ones, compare without building keys. */
const before = (a: unknown, b: unknown): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== undefined && y !== undefined ? x < y : compareItemKeys(itemKey(a), itemKey(b)) < 0
}
