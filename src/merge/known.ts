/**
 * What the merge knows of a record: its ranks, read once, and whether it is known to be in normal form.
 * A record met again (the merged record of a call, merged with each new version) is then neither
 * ranked nor walked again. The incremental merger keeps this next to each merged record; for records
 * handed back and forth through `mergeCallRecords`, a weak memory keeps it for every merge result and
 * every input found in normal form. This holds because merged records, and records given to the merge,
 * are immutable values (docs/merging.md); the memory is weak, so it keeps no record alive.
 */
import type { Json } from './own.js'
import { Ranks } from './rank.js'

/** A record, its ranks, and whether it is known to be in normal form (`false`: not known either way). */
export interface Known {
  readonly record: Json
  readonly ranks: Ranks
  readonly normal: boolean
}

/** A record met for the first time: ranked (and so checked), its form not known yet. */
export const meet = (record: Json): Known => ({ record, ranks: Ranks.of(record), normal: false })

/**
 * Normal form depends on which collections are keyed, so each set of keyed collections (each model)
 * has a memory of its own.
 */
const MEMORIES = new WeakMap<ReadonlySet<string>, WeakMap<Json, Known>>()

const memoryOf = (keyed: ReadonlySet<string>): WeakMap<Json, Known> => {
  let memory = MEMORIES.get(keyed)
  if (memory === undefined) MEMORIES.set(keyed, (memory = new WeakMap()))
  return memory
}

/** What is known of `record` when `keyed` names the keyed collections: remembered, or met now. */
export const recall = (keyed: ReadonlySet<string>, record: Json): Known => memoryOf(keyed).get(record) ?? meet(record)

/** Remembers what is known of a record in normal form, for the next merge that meets it. */
export const remember = (keyed: ReadonlySet<string>, known: Known): void => {
  if (known.normal) memoryOf(keyed).set(known.record, known)
}
