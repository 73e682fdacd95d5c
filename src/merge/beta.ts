/**
 * The merge functions typed with the beta call records: what the beta entry point exports.
 */
import type { CallRecord, ParticipantCollectionResponse, SessionCollectionResponse } from '../schema/beta/index.js'
import { appendPage } from './appendPage.js'
import { GraphModelBeta } from '../model/beta.js'
import { createMerger, type CallRecordMerger } from './callRecordMerger.js'
import { latestRecords, type LatestOptions } from './latestCallRecords.js'
import { mergeRecords, type MergeOptions } from './mergeCallRecords.js'

/** The options with this version's model, unless the caller gives one. */
const withModel = <O extends MergeOptions>(options: O | undefined): O => ({ ...options, model: options?.model ?? GraphModelBeta }) as O
/**
 * Merges two versions of the same call record (same `id`) into one. Every property comes from the
 * record with the higher `version` (then the later instant of `lastModifiedDateTime`, then a stable
 * order of the values); a property that only one record has is kept; `sessions`, their `segments` and
 * `participants_v2` are merged by `id` (an item without one by its content), recursively, and come out
 * in `id` order; other arrays (`media`, `streams`, `modalities`) are taken whole; `null` never
 * outweighs a value. The result does not depend on the order of the arguments, nor on whether they are
 * the same object, and merging it again with any of its inputs changes nothing.
 *
 * When the result holds parts of a lower-ranked record, it says so in the instance annotation
 * `@graphCallRecords.sources` (JSON Pointer, by id inside collections, to `[version, lastModifiedDateTime]`),
 * so that later merges weigh those parts right; keep it when you store a merged record.
 *
 * Neither input is changed; the result may share unchanged parts with them. Records that were not
 * parsed first are checked as they are ranked.
 * @throws {@link CallRecordsMergeError} if the ids differ or are missing, a `version` is not an integer
 * or a `lastModifiedDateTime` not a valid time, or (strict) a version is missing.
 * @public
 */
export function mergeCallRecords(a: CallRecord, b: CallRecord, options?: MergeOptions): CallRecord {
  return mergeRecords(a, b, withModel(options)) as CallRecord
}

/**
 * Adds a page of sessions (the body fetched from `sessions@odata.nextLink`) to its call record: sessions
 * already there are merged, not repeated, and the record's `sessions@odata.nextLink` becomes the page's
 * (absent once the last page is in). Appending every page, in any order, gives the record fetched whole;
 * a page that adds nothing gives the record itself. The record is never changed (a frozen one works).
 * @throws {@link CallRecordsMergeError} if the record cannot be merged or the page has no `value` array.
 * @public
 */
export function appendSessionsPage(record: CallRecord, page: SessionCollectionResponse): CallRecord {
  return appendPage(record, page, 'sessions', GraphModelBeta) as CallRecord
}

/**
 * Adds a page of participants (the body fetched from `participants_v2@odata.nextLink`) to its call
 * record, as {@link appendSessionsPage} does for sessions.
 * @throws {@link CallRecordsMergeError} if the record cannot be merged or the page has no `value` array.
 * @public
 */
export function appendParticipantsPage(record: CallRecord, page: ParticipantCollectionResponse): CallRecord {
  return appendPage(record, page, 'participants_v2', GraphModelBeta) as CallRecord
}

/**
 * A new, empty merger of call records: `add` each record as it comes (it never throws on a bad one,
 * and says whether the merged records changed), then read `records()`, one per call.
 * @example
 * ```ts
 * const merger = createCallRecordMerger()
 * for (const record of records) {
 *   const result = merger.add(record)
 *   if (!result.ok) console.warn(result.error.message)
 * }
 * const perCall = merger.records()
 * ```
 * @public
 */
export function createCallRecordMerger(options?: MergeOptions): CallRecordMerger<CallRecord> {
  return createMerger<CallRecord>(withModel(options))
}

/**
 * Merges many versions of many call records into one record per `id`, in order of first appearance.
 * Time is linear in the input and memory holds one merged record per distinct id; the result is the
 * same for every order of the input. A record that cannot be merged is an error, or with
 * `options.onInvalid` is reported there and left out, so that one broken record does not stop the rest.
 * To feed records one at a time instead, use {@link createCallRecordMerger}.
 * @example
 * ```ts
 * const records = latestCallRecords(notifications.map((n) => parseCallRecord(n)))
 * ```
 * @public
 */
export function latestCallRecords(records: Iterable<CallRecord>, options?: LatestOptions): CallRecord[]
/**
 * Merges an async stream of call-record versions (a paged fetch, a queue) into one record per `id`.
 * @public
 */
export function latestCallRecords(records: AsyncIterable<CallRecord>, options?: LatestOptions): Promise<CallRecord[]>
export function latestCallRecords(records: Iterable<CallRecord> | AsyncIterable<CallRecord>, options?: LatestOptions): CallRecord[] | Promise<CallRecord[]> {
  return latestRecords(records, withModel(options))
}
