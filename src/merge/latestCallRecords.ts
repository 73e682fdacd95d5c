/**
 * One merged record per call from any number of versions, in any order: the fold of
 * {@link mergeCallRecords} over each id's versions.
 */
import { mergeCallRecords, type MergeOptions } from './mergeCallRecords.js'
import { CallRecordsMergeError } from './mergeError.js'

const add = <T extends object>(latest: Map<string, T>, record: T, index: number, options?: MergeOptions): void => {
  const id = (record as { id?: unknown }).id
  if (typeof id !== 'string') throw new CallRecordsMergeError(`cannot merge: record ${index} has no id`)
  const seen = latest.get(id)
  latest.set(id, seen === undefined ? record : mergeCallRecords(seen, record, options))
}

/**
 * Merges many versions of many call records into one record per `id`, in order of first appearance.
 * Time is linear in the input and memory holds one merged record per distinct id; the result is the
 * same for every order of the input.
 * @example
 * ```ts
 * const records = latestCallRecords(notifications.map((n) => parseCallRecord(n)))
 * ```
 * @public
 */
export function latestCallRecords<T extends object>(records: Iterable<T>, options?: MergeOptions): T[]
/**
 * Merges an async stream of call-record versions (a paged fetch, a queue) into one record per `id`.
 * @public
 */
export function latestCallRecords<T extends object>(records: AsyncIterable<T>, options?: MergeOptions): Promise<T[]>
export function latestCallRecords<T extends object>(records: Iterable<T> | AsyncIterable<T>, options?: MergeOptions): T[] | Promise<T[]> {
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
