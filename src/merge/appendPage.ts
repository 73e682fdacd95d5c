/**
 * Adds a page of an expanded collection (`sessions`, `participants_v2`), fetched from its
 * `…@odata.nextLink`, to the record it belongs to.
 */
import type { GraphModel } from '../model/types.js'
import { mergeCallRecords } from './mergeCallRecords.js'
import { Ranks, SOURCES } from './rank.js'

type Json = Record<string, unknown>

/**
 * A page of a collection as {@link appendSessionsPage} and {@link appendParticipantsPage} read it: the
 * items and the link to the next page. A parsed `SessionCollectionResponse` or
 * `ParticipantCollectionResponse` is one.
 * @public
 */
export interface CollectionPage<T> {
  /** The items of the page. */
  readonly value: readonly T[]
  /** The link to the next page; absent on the last page. */
  readonly '@odata.nextLink'?: string | undefined
}

const append = <R extends object>(record: R, page: CollectionPage<object>, property: 'sessions' | 'participants_v2', model: GraphModel): R => {
  const base = record as Json
  // The page's items are as recent as the record that links to them: merge at the record's rank.
  const carrier: Json = { id: base.id, [property]: page.value }
  for (const key of ['version', 'lastModifiedDateTime']) if (base[key] !== undefined) carrier[key] = base[key]
  const rank = new Ranks(base).root
  if (rank[0] !== (carrier.version ?? null) || rank[1] !== (carrier.lastModifiedDateTime ?? null)) carrier[SOURCES] = { '': rank }
  const merged = mergeCallRecords(base, carrier, { model }) as Json
  const link = `${property}@odata.nextLink`
  const next = page['@odata.nextLink']
  // A record that has the collection and no next link is complete: a page appended late cannot reopen it.
  const complete = Array.isArray(base[property]) && base[link] === undefined
  if (complete || next === undefined) delete merged[link]
  else merged[link] = next
  return merged as R
}

/**
 * Adds a page of sessions (the body fetched from `sessions@odata.nextLink`) to its call record: sessions
 * already there are merged, not repeated, and the record's `sessions@odata.nextLink` becomes the page's
 * (absent once the last page is in). Appending every page, in any order, gives the record fetched whole.
 * @public
 */
export const appendSessionsPage = <R extends object>(record: R, page: CollectionPage<object>, model: GraphModel): R => append(record, page, 'sessions', model)

/**
 * Adds a page of participants (the body fetched from `participants_v2@odata.nextLink`) to its call
 * record, as {@link appendSessionsPage} does for sessions.
 * @public
 */
export const appendParticipantsPage = <R extends object>(record: R, page: CollectionPage<object>, model: GraphModel): R =>
  append(record, page, 'participants_v2', model)
