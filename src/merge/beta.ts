/**
 * The merge as `graph-callrecords/beta` exports it: with Graph beta's model, whose collections keyed by `id`
 * are merged item by item.
 */
import { GraphModelBeta } from '../model/beta.js'
import { appendParticipantsPage as appendParticipants, appendSessionsPage as appendSessions, type CollectionPage } from './appendPage.js'
import { latestCallRecords as latest, type LatestOptions } from './latestCallRecords.js'
import { mergeCallRecords as merge, type MergeOptions } from './mergeCallRecords.js'

/**
 * Merges two versions of the same call record (same `id`) into one. Every property comes from the
 * record with the higher `version` (then the later `lastModifiedDateTime`, then a stable order of the
 * values); a property that only one record has is kept; the collections the model keys by `id`
 * (`sessions`, their `segments`, `participants_v2`) are merged by `id`, recursively, and come out in
 * `id` order; other arrays (`media`, `streams`, `modalities`) are taken whole; `null` never outweighs a
 * value. The result does not depend on the order of the arguments, and merging it again with any of
 * its inputs changes nothing.
 *
 * When the result holds parts of a lower-ranked record, it says so in the instance annotation
 * `@graphCallRecords.sources` (JSON Pointer, by id inside collections, to `[version, lastModifiedDateTime]`),
 * so that later merges weigh those parts right; keep it when you store a merged record.
 *
 * Neither input is changed; the result may share unchanged parts with them.
 * @throws {@link CallRecordsMergeError} if the ids differ or are missing, or (strict) a version is missing.
 * @public
 */
export const mergeCallRecords = <T extends object>(a: T, b: T, options?: MergeOptions): T => merge(a, b, { model: GraphModelBeta, ...options })

/**
 * Merges many versions of many call records into one record per `id`, in order of first appearance.
 * Time is linear in the input and memory holds one merged record per distinct id; the result is the
 * same for every order of the input. A record that cannot be merged is an error, or with
 * `options.onInvalid` is reported there and left out, so that one broken record does not stop the rest.
 * @example
 * ```ts
 * const records = latestCallRecords(notifications.map((n) => parseCallRecord(n)))
 * ```
 * @public
 */
export function latestCallRecords<T extends object>(records: Iterable<T>, options?: LatestOptions): T[]
/**
 * Merges an async stream of call-record versions (a paged fetch, a queue) into one record per `id`.
 * @public
 */
export function latestCallRecords<T extends object>(records: AsyncIterable<T>, options?: LatestOptions): Promise<T[]>
export function latestCallRecords<T extends object>(records: Iterable<T> | AsyncIterable<T>, options?: LatestOptions): T[] | Promise<T[]> {
  return latest(records as Iterable<T>, { model: GraphModelBeta, ...options })
}

/**
 * Adds a page of sessions (the body fetched from `sessions@odata.nextLink`) to its call record: sessions
 * already there are merged, not repeated, and the record's `sessions@odata.nextLink` becomes the page's
 * (absent once the last page is in). Appending every page, in any order, gives the record fetched whole.
 * @public
 */
export const appendSessionsPage = <R extends object>(record: R, page: CollectionPage<object>): R => appendSessions(record, page, GraphModelBeta)

/**
 * Adds a page of participants (the body fetched from `participants_v2@odata.nextLink`) to its call
 * record, as {@link appendSessionsPage} does for sessions.
 * @public
 */
export const appendParticipantsPage = <R extends object>(record: R, page: CollectionPage<object>): R => appendParticipants(record, page, GraphModelBeta)
