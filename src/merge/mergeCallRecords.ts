/**
 * The merge of two versions of one call record. Every part of the result comes from the version that
 * ranks highest among those that have it (rank: `version`, then the instant of `lastModifiedDateTime`,
 * then the canonical JSON of the part itself), so the result is a join: commutative, associative,
 * idempotent. It is built from own properties only, so no data key reaches a prototype.
 */
import { compareCanonical } from './canonicalJson.js'
import { escapeJsonPointer } from '../parse/jsonPointer.js'
import { compareItemKeys, idOf, itemKey } from './itemKey.js'
import type { GraphModel } from '../model/types.js'
import { keyedById } from './keyed.js'
import { CallRecordsMergeError } from './mergeError.js'
import { recall, remember, type Known } from './known.js'
import { isNormal, isNormalObject } from './normalForm.js'
import { isObject, own, setOwn, type Json } from './own.js'
import { compareRanks, Ranks, sameRank, SOURCES, statedRank, type Rank } from './rank.js'

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
   * The model whose collections keyed by `id` are merged item by item. Each entry point gives its own
   * version's (`GraphModelV1`, `GraphModelBeta`); another model (from a changed CSDL) may be given.
   */
  readonly model?: GraphModel
}

const max = (a: Rank, b: Rank): Rank => (compareRanks(a, b) >= 0 ? a : b)

/** No annotations and no rank: the view of a value that is only put into normal form. */
const UNRANKED = Ranks.of({})

/**
 * Whether merging `l` into the higher-ranked `w` gives `w` itself: `l` has nothing that `w` lacks (the
 * caller checks that `w` is in normal form). One read-only walk: the usual case (a newer version holds
 * all an older one had) then costs no allocation at all.
 *
 * `l`'s keys are read with `for…in` (no array of keys, each value read by its slot). An inherited
 * enumerable key it may also meet is only one more thing `w` must hold: it can turn the answer to
 * "no", never to "yes", and "no" takes the full merge, which reads own keys only. `w`'s values are
 * read as own properties, since an inherited one (`constructor`) must not pass for data.
 */
const covers = (keyed: ReadonlySet<string>, w: Json, l: Json): boolean => {
  for (const key in l) {
    const lv = l[key]
    if (lv === undefined || key.includes('@')) continue
    const wv = own(w, key)
    // A null stays in the result where w has nothing at all.
    if (lv === null) {
      if (wv === undefined) return false
      continue
    }
    if (wv === undefined || wv === null) return false
    if (typeof lv !== 'object' || typeof wv !== 'object' || lv === wv) continue
    if (Array.isArray(lv)) {
      if (Array.isArray(wv) && keyed.has(key) && !coversItems(keyed, wv, lv)) return false
    } else if (isObject(wv) && !covers(keyed, wv, lv as Json)) return false
  }
  return true
}

const coversItems = (keyed: ReadonlySet<string>, ws: readonly unknown[], ls: readonly unknown[]): boolean => {
  // The usual case: the same items in the same order, paired by index without a map.
  if (samePlaces(ws, ls)) {
    for (let i = 0; i < ws.length; i++) if (!coversItem(keyed, ws[i], ls[i])) return false
    return true
  }
  const byKey = new Map<string, unknown>()
  for (const w of ws) byKey.set(itemKey(w), w)
  for (const l of ls) {
    const key = itemKey(l)
    if (!byKey.has(key) || !coversItem(keyed, byKey.get(key), l)) return false
  }
  return true
}

/** Whether two collections hold items with the same keys at the same places, by id when both have one. */
const samePlaces = (ws: readonly unknown[], ls: readonly unknown[]): boolean => {
  if (ws.length !== ls.length) return false
  for (let i = 0; i < ws.length; i++) {
    const id = idOf(ws[i])
    if (id !== undefined ? id !== idOf(ls[i]) : itemKey(ws[i]) !== itemKey(ls[i])) return false
  }
  return true
}

const coversItem = (keyed: ReadonlySet<string>, w: unknown, l: unknown): boolean => {
  if (!isObject(l)) return true
  if (!Object.hasOwn(l, 'id') && !isNormalObject(keyed, l)) return false
  return !isObject(w) || covers(keyed, w, l)
}

class Merger {
  /** The ranks of the result's parts that differ from the rank of their parent part. */
  readonly sources = new Map<string, Rank>()

  constructor(
    private readonly a: Ranks,
    private readonly b: Ranks,
    /** The properties whose arrays are merged item by item. */
    private readonly keyed: ReadonlySet<string>,
  ) {}

  private place(pointer: string, rank: Rank, parent: Rank): void {
    if (!sameRank(rank, parent)) this.sources.set(pointer, rank)
  }

