/**
 * What makes two items of a keyed collection the same item: their `id`, or, for an item without one
 * (`Session.id` is optional), the item's whole content. Equal items are then one item and different
 * items are all kept, whatever the order or grouping of the merges.
 */
import { canonicalJson } from './canonicalJson.js'
import { escapeJsonPointer, unescapeJsonPointer } from '../parse/jsonPointer.js'

/**
 * The key of an item, which is also its segment in the pointers of `@graphCallRecords.sources`: the
 * escaped `id`, or `~2` and the escaped canonical JSON. An escaped id never holds `~2`, so the two
 * kinds never meet.
 */
export const itemKey = (item: unknown): string => {
  const id = idOf(item)
  return id !== undefined ? escapeJsonPointer(id) : `~2${escapeJsonPointer(canonicalJson(item))}`
}

/** The item's own `id` when it is a string: the cheap test the usual items pass. */
export const idOf = (item: unknown): string | undefined => {
  if (typeof item !== 'object' || item === null) return undefined
  const id = (item as { id?: unknown }).id
  return typeof id === 'string' && Object.hasOwn(item, 'id') ? id : undefined
}

/** The order of items in a merged collection: by `id`, then the items without one by their canonical JSON. */
export const compareItemKeys = (a: string, b: string): number => {
  const x = a.startsWith('~2')
  const y = b.startsWith('~2')
  if (x !== y) return x ? 1 : -1
  const p = unescapeJsonPointer(x ? a.slice(2) : a)
  const q = unescapeJsonPointer(y ? b.slice(2) : b)
  return p < q ? -1 : p > q ? 1 : 0
}
