/**
 * Adds a page of an expanded collection (`sessions`, `participants_v2`), fetched from its
 * `…@odata.nextLink`, to the record it belongs to.
 */
import type { GraphModel } from '../model/types.js'
import { mergeRecords } from './mergeCallRecords.js'
import { CallRecordsMergeError } from './mergeError.js'
import { isObject, own, setOwn, type Json } from './own.js'
import { Ranks, sameRank, SOURCES, statedRank } from './rank.js'

/** A page of a collection: the items and the link to the next page (absent on the last page). */
interface Page {
  readonly value: readonly unknown[]
  readonly '@odata.nextLink'?: string | undefined
}

/**
 * The record with the page's items merged in, and its `…@odata.nextLink` set to the page's. Neither
 * input is changed; a page that adds nothing (a re-delivery) gives the record itself, link and all.
 */
export const appendPage = (record: unknown, page: Page, property: 'sessions' | 'participants_v2', model: GraphModel): Json => {
  if (!isObject(record)) throw new CallRecordsMergeError('cannot append a page: the record is not an object')
  if (!isObject(page) || !Array.isArray(own(page, 'value')))
    throw new CallRecordsMergeError(`cannot append a page of ${property}: the page has no "value" array`)
  // The page's items are as recent as the record that links to them: merge at the record's rank.
  const carrier: Json = { id: own(record, 'id'), [property]: page.value }
  for (const key of ['version', 'lastModifiedDateTime']) if (own(record, key) !== undefined) carrier[key] = own(record, key)
  const rank = Ranks.of(record).root
  if (!sameRank(rank, statedRank(carrier))) carrier[SOURCES] = { '': rank }
  const merged = mergeRecords(record, carrier, { model })
  if (merged === record) return record
  const link = `${property}@odata.nextLink`
  const next = own(page, '@odata.nextLink')
  // A record that has the collection and no next link is complete: a page appended late cannot reopen it.
  const complete = Array.isArray(own(record, property)) && own(record, link) === undefined
  const wanted = complete || next === undefined ? undefined : next
  if (own(merged, link) === wanted) return merged
  const { [link]: _, ...out } = merged
  if (wanted !== undefined) setOwn(out, link, wanted)
  return out
}
