/**
 * The laws of the merge over records as they come from outside: items without an id, the same id
 * twice, keys that name prototype members or need escaping, times as unparsed records spell them.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CallRecordsMergeError, latestCallRecords, mergeCallRecords, type CallRecord } from '../../src/index.js'
import { callRecordVersion, HOSTILE, leaves, plainAllTheWay } from './records.js'

type Json = Record<string, unknown>
const merge = (a: Json, b: Json): Json => mergeCallRecords(a as CallRecord, b as CallRecord) as Json
const runs = { numRuns: 300 }
const hostile = callRecordVersion(fc.constant('call-1'), true, HOSTILE)

describe('merge laws over hostile records', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        expect(merge(a, b)).toEqual(merge(b, a))
      }),
      runs,
    )
  })
  it('is associative', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)))
      }),
      runs,
    )
  })
  it('is idempotent, and the result does not depend on whether both inputs are one object', () => {
    fc.assert(
      fc.property(hostile, (a) => {
        const m = merge(a, structuredClone(a))
        expect(merge(a, a)).toEqual(m)
        expect(merge(m, m)).toEqual(m)
        expect(merge(m, structuredClone(m))).toEqual(m)
      }),
      runs,
    )
  })
  it('loses nothing, and no key reaches a prototype', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        const m = merge(merge(a, b), c)
        const r = leaves(m)
        for (const input of [a, b, c]) for (const path of leaves(input).keys()) expect(r.has(path), path).toBe(true)
        expect(plainAllTheWay(m)).toBe(true)
      }),
      runs,
    )
  })
  it('never changes its inputs', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const [sa, sb] = [structuredClone(a), structuredClone(b)]
        merge(a, b)
        expect([a, b]).toEqual([sa, sb])
      }),
      runs,
    )
  })
  it('latestCallRecords gives the same records for every order of its input', () => {
    const versions = fc.array(callRecordVersion(fc.constantFrom('call-1', 'call-2'), true, HOSTILE), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(versions, (records) => {
        const byId = (list: Json[]) => Object.fromEntries(list.map((r) => [r.id, r]))
        expect(byId(latestCallRecords([...records].reverse()))).toEqual(byId(latestCallRecords(records)))
      }),
      { numRuns: 200 },
    )
  })
})

describe('keys that name prototype members', () => {
  const parsed = (text: string): Json => JSON.parse(text) as Json
  it('stay own data keys of the merged value, and set no prototype', () => {
    const a = parsed('{"id":"c","version":1,"organizer":{"user":{"__proto__":{"isAdmin":true},"constructor":"x","toString":"y","valueOf":"z"}}}')
    const b = parsed('{"id":"c","version":2,"organizer":{"user":{"id":"u1"}}}')
    for (const m of [merge(a, b), merge(b, a)]) {
      const user = (m.organizer as Json).user as Json
      expect(Object.getPrototypeOf(user)).toBe(Object.prototype)
      expect((user as { isAdmin?: unknown }).isAdmin).toBeUndefined()
      expect(Object.keys(user).sort()).toEqual(['__proto__', 'constructor', 'id', 'toString', 'valueOf'])
      expect(Object.getOwnPropertyDescriptor(user, '__proto__')?.value).toEqual({ isAdmin: true })
    }
  })
  it('at the top of a record survive too', () => {
    const a = parsed('{"id":"c","version":1,"constructor":"x","__proto__":{"isAdmin":true}}')
    const m = merge(a, parsed('{"id":"c","version":2,"toString":"y"}'))
    expect(Object.keys(m).sort()).toEqual(['@graphCallRecords.sources', '__proto__', 'constructor', 'id', 'toString', 'version'])
    expect(plainAllTheWay(m)).toBe(true)
  })
})

describe('items without an id', () => {
  it('are kept, each distinct one once, whatever the grouping', () => {
    const v1 = { id: 'c', version: 1, sessions: [{ id: 's1' }, { isTest: true }] }
    const v2 = { id: 'c', version: 2, sessions: [{ isTest: false }] }
    const v3 = { id: 'c', version: 3, sessions: [{ isTest: true }, { id: 's0' }] }
    const left = merge(merge(v1, v2), v3)
    expect(left).toEqual(merge(v1, merge(v2, v3)))
    expect(left.sessions).toEqual([{ id: 's0' }, { id: 's1' }, { isTest: false }, { isTest: true }])
  })
  it('that differ only in the order of their own collections are one item', () => {
    const a = { id: 'c', version: 1, sessions: [{ segments: [{ id: 'g2' }, { id: 'g1' }] }] }
    const b = { id: 'c', version: 1, sessions: [{ segments: [{ id: 'g1' }, { id: 'g2' }] }] }
    expect(merge(a, b).sessions).toEqual([{ segments: [{ id: 'g1' }, { id: 'g2' }] }])
  })
})

describe('ranking records that were not parsed first', () => {
  const at = (lastModifiedDateTime: string, type: string) => ({ id: 'c', version: 1, lastModifiedDateTime, type })
  it('compares instants, not text', () => {
    const earlier = at('2020-02-25T19:00:24.58Z', 'peerToPeer')
    const later = at('2020-02-25T19:00:24.582Z', 'groupCall')
    expect(merge(earlier, later).type).toBe('groupCall')
    expect(merge(later, earlier).type).toBe('groupCall')
    // 20:00+02:00 is 18:00Z, earlier than 19:00Z although its text sorts after it.
    expect(merge(at('2020-02-25T20:00:00+02:00', 'peerToPeer'), at('2020-02-25T19:00:00Z', 'groupCall')).type).toBe('groupCall')
  })
  it('refuses a version or time it cannot rank', () => {
    for (const bad of [
      { version: Number.NaN },
      { version: '2' },
      { version: 1.5 },
      { lastModifiedDateTime: 'yesterday' },
      { lastModifiedDateTime: '2021-02-30T00:00:00Z' },
      { lastModifiedDateTime: 7 },
    ]) {
      const record = { id: 'c', version: 1, ...bad }
      expect(() => merge(record, { id: 'c', version: 1 }), JSON.stringify(bad)).toThrow(CallRecordsMergeError)
      expect(() => merge({ id: 'c', version: 1 }, record), JSON.stringify(bad)).toThrow(CallRecordsMergeError)
    }
  })
  it('ignores an annotated rank it cannot read, in either order', () => {
    const forged = { id: 'c', version: 1, type: 'peerToPeer', '@graphCallRecords.sources': { '/type': [Number.NaN, null] } }
    const other = { id: 'c', version: 1, type: 'groupCall' }
    expect(merge(forged, other)).toEqual(merge(other, forged))
  })
})
