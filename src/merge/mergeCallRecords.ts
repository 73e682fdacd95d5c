/**
 * The merge of two versions of one call record. Every part of the result comes from the version that
 * ranks highest among those that have it (rank: `version`, then `lastModifiedDateTime`, then the
 * canonical JSON of the part itself), so the result is a join: commutative, associative, idempotent.
 */
import type { GraphModel } from '../model/types.js'
import { compareCanonical } from './canonicalJson.js'
import { keyedById } from './keyed.js'
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
  /**
   * The model of the records' Graph version: its collections keyed by `id` (`sessions`, `segments`,
   * `participants_v2`) are merged item by item. Each entry point passes its own version's; give
   * another to merge records of a model that differs.
   */
  readonly model?: GraphModel
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

const escape = (key: string): string => (key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key)

const itemsHaveIds = (items: unknown): items is Json[] => Array.isArray(items) && items.every((item) => isObject(item) && typeof item.id === 'string')

const max = (a: Rank, b: Rank): Rank => (compareRanks(a, b) >= 0 ? a : b)

/**
 * Sets `key` of the result, which stays `undefined` (meaning: `w` itself) for as long as every value
 * set is `w`'s own; the first change copies the keys of `w` already passed, all unchanged.
 */
const put = (out: Json | undefined, w: Json, key: string, value: unknown): Json | undefined => {
  if (out === undefined) {
    if (value === w[key]) return undefined
    out = {}
    for (const k in w) {
      if (k === key) break
      const v = w[k]
      if (v !== undefined && k !== SOURCES) out[k] = v
    }
  }
  out[key] = value
  return out
}

/** Whether the items of `xs` and `ys` have the same ids, in increasing order: then they pair up by index. */
const pairedInOrder = (xs: Json[], ys: Json[]): boolean => {
  if (xs.length !== ys.length) return false
  let previous = ''
  for (let i = 0; i < xs.length; i++) {
    const id = xs[i]!.id as string
    if (id !== ys[i]!.id || (i > 0 && id <= previous)) return false
    previous = id
  }
  return true
}

/**
 * Whether merging `l` into the higher-ranked `w` gives `w` itself: `l` has nothing that `w` lacks, and
 * every collection both have is already in `id` order in `w`. One read-only walk of `l`: the usual case
 * (a newer version holds all an older one had) then costs no allocation at all.
 */
const covers = (w: Json, l: Json, byId: ReadonlySet<string>): boolean => {
  for (const key in l) {
    const lv = l[key]
    if (lv === undefined || key.indexOf('@') >= 0) continue
    const wv = w[key]
    // A null stays in the result where w has nothing at all.
    if (lv === null) {
      if (wv === undefined) return false
      continue
    }
    if (wv === undefined || wv === null) return false
    if (typeof lv !== 'object' || typeof wv !== 'object' || lv === wv) continue
    if (byId.has(key) && itemsHaveIds(lv) && itemsHaveIds(wv)) {
      if (!coversById(wv, lv, byId)) return false
    } else if (isObject(lv) && isObject(wv) && !covers(wv, lv, byId)) return false
  }
  return true
}

const coversById = (ws: Json[], ls: Json[], byId: ReadonlySet<string>): boolean => {
  for (let i = 1; i < ws.length; i++) if ((ws[i - 1]!.id as string) >= (ws[i]!.id as string)) return false
  if (pairedInOrder(ws, ls)) return ws.every((w, i) => covers(w, ls[i]!, byId))
  const wById = new Map(ws.map((w) => [w.id as string, w]))
  return ls.every((l) => {
    const w = wById.get(l.id as string)
    return w !== undefined && covers(w, l, byId)
  })
}

class Merger {
  /** The ranks of the result's parts that differ from the rank of their parent part. */
  readonly sources = new Map<string, Rank>()

  constructor(
    private readonly a: Ranks,
    private readonly b: Ranks,
    /** The properties whose collections are merged by `id`, from the model. */
    private readonly byId: ReadonlySet<string>,
  ) {}

  private place(pointer: string, rank: Rank, parent: Rank): void {
    if (!sameRank(rank, parent)) this.sources.set(pointer, rank)
  }

  /** A part taken whole from one side, with what that side knew of the ranks below it. */
  private take(value: unknown, side: Ranks, pointer: string, rank: Rank, parent: Rank): unknown {
    if (side.size === 0 && sameRank(rank, parent)) return value
    this.place(pointer, rank, parent)
    if (side.size > 0) for (const [p, r] of side.below(pointer)) this.sources.set(p, r)
    return value
  }

  /**
   * Two objects merged property by property. The result is the higher-ranked object itself when the
   * merge changes nothing in it (the common case: a later version holds all an earlier one had), so
   * that merging many versions allocates little.
   */
  object(x: Json, y: Json, pointer: string, rx: Rank, ry: Rank, parent: Rank): Json {
    const order = compareRanks(rx, ry)
    const rank = order >= 0 ? rx : ry
    this.place(pointer, rank, parent)
    const [w, l] = order >= 0 ? [x, y] : [y, x]
    let out: Json | undefined
    for (const key in w) {
      if (key === SOURCES) continue
      if (key.indexOf('@') >= 0) {
        // Control information (`@odata.*`, `sessions@odata.nextLink`) is the higher-ranked side's, as a whole.
        const value = w[key]
        if (value === undefined) continue
        out = put(out, w, key, order === 0 && l[key] !== undefined && compareCanonical(value, l[key]) < 0 ? l[key] : value)
      } else {
        const value = this.property(key, x, y, pointer, rx, ry, rank)
        if (value !== undefined) out = put(out, w, key, value)
      }
    }
    for (const key in l) {
      if (key in w || key === SOURCES) continue
      if (key.indexOf('@') >= 0) {
        if (order === 0 && l[key] !== undefined) out = put(out, w, key, l[key])
      } else {
        const value = this.property(key, x, y, pointer, rx, ry, rank)
        if (value !== undefined) out = put(out, w, key, value)
      }
    }
    return out ?? w
  }

