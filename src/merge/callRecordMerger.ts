/**
 * One merged record per call, fed one record at a time: what `latestCallRecords` folds with, and what
 * a reader that gets records one by one (the command line, a queue consumer) calls directly.
 */
import { meet, remember, type Known } from './known.js'
import { check, keyedOf, mergeKnown, type MergeOptions } from './mergeCallRecords.js'
import { CallRecordsMergeError } from './mergeError.js'
import { isObject, own } from './own.js'

/**
 * What {@link CallRecordMerger.add} did with a record: taken (`changed` says whether the merged record
 * of its call is now different), or refused, with the reason.
 * @public
 */
export type CallRecordMergerResult = { readonly ok: true; readonly changed: boolean } | { readonly ok: false; readonly error: CallRecordsMergeError }

/**
 * Merges call records as they come, keeping one merged record per `id`. Memory holds one record per
 * distinct id; the records it gives do not depend on the order in which they were added.
 * @public
 */
export interface CallRecordMerger<T> {
  /**
   * Merges `record` into the record of its call. Never throws on a bad record: one without `id`, with
   * a version or time that cannot be ranked, or (strict mode) without `version` is refused, the merged
   * records stay as they were, and the result says why. `changed` is `false` when the record adds
   * nothing (a re-delivery, or an older version already covered).
   */
  add(record: T): CallRecordMergerResult
  /** The merged records, one per `id`, in order of the first appearance of each id. */
  records(): T[]
  /** How many distinct calls have been merged. */
  readonly size: number
}

/** The results of a record taken: shared, since they carry nothing else. */
const CHANGED: CallRecordMergerResult = Object.freeze({ ok: true, changed: true })
const UNCHANGED: CallRecordMergerResult = Object.freeze({ ok: true, changed: false })

/**
 * A new, empty {@link CallRecordMerger}, with the untyped records of any version; each entry point's
 * `createCallRecordMerger` types it with that version's `CallRecord`. Next to each merged record it
 * keeps what the merge knows of it (its ranks, its normal form), so that merging the next version
 * neither ranks nor walks it again.
 */
export const createMerger = <T>(options?: MergeOptions): CallRecordMerger<T> => {
  const keyed = keyedOf(options)
  const latest = new Map<string, Known>()
  return {
    add(record: T): CallRecordMergerResult {
      try {
        const id = isObject(record) ? own(record, 'id') : undefined
        if (typeof id !== 'string') throw new CallRecordsMergeError('cannot merge: the record has no id')
        const seen = latest.get(id)
        const met = meet(check(record, options, 'added'))
        // Merged with itself, a record is checked and put into normal form just as it is merged with another.
        const merged = mergeKnown(keyed, seen ?? met, met)
        latest.set(id, merged)
        return merged.record !== seen?.record ? CHANGED : UNCHANGED
      } catch (error) {
        if (error instanceof CallRecordsMergeError) return { ok: false, error }
        throw error
      }
    },
    records: () => {
      const out: T[] = []
      // What is given may come back through mergeCallRecords: it is then known, not walked again.
      for (const known of latest.values()) {
        remember(keyed, known)
        out.push(known.record as T)
      }
      return out
    },
    get size() {
      return latest.size
    },
  }
}