  /** A part taken whole from one side, with what that side knew of the ranks below it, in normal form. */
  private take(property: string, value: unknown, side: Ranks, pointer: string, rank: Rank, parent: Rank): unknown {
    this.place(pointer, rank, parent)
    if (side.size > 0) for (const [p, r] of side.below(pointer)) this.sources.set(p, r)
    if (value === null || typeof value !== 'object' || isNormal(this.keyed, property, value)) return value
    // Merged with itself, the part comes out in normal form; its ranks are the side's, already carried.
    const self = new Merger(side, side, this.keyed)
    return Array.isArray(value)
      ? self.collection(value, value, pointer, rank, rank, rank)
      : self.object(value as Json, value as Json, pointer, rank, rank, rank)
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
    const keys = Object.keys(w)
    let out: Json | undefined
    /** Sets `key` of the result, which stays `w` itself for as long as every value set is `w`'s own. */
    const put = (index: number, key: string, value: unknown): void => {
      if (out === undefined) {
        if (value === own(w, key)) return
        out = {}
        for (let i = 0; i < index; i++) {
          const k = keys[i]!
          if (w[k] !== undefined && k !== SOURCES) setOwn(out, k, w[k])
        }
      }
      setOwn(out, key, value)
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      if (key === SOURCES) continue
      if (key.includes('@')) {
        // Control information (`@odata.*`, `sessions@odata.nextLink`) is the higher-ranked side's, as a whole.
        const value = w[key]
        if (value === undefined) continue
        const other = own(l, key)
        put(i, key, order === 0 && other !== undefined && compareCanonical(value, other) < 0 ? other : value)
      } else {
        const value = this.property(key, x, y, pointer, rx, ry, rank)
        if (value !== undefined) put(i, key, value)
      }
    }
    for (const key of Object.keys(l)) {
      if (Object.hasOwn(w, key) || key === SOURCES) continue
      if (key.includes('@')) {
        if (order === 0 && l[key] !== undefined) put(keys.length, key, l[key])
      } else {
        const value = this.property(key, x, y, pointer, rx, ry, rank)
        if (value !== undefined) put(keys.length, key, value)
      }
    }
    return out ?? w
  }

  /** The merged value of one property; `undefined` when neither side has it. */
  private property(key: string, x: Json, y: Json, pointer: string, rx: Rank, ry: Rank, rank: Rank): unknown {
    const xv = own(x, key)
    const yv = own(y, key)
    const p = `${pointer}/${escapeJsonPointer(key)}`
    const xr = this.a.size > 0 ? this.a.at(p, rx) : rx
    const yr = this.b.size > 0 ? this.b.at(p, ry) : ry
    if (xv === undefined || xv === null) {
      // Graph's null means "no value": it never outweighs a value, and carries no rank.
      if (yv === undefined || yv === null) return xv === null || yv === null ? null : undefined
      return this.take(key, yv, this.b, p, yr, rank)
    }
    if (yv === undefined || yv === null) return this.take(key, xv, this.a, p, xr, rank)
    if (typeof xv === 'object' && typeof yv === 'object') {
      if (this.keyed.has(key) && Array.isArray(xv) && Array.isArray(yv)) return this.collection(xv, yv, p, xr, yr, rank)
      if (isObject(xv) && isObject(yv)) return this.object(xv, yv, p, xr, yr, rank)
    }
    const c = compareRanks(xr, yr) || (xv === yv ? 0 : compareCanonical(xv, yv))
    return c >= 0 ? this.take(key, xv, this.a, p, xr, rank) : this.take(key, yv, this.b, p, yr, rank)
  }

  /** Two items of one side with the same key merged into one; what ranks they hold stays that side's. */
  private sameSide(x: unknown, y: unknown, side: Ranks, pointer: string, parent: Rank): unknown {
    if (!isObject(x) || !isObject(y)) return compareCanonical(x, y) >= 0 ? x : y
    const rank = side.size > 0 ? side.at(pointer, parent) : parent
    return new Merger(side, side, this.keyed).object(x, y, pointer, rank, rank, rank)
  }

  /**
   * Items merged by key (`id`, or the content of an item without one), in key order so that the result
   * does not depend on the order of the inputs; the higher-ranked array itself when that is what the
   * merge gives.
   */
  collection(xs: readonly unknown[], ys: readonly unknown[], pointer: string, rx: Rank, ry: Rank, parent: Rank): unknown[] {
    const order = compareRanks(rx, ry)
    const rank = order >= 0 ? rx : ry
    this.place(pointer, rank, parent)
    const w = order >= 0 ? xs : ys
    const byKey = new Map<string, [unknown, unknown]>()
    const add = (raw: unknown, side: 0 | 1): void => {
      // An item without id is known by its content, once in normal form: equal items are then one.
      const item =
        isObject(raw) && !Object.hasOwn(raw, 'id') && !isNormalObject(this.keyed, raw)
          ? new Merger(UNRANKED, UNRANKED, this.keyed).object(raw, raw, '', UNRANKED.root, UNRANKED.root, UNRANKED.root)
          : raw
      const key = itemKey(item)
      let pair = byKey.get(key)
      if (pair === undefined) byKey.set(key, (pair = [undefined, undefined]))
      const seen = pair[side]
      // Two items of one record with the same key (Graph has sent such participants) are one item:
      // merged with each other at their record's rank, so that neither is lost.
      pair[side] = seen === undefined ? item : this.sameSide(seen, item, side === 0 ? this.a : this.b, `${pointer}/${key}`, side === 0 ? rx : ry)
    }
    for (const item of xs) add(item, 0)
    for (const item of ys) add(item, 1)
    const keys = [...byKey.keys()].sort(compareItemKeys)
    const out = new Array<unknown>(keys.length)
    let same = w.length === keys.length
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      const [x, y] = byKey.get(key)!
      const p = `${pointer}/${key}`
      const xr = this.a.size > 0 ? this.a.at(p, rx) : rx
      const yr = this.b.size > 0 ? this.b.at(p, ry) : ry
      let item: unknown
      if (x !== undefined && y !== undefined) {
        if (isObject(x) && isObject(y)) item = this.object(x, y, p, xr, yr, rank)
        else item = (compareRanks(xr, yr) || compareCanonical(x, y)) >= 0 ? this.take('', x, this.a, p, xr, rank) : this.take('', y, this.b, p, yr, rank)
      } else item = x !== undefined ? this.take('', x, this.a, p, xr, rank) : this.take('', y, this.b, p, yr, rank)
      out[i] = item
      if (same && item !== w[i]) same = false
    }
    return same ? (w as unknown[]) : out
  }
}

