/**
 * One merged record per call from any number of versions, in any order: the fold of the merge over
 * each id's versions, by a {@link CallRecordMerger}.
 */
import { createMerger, type CallRecordMerger } from './callRecordMerger.js'
import { type MergeOptions } from './mergeCallRecords.js'
import { CallRecordsMergeError } from './mergeError.js'

/**
 * How `latestCallRecords` merges, and what it does with a record it cannot merge.
 * @public
 */
export interface LatestOptions extends MergeOptions {
  /**
   * Called with each record that cannot be merged (no `id`; a `version` or `lastModifiedDateTime` that
   * cannot be ranked; in strict mode, no `version`), which is then left out while the others are
   * merged. Without it, such a record is an error.
   */
  readonly onInvalid?: (error: CallRecordsMergeError, record: unknown, index: number) => void
}

const add = <T>(merger: CallRecordMerger<T>, record: T, index: number, options?: LatestOptions): void => {
  const result = merger.add(record)
  if (result.ok) return
  const error = new CallRecordsMergeError(result.error.message.replace('the record', `record ${index}`))
  if (options?.onInvalid === undefined) throw error
  options.onInvalid(error, record, index)
}

/** The fold behind each entry point's `latestCallRecords`, which gives `options.model`. */
export function latestRecords<T extends object>(records: Iterable<T> | AsyncIterable<T>, options: LatestOptions): T[] | Promise<T[]> {
  const merger = createMerger<T>(options)
  if (Symbol.asyncIterator in records) {
    return (async () => {
      let index = 0
      for await (const record of records) add(merger, record, index++, options)
      return merger.records()
    })()
  }
  let index = 0
  for (const record of records) add(merger, record, index++, options)
  return merger.records()
}
