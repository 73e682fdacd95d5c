/**
 * The merge of two versions of one call record. Every part of the result comes from the version that
 * ranks highest among those that have it (rank: `version`, then `lastModifiedDateTime`, then the
 * canonical JSON of the part itself), so the result is a join: commutative, associative, idempotent.
 */
import { compareCanonical } from './canonicalJson.js'
import { CallRecordsMergeError } from './mergeError.js'
import { compareRanks, Ranks, sameRank, SOURCES, type Rank } from './rank.js'

/**
 * How to merge.
 * @public
 */
export interface MergeOptions {
  /**
   * `'lenient'` (the default): a record without `version` ranks below every record with one.
   * `'strict'`: a record without `version` is an error.
   */
  readonly mode?: 'lenient' | 'strict'
}

/** The navigation collections whose items are merged by `id`; any other array is one value. */
const BY_ID = new Set(['sessions', 'segments', 'participants_v2'])

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

const escape = (key: string): string => (key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key)

const keyedById = (items: unknown): items is Json[] => Array.isArray(items) && items.every((item) => isObject(item) && typeof item.id === 'string')

const max = (a: Rank, b: Rank): Rank => (compareRanks(a, b) >= 0 ? a : b)

class Merger {
  /** The ranks of the result's parts that differ from the rank of their parent part. */
  readonly sources = new Map<string, Rank>()

  constructor(
    private readonly a: Ranks,
    private readonly b: Ranks,
  ) {}

  private place(pointer: string, rank: Rank, parent: Rank): void {
    if (!sameRank(rank, parent)) this.sources.set(pointer, rank)
  }

  /** A part taken whole from one side, with what that side knew of the ranks below it. */
  private take(value: unknown, side: Ranks, pointer: string, rank: Rank, parent: Rank): unknown {
    this.place(pointer, rank, parent)
    if (side.size > 0) for (const [p, r] of side.below(pointer)) this.sources.set(p, r)
    return value
  }

  object(x: Json, y: Json, pointer: string, rx: Rank, ry: Rank, parent: Rank): Json {
    const order = compareRanks(rx, ry)
    const rank = order >= 0 ? rx : ry
    this.place(pointer, rank, parent)
    const out: Json = {}
    // Control information (`@odata.*`, `sessions@odata.nextLink`) is the higher-ranked side's, as a whole.
    const control = (source: Json) => {
      for (const key of Object.keys(source)) {
        if (key.indexOf('@') < 0 || key === SOURCES) continue
        const value = source[key]
        if (value === undefined) continue
        const other = source === x ? y[key] : x[key]
        if (order === 0 && other !== undefined && compareCanonical(value, other) < 0) continue
        out[key] = value
      }
    }
    if (order >= 0) control(x)
    if (order <= 0) control(y)
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
      if (key.indexOf('@') >= 0) continue
      const xv = x[key]
      const yv = y[key]
      const p = `${pointer}/${escape(key)}`
      if (xv === undefined || xv === null) {
        if (yv === undefined || yv === null) {
          // Graph's null means "no value": it never outweighs a value, and carries no rank.
          if (xv === null || yv === null) out[key] = null
        } else out[key] = this.take(yv, this.b, p, this.b.at(p, ry), rank)
        continue
      }
      if (yv === undefined || yv === null) {
        out[key] = this.take(xv, this.a, p, this.a.at(p, rx), rank)
        continue
      }
      const xr = this.a.at(p, rx)
      const yr = this.b.at(p, ry)
      if (BY_ID.has(key) && keyedById(xv) && keyedById(yv)) out[key] = this.collection(xv, yv, p, xr, yr, rank)
      else if (isObject(xv) && isObject(yv)) out[key] = this.object(xv, yv, p, xr, yr, rank)
      else {
        const c = compareRanks(xr, yr) || compareCanonical(xv, yv)
        out[key] = c >= 0 ? this.take(xv, this.a, p, xr, rank) : this.take(yv, this.b, p, yr, rank)
      }
    }
    return out
  }

  /** Items merged by `id`, in `id` order so that the result does not depend on the order of the inputs. */
  private collection(xs: Json[], ys: Json[], pointer: string, rx: Rank, ry: Rank, parent: Rank): Json[] {
    const rank = max(rx, ry)
    this.place(pointer, rank, parent)
    const byId = new Map<string, [Json | undefined, Json | undefined]>()
    for (const item of xs) byId.set(item.id as string, [item, byId.get(item.id as string)?.[1]])
    for (const item of ys) byId.set(item.id as string, [byId.get(item.id as string)?.[0], item])
    const ids = [...byId.keys()].sort()
    return ids.map((id) => {
      const [x, y] = byId.get(id)!
      const p = `${pointer}/${escape(id)}`
      if (x && y) return this.object(x, y, p, this.a.at(p, rx), this.b.at(p, ry), rank)
      return (x ? this.take(x, this.a, p, this.a.at(p, rx), rank) : this.take(y, this.b, p, this.b.at(p, ry), rank)) as Json
    })
  }
}

const check = (record: unknown, options: MergeOptions | undefined, which: string): Json => {
  if (!isObject(record) || typeof record.id !== 'string') throw new CallRecordsMergeError(`cannot merge: the ${which} record has no id`)
  if (options?.mode === 'strict' && typeof record.version !== 'number')
    throw new CallRecordsMergeError(`cannot merge in strict mode: the call record "${record.id}" has no version`)
  return record
}

/**
 * Merges two versions of the same call record (same `id`) into one. Every property comes from the
 * record with the higher `version` (then the later `lastModifiedDateTime`, then a stable order of the
 * values); a property that only one record has is kept; `sessions`, their `segments` and
 * `participants_v2` are merged by `id`, recursively, and come out in `id` order; other arrays (`media`,
 * `streams`, `modalities`) are taken whole; `null` never outweighs a value. The result does not depend
 * on the order of the arguments, and merging it again with any of its inputs changes nothing.
 *
 * When the result holds parts of a lower-ranked record, it says so in the instance annotation
 * `@graphCallRecords.sources` (JSON Pointer, by id inside collections, to `[version, lastModifiedDateTime]`),
 * so that later merges weigh those parts right; keep it when you store a merged record.
 *
 * Neither input is changed; the result may share unchanged parts with them.
 * @throws {@link CallRecordsMergeError} if the ids differ or are missing, or (strict) a version is missing.
 * @public
 */
export const mergeCallRecords = <T extends object>(a: T, b: T, options?: MergeOptions): T => {
  const x = check(a, options, 'first')
  const y = check(b, options, 'second')
  if (x.id !== y.id) throw new CallRecordsMergeError(`cannot merge different call records: "${x.id}" and "${y.id}"`)
  if (a === b) return a
  const ra = new Ranks(x)
  const rb = new Ranks(y)
  const merger = new Merger(ra, rb)
  const root = max(ra.root, rb.root)
  const out = merger.object(x, y, '', ra.root, rb.root, root)
  const stated: Rank = [typeof out.version === 'number' ? out.version : null, typeof out.lastModifiedDateTime === 'string' ? out.lastModifiedDateTime : null]
  if (!sameRank(stated, root)) merger.sources.set('', root)
  if (merger.sources.size > 0) out[SOURCES] = Object.fromEntries([...merger.sources].sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)))
  return out as T
}