/** The record, if it can be merged at all: an object with an `id` and, in strict mode, a `version`. */
export const check = (record: unknown, options: MergeOptions | undefined, which: string): Json => {
  if (!isObject(record) || !Object.hasOwn(record, 'id') || typeof record.id !== 'string')
    throw new CallRecordsMergeError(`cannot merge: the ${which} record has no id`)
  if (options?.mode === 'strict' && typeof own(record, 'version') !== 'number')
    throw new CallRecordsMergeError(`cannot merge in strict mode: the call record "${record.id}" has no version`)
  return record
}

/** The model's keyed collections, which the merge needs. */
export const keyedOf = (options: MergeOptions | undefined): ReadonlySet<string> => {
  if (options?.model === undefined) throw new TypeError('mergeRecords needs the model of a Graph version (options.model)')
  return keyedById(options.model)
}

/**
 * The merge of two checked records of one call, with what is known of each; the result comes with
 * what is known of it (in normal form, its ranks). When one side is the result, its own `Known` is
 * given back: the usual case allocates nothing.
 */
export const mergeKnown = (keyed: ReadonlySet<string>, kx: Known, ky: Known): Known => {
  const x = kx.record
  const y = ky.record
  const ra = kx.ranks
  const rb = ky.ranks
  const root = max(ra.root, rb.root)
  const order = compareRanks(ra.root, rb.root)
  const kw = order >= 0 ? kx : ky
  // A record merged with itself (a first appearance) is itself when it is already in normal form.
  // It is returned as it is only when its annotation is right: none (a known result's always is).
  const w = kw.record
  if ((order !== 0 || x === y) && ra.size === 0 && rb.size === 0 && (kw.normal || own(w, SOURCES) === undefined)) {
    if ((kw.normal || isNormalObject(keyed, w)) && covers(keyed, w, order >= 0 ? y : x)) return kw.normal ? kw : { record: w, ranks: kw.ranks, normal: true }
  }
  const merger = new Merger(ra, rb, keyed)
  const merged = merger.object(x, y, '', ra.root, rb.root, root)
  const parts = merger.sources
  const stated = merged === x ? ra.stated : merged === y ? rb.stated : statedRank(merged)
  if (!sameRank(stated, root)) parts.set('', root)
  let sources: Json | undefined
  if (parts.size > 0) {
    // Pointers start with "/" (or are ""): none is a key that reaches a prototype.
    sources = {}
    for (const pointer of [...parts.keys()].sort()) sources[pointer] = parts.get(pointer)
  }
  // The result may be one of the inputs itself: it is only returned as it is when its annotation is already right.
  if ((merged === x || merged === y) && compareCanonical(own(merged, SOURCES), sources) === 0)
    return { record: merged, ranks: merged === x ? ra : rb, normal: true }
  const out: Json = {}
  for (const key of Object.keys(merged)) if (key !== SOURCES) setOwn(out, key, merged[key])
  if (sources) out[SOURCES] = sources
  return { record: out, ranks: Ranks.built(stated, parts), normal: true }
}

/**
 * The merge of two versions of one call record, on any JSON input: the typed `mergeCallRecords` of
 * each entry point is this function.
 * @throws {@link CallRecordsMergeError} if the ids differ or are missing, a version or time cannot be
 * ranked, or (strict) a version is missing.
 */
export const mergeRecords = (a: unknown, b: unknown, options?: MergeOptions): Json => {
  const x = check(a, options, 'first')
  const y = check(b, options, 'second')
  if (x.id !== y.id) throw new CallRecordsMergeError(`cannot merge different call records: "${x.id}" and "${y.id}"`)
  const keyed = keyedOf(options)
  const kx = recall(keyed, x)
  const merged = mergeKnown(keyed, kx, x === y ? kx : recall(keyed, y))
  remember(keyed, merged)
  return merged.record
}
