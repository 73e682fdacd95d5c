/**
 * The form every merge result is in: each keyed collection holds one item per key, in key order, all
 * the way down. A value already in it can be returned as it is; merging does not depend on whether two
 * inputs are the same object or equal copies.
 */
import { compareItemKeys, itemKey } from './itemKey.js'
import { isKeyed } from './keyed.js'
import { isObject, type Json } from './own.js'

/** Whether the value of `property` is in normal form. */
export const isNormal = (property: string, value: unknown): boolean => {
  if (Array.isArray(value)) return !isKeyed(property) || isNormalCollection(value)
  return !isObject(value) || isNormalObject(value)
}

export const isNormalObject = (object: Json): boolean => {
  for (const key of Object.keys(object)) if (!key.includes('@') && !isNormal(key, object[key])) return false
  return true
}

const isNormalCollection = (items: readonly unknown[]): boolean => {
  let previous: string | undefined
  for (const item of items) {
    const key = itemKey(item)
    if (previous !== undefined && compareItemKeys(previous, key) >= 0) return false
    if (isObject(item) && !isNormalObject(item)) return false
    previous = key
  }
  return true
}
