/**
 * The form every merge result is in: each keyed collection holds one item per key, in key order, all
 * the way down. A value already in it can be returned as it is; merging does not depend on whether two
 * inputs are the same object or equal copies.
 */
import { compareItemKeys, idOf, itemKey } from './itemKey.js'
import { isKeyed } from './keyed.js'
import { isObject, type Json } from './own.js'

/** Whether the value of `property` is in normal form. */
export const isNormal = (property: string, value: unknown): boolean => {
  if (Array.isArray(value)) return !isKeyed(property) || isNormalCollection(value)
  return !isObject(value) || isNormalObject(value)
}

export const isNormalObject = (object: Json): boolean => {
  for (const key of Object.keys(object)) {
    const value = object[key]
    if (typeof value === 'object' && value !== null && !key.includes('@') && !isNormal(key, value)) return false
  }
  return true
}

const isNormalCollection = (items: readonly unknown[]): boolean => {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (i > 0 && !before(items[i - 1], item)) return false
    if (isObject(item) && !isNormalObject(item)) return false
  }
  return true
}

/** Whether `a` comes strictly before `b` in a collection; items with ids, the usual ones, compare without building keys. */
const before = (a: unknown, b: unknown): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== undefined && y !== undefined ? x < y : compareItemKeys(itemKey(a), itemKey(b)) < 0
}
