/**
 * One merged record per call id, built as records arrive: `add(record)`, then `records()` in order of
 * first appearance. It is the fold `latestCallRecords` does, with the shape of an incremental merger
 * (`add`, `records`), so that the command reads the same whichever one it uses; the merge command
 * creates it in one place ({@link createMerger}).
 */
import { mergeCallRecords, type MergeOptions } from '../merge/index.js'

type Json = Record<string, unknown>

/** Takes call-record versions one at a time; hands back one merged record per id. */
export interface Merger {
  /** Merges `record` into the record of its id; throws `CallRecordsMergeError` when it cannot be merged (it is then left out). */
  add(record: Json): void
  /** The merged records, in order of first appearance of their ids. */
  records(): Iterable<Json>
}

export const createMerger = (options: MergeOptions): Merger => {
  const latest = new Map<string, Json>()
  return {
    add(record) {
      const id = record.id as string
      const seen = latest.get(id)
      // Merged with itself, a record is checked just as it is merged with another.
      latest.set(id, mergeCallRecords(seen ?? record, record, options))
    },
    records: () => latest.values(),
  }
}
