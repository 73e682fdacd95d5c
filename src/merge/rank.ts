/**
 * The rank of what a record says: its `version`, then its `lastModifiedDateTime`. A merged record keeps,
 * in the annotation `@graphCallRecords.sources`, the rank of every part that came from a record ranked
 * below it, so that merging again weighs each part by the record it came from. That is what makes the
 * merge associative: without it, a property kept from version 1 would pass for version 3 in the next merge.
 */

/** `[version, lastModifiedDateTime]`; `null` where the record had none (lower than any value). */
export type Rank = readonly [version: number | null, lastModifiedDateTime: string | null]

/** The instance annotation that carries the ranks of the parts of a merged record, by JSON Pointer. */
export const SOURCES = '@graphCallRecords.sources'

export const compareRanks = (a: Rank, b: Rank): number => {
  if (a[0] !== b[0]) return a[0] === null ? -1 : b[0] === null ? 1 : a[0] - b[0]
  if (a[1] !== b[1]) return a[1] === null ? -1 : b[1] === null ? 1 : a[1] < b[1] ? -1 : 1
  return 0
}

export const sameRank = (a: Rank, b: Rank): boolean => a[0] === b[0] && a[1] === b[1]

/** The ranks a record states for its parts, and its own rank (its fields, unless the annotation says otherwise). */
export class Ranks {
  readonly root: Rank
  private readonly parts: ReadonlyMap<string, Rank>

  constructor(record: Record<string, unknown>) {
    const annotation = record[SOURCES]
    const parts = new Map<string, Rank>()
    if (annotation !== null && typeof annotation === 'object' && !Array.isArray(annotation)) {
      for (const [pointer, rank] of Object.entries(annotation as Record<string, unknown>)) {
        if (Array.isArray(rank) && rank.length === 2 && (rank[0] === null || typeof rank[0] === 'number') && (rank[1] === null || typeof rank[1] === 'string'))
          parts.set(pointer, [rank[0], rank[1]])
      }
    }
    this.parts = parts
    const version = typeof record.version === 'number' ? record.version : null
    const modified = typeof record.lastModifiedDateTime === 'string' ? record.lastModifiedDateTime : null
    this.root = parts.get('') ?? [version, modified]
  }

  /** The rank of the part at `pointer`: the nearest annotated ancestor's, or the record's. */
  at(pointer: string, inherited: Rank): Rank {
    return this.parts.get(pointer) ?? inherited
  }

  /** The annotations strictly below `pointer`, to carry along with a part taken whole. */
  below(pointer: string): [string, Rank][] {
    const prefix = `${pointer}/`
    return [...this.parts].filter(([p]) => p.startsWith(prefix))
  }

  get size(): number {
    return this.parts.size
  }
}
