/**
 * The rank of what a record says: its `version`, then the instant of its `lastModifiedDateTime`. A
 * merged record keeps, in the annotation `@graphCallRecords.sources`, the rank of every part that came
 * from a record ranked below it, so that merging again weighs each part by the record it came from.
 * That is what makes the merge associative: without it, a property kept from version 1 would pass for
 * version 3 in the next merge.
 */
import { parseTimestamp } from '../time/timestamp.js'
import { CallRecordsMergeError } from './mergeError.js'
import { isObject, own, type Json } from './own.js'

/**
 * `[version, lastModifiedDateTime]`, the time in canonical UTC form (so that text order is instant
 * order); `null` where the record had none (lower than any value).
 */
export type Rank = readonly [version: number | null, lastModifiedDateTime: string | null]

/** The instance annotation that carries the ranks of the parts of a merged record, by JSON Pointer. */
export const SOURCES = '@graphCallRecords.sources'

export const compareRanks = (a: Rank, b: Rank): number => {
  if (a[0] !== b[0]) return a[0] === null ? -1 : b[0] === null ? 1 : a[0] - b[0]
  if (a[1] !== b[1]) return a[1] === null ? -1 : b[1] === null ? 1 : a[1] < b[1] ? -1 : 1
  return 0
}

export const sameRank = (a: Rank, b: Rank): boolean => a[0] === b[0] && a[1] === b[1]

/** A version as merge ranks it: a finite integer, or `null` for none; `undefined` when it is neither. */
const versionOf = (value: unknown): number | null | undefined =>
  value === undefined || value === null ? null : Number.isSafeInteger(value) ? (value as number) : undefined

/** A time as merge ranks it: the canonical UTC form, or `null` for none; `undefined` when it is not a valid one. */
const instantOf = (value: unknown): string | null | undefined => {
  if (value === undefined || value === null) return null
  const canonical = typeof value === 'string' ? parseTimestamp(value) : undefined
  return typeof canonical === 'string' ? canonical : undefined
}

/**
 * The rank a record states by its own fields, checked whatever the input: a parsed record passes, an
 * unparsed one with a version or time merge cannot order is an error rather than a silent order.
 */
export const statedRank = (record: Json): Rank => {
  const version = versionOf(own(record, 'version'))
  if (version === undefined)
    throw new CallRecordsMergeError(
      `cannot merge: the call record "${String(own(record, 'id'))}" has a version that is not an integer: ${JSON.stringify(own(record, 'version')) ?? typeof own(record, 'version')}`,
    )
  const modified = instantOf(own(record, 'lastModifiedDateTime'))
  if (modified === undefined)
    throw new CallRecordsMergeError(
      `cannot merge: the call record "${String(own(record, 'id'))}" has a lastModifiedDateTime that is not a valid Edm.DateTimeOffset: ${JSON.stringify(own(record, 'lastModifiedDateTime')) ?? typeof own(record, 'lastModifiedDateTime')}`,
    )
  return [version, modified]
}

/** An entry of the annotation read as a rank; `undefined` for one that is not a rank (it is ignored). */
const rankOf = (value: unknown): Rank | undefined => {
  if (!Array.isArray(value) || value.length !== 2) return undefined
  const version = versionOf(value[0])
  const modified = instantOf(value[1])
  return version === undefined || modified === undefined ? undefined : [version, modified]
}

/** The parts of a record without annotation: shared, never written. */
const NO_PARTS: ReadonlyMap<string, Rank> = new Map()

/**
 * The ranks a record states for its parts, and its own rank (its fields, unless the annotation says
 * otherwise). The annotation is read once, into pointers in sorted order, so that the parts below a
 * pointer are found by a binary search: a merge costs near-linear time in the size of the annotation.
 */
export class Ranks {
  readonly root: Rank
  private sorted: string[] | undefined

  private constructor(
    /** The rank the record's own fields state. */
    readonly stated: Rank,
    private readonly parts: ReadonlyMap<string, Rank>,
  ) {
    this.root = parts.get('') ?? stated
  }

  /** The ranks `record` states: its fields, checked, and its annotation, whose unreadable entries are ignored. */
  static of(record: Json): Ranks {
    const annotation = own(record, SOURCES)
    let parts = NO_PARTS
    if (isObject(annotation)) {
      const read = new Map<string, Rank>()
      for (const pointer of Object.keys(annotation)) {
        const rank = rankOf(annotation[pointer])
        if (rank !== undefined) read.set(pointer, rank)
      }
      if (read.size > 0) parts = read
    }
    return new Ranks(statedRank(record), parts)
  }

  /**
   * The ranks of a record the merge has just built: `stated` read from its fields, `parts` exactly what
   * its annotation holds (valid ranks, each already in canonical form). Reading the annotation back
   * would give the same.
   */
  static built(stated: Rank, parts: ReadonlyMap<string, Rank>): Ranks {
    return new Ranks(stated, parts.size > 0 ? parts : NO_PARTS)
  }

  /** The rank of the part at `pointer`: the nearest annotated ancestor's, or the record's. */
  at(pointer: string, inherited: Rank): Rank {
    return this.parts.get(pointer) ?? inherited
  }

  /** The annotations strictly below `pointer`, to carry along with a part taken whole. */
  below(pointer: string): [string, Rank][] {
    const sorted = (this.sorted ??= [...this.parts.keys()].sort())
    const prefix = `${pointer}/`
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (sorted[middle]! < prefix) low = middle + 1
      else high = middle
    }
    const out: [string, Rank][] = []
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push([sorted[i]!, this.parts.get(sorted[i]!)!])
    return out
  }

  get size(): number {
    return this.parts.size
  }
}