  /** The merged value of one property; `undefined` when neither side has it. */
  private property(key: string, x: Json, y: Json, pointer: string, rx: Rank, ry: Rank, rank: Rank): unknown {
    const xv = x[key]
    const yv = y[key]
    const a = this.a
    const b = this.b
    // Pointers are spelled out only when some rank is annotated: most merges need none.
    const p = a.size > 0 || b.size > 0 ? `${pointer}/${escape(key)}` : ''
    const xr = a.size > 0 ? a.at(p, rx) : rx
    const yr = b.size > 0 ? b.at(p, ry) : ry
    if (xv === undefined || xv === null) {
      // Graph's null means "no value": it never outweighs a value, and carries no rank.
      if (yv === undefined || yv === null) return xv === null || yv === null ? null : undefined
      return this.take(yv, b, p || `${pointer}/${escape(key)}`, yr, rank)
    }
    if (yv === undefined || yv === null) return this.take(xv, a, p || `${pointer}/${escape(key)}`, xr, rank)
    if (typeof xv === 'object' && typeof yv === 'object' && xv !== yv) {
      if (this.byId.has(key) && itemsHaveIds(xv) && itemsHaveIds(yv)) return this.collection(xv, yv, p || `${pointer}/${escape(key)}`, xr, yr, rank)
      if (isObject(xv) && isObject(yv)) return this.object(xv, yv, p || `${pointer}/${escape(key)}`, xr, yr, rank)
    }
    const c = compareRanks(xr, yr) || (xv === yv ? 0 : compareCanonical(xv, yv))
    return c >= 0 ? this.take(xv, a, p || `${pointer}/${escape(key)}`, xr, rank) : this.take(yv, b, p || `${pointer}/${escape(key)}`, yr, rank)
  }

  /** Two items of the same record merged into one; what ranks they hold stays that record's. */
  private sameSide(x: Json, y: Json, side: Ranks, pointer: string, parent: Rank): Json {
    const rank = side.size > 0 ? side.at(pointer, parent) : parent
    return new Merger(side, side, this.byId).object(x, y, pointer, rank, rank, rank)
  }

  /**
   * Items merged by `id`, in `id` order so that the result does not depend on the order of the inputs;
   * the higher-ranked array itself when that is what the merge gives.
   */
  private collection(xs: Json[], ys: Json[], pointer: string, rx: Rank, ry: Rank, parent: Rank): Json[] {
    const order = compareRanks(rx, ry)
    const rank = order >= 0 ? rx : ry
    this.place(pointer, rank, parent)
    const w = order >= 0 ? xs : ys
    let pairs: [Json | undefined, Json | undefined][]
    if (pairedInOrder(xs, ys)) pairs = xs.map((x, i) => [x, ys[i]])
    else {
      const byId = new Map<string, [Json | undefined, Json | undefined]>()
      const add = (item: Json, side: 0 | 1) => {
        const id = item.id as string
        const pair = byId.get(id) ?? [undefined, undefined]
        const seen = pair[side]
        // Two items of one record with the same id (Graph has sent such participants) are one item:
        // merged with each other at their record's rank, so that neither is lost.
        pair[side] = seen === undefined ? item : this.sameSide(seen, item, side === 0 ? this.a : this.b, `${pointer}/${escape(id)}`, side === 0 ? rx : ry)
        byId.set(id, pair)
      }
      for (const item of xs) add(item, 0)
      for (const item of ys) add(item, 1)
      pairs = [...byId.keys()].sort().map((id) => byId.get(id)!)
    }
    const out = new Array<Json>(pairs.length)
    let same = w.length === pairs.length
    for (let i = 0; i < pairs.length; i++) {
      const [x, y] = pairs[i]!
      const id = (x ?? y)!.id as string
      const p = `${pointer}/${escape(id)}`
      const xr = this.a.size > 0 ? this.a.at(p, rx) : rx
      const yr = this.b.size > 0 ? this.b.at(p, ry) : ry
      const item = x && y ? this.object(x, y, p, xr, yr, rank) : ((x ? this.take(x, this.a, p, xr, rank) : this.take(y, this.b, p, yr, rank)) as Json)
      out[i] = item
      if (same && item !== w[i]) same = false
    }
    return same ? w : out
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
  if (options?.model === undefined) throw new TypeError('mergeCallRecords: the model of the records\' Graph version is missing')
  const byId = keyedById(options.model)
  const merger = new Merger(ra, rb, byId)
  const root = max(ra.root, rb.root)
  const order = compareRanks(ra.root, rb.root)
  const [w, l] = order >= 0 ? [x, y] : [y, x]
  const merged = order !== 0 && ra.size === 0 && rb.size === 0 && covers(w, l, byId) ? w : merger.object(x, y, '', ra.root, rb.root, root)
  const stated: Rank = [typeof merged.version === 'number' ? merged.version : null, typeof merged.lastModifiedDateTime === 'string' ? merged.lastModifiedDateTime : null]
  if (!sameRank(stated, root)) merger.sources.set('', root)
  const sources = merger.sources.size > 0 ? Object.fromEntries([...merger.sources].sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))) : undefined
  // The result may be one of the inputs itself: it is only returned as it is when its annotation is already right.
  if ((merged === x || merged === y) && compareCanonical(merged[SOURCES], sources) === 0) return merged as T
  const { [SOURCES]: _, ...out } = merged
  if (sources) out[SOURCES] = sources
  return out as T
}
