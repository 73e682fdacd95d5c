/**
 * One merged record per call from any number of versions, in any order: the fold of
 * {@link mergeCallRecords} over each id's versions.
 */
import { mergeCallRecords, type MergeOptions } from './mergeCallRecords.js'
import { CallRecordsMergeError } from './mergeError.js'

/**
 * How {@link (latestCallRecords:1)} merges, and what it does with a record it cannot merge.
 * @public
 */
export interface LatestOptions extends MergeOptions {
  /**
   * Called with each record that cannot be merged (no `id`; in strict mode, no `version`), which is
   * then left out while the others are merged. Without it, such a record is an error.
   */
  readonly onInvalid?: (error: CallRecordsMergeError, record: unknown, index: number) => void
}

const add = <T extends object>(latest: Map<string, T>, record: T, index: number, options?: LatestOptions): void => {
  try {
    const id = (record as { id?: unknown } | null)?.id
    if (typeof id !== 'string') throw new CallRecordsMergeError(`cannot merge: record ${index} has no id`)
    const seen = latest.get(id)
    // Merged with itself, a record is checked just as it is merged with another.
    latest.set(id, mergeCallRecords(seen ?? record, record, options))
  } catch (error) {
    if (!(error instanceof CallRecordsMergeError) || options?.onInvalid === undefined) throw error
    options.onInvalid(error, record, index)
  }
}

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
  const latest = new Map<string, T>()
  if (Symbol.asyncIterator in records) {
    return (async () => {
      let index = 0
      for await (const record of records) add(latest, record, index++, options)
      return [...latest.values()]
    })()
  }
  let index = 0
  for (const record of records) add(latest, record, index++, options)
  return [...latest.values()]
}
