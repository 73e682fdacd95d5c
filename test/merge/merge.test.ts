import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  appendParticipantsPage,
  type CallRecord,
  appendSessionsPage,
  CallRecordsMergeError,
  latestCallRecords,
  mergeCallRecords,
  parseCallRecord,
} from '../../src/index.js'
import { callRecordVersion, idOrdered, leaves } from './records.js'

const merge = (a: Record<string, unknown>, b: Record<string, unknown>) => mergeCallRecords(a, b)
const copy = <T>(x: T): T => structuredClone(x)
const runs = { numRuns: 300 }

describe('mergeCallRecords laws', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(callRecordVersion(), callRecordVersion(), (a, b) => {
        expect(merge(a, b)).toEqual(merge(b, a))
      }),
      runs,
    )
  })
  it('is associative, also when the middle record lacks what the others disagree on', () => {
    fc.assert(
      fc.property(callRecordVersion(), callRecordVersion(), callRecordVersion(), (a, b, c) => {
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)))
      }),
      runs,
    )
  })
  it('is idempotent: a record merged with itself is itself, collections in id order', () => {
    fc.assert(
      fc.property(callRecordVersion(), (a) => {
        const m = merge(a, copy(a))
        expect(m).toEqual(idOrdered(a))
        expect(merge(m, copy(m))).toEqual(m)
      }),
      runs,
    )
  })
  it("keeps the highest version, and the higher version's value on every conflict", () => {
    fc.assert(
      fc.property(callRecordVersion(), callRecordVersion(), (a, b) => {
        const m = merge(a, b)
        expect(m.version).toBe(Math.max(a.version as number, b.version as number))
        if (a.version === b.version) return
        const [high, low] = (a.version as number) > (b.version as number) ? [a, b] : [b, a]
        const [h, l, r] = [leaves(high), leaves(low), leaves(m)]
        for (const [path, value] of h) if (l.has(path)) expect(r.get(path), path).toEqual(value)
      }),
      runs,
    )
  })
  it('loses nothing: every value of either input is in the result', () => {
    fc.assert(
      fc.property(callRecordVersion(), callRecordVersion(), callRecordVersion(), (a, b, c) => {
        const r = leaves(merge(merge(a, b), c))
        for (const input of [a, b, c]) for (const path of leaves(input).keys()) expect(r.has(path), path).toBe(true)
      }),
      runs,
    )
  })
  it('stays commutative and associative, and loses nothing, when a record holds one id twice', () => {
    const withDuplicates = callRecordVersion(fc.constant('call-1'), true, true)
    fc.assert(
      fc.property(withDuplicates, withDuplicates, withDuplicates, (a, b, c) => {
        expect(merge(a, b)).toEqual(merge(b, a))
        const grouped = merge(merge(a, b), c)
        expect(grouped).toEqual(merge(a, merge(b, c)))
        const r = leaves(grouped)
        for (const input of [a, b, c]) for (const path of leaves(input).keys()) expect(r.has(path), path).toBe(true)
      }),
      runs,
    )
  })
  it('never changes its inputs', () => {
    fc.assert(
      fc.property(callRecordVersion(), callRecordVersion(), (a, b) => {
        const [sa, sb] = [JSON.stringify(a), JSON.stringify(b)]
        merge(a, b)
        expect([JSON.stringify(a), JSON.stringify(b)]).toEqual([sa, sb])
      }),
      runs,
    )
  })
})

describe('latestCallRecords laws', () => {
  const versions = fc.array(callRecordVersion(fc.constantFrom('call-1', 'call-2', 'call-3')), { minLength: 1, maxLength: 8 })

  it('gives the same result for every order of its input, equal to folding mergeCallRecords per id', () => {
    fc.assert(
      fc.property(versions, fc.infiniteStream(fc.nat()), (records, stream) => {
        const result = latestCallRecords(records)
        const shuffled = [...records]
          .map((r) => [stream.next().value, r] as const)
          .sort((x, y) => x[0] - y[0])
          .map(([, r]) => r)
        const byId = (list: Record<string, unknown>[]) => Object.fromEntries(list.map((r) => [r.id, r]))
        expect(byId(latestCallRecords(shuffled))).toEqual(byId(result))
        const ids = [...new Set(records.map((r) => r.id as string))]
        expect(result.map((r) => r.id)).toEqual(ids)
        for (const id of ids) {
          const own = records.filter((r) => r.id === id)
          // A record alone is merged with itself: it comes out in normal form, as a merged one does.
          expect(byId(result)[id]).toEqual(own.reduce((x, y) => merge(x, y), own[0]!))
        }
      }),
      { numRuns: 200 },
    )
  })
  it('reads async iterables', async () => {
    async function* stream(): AsyncGenerator<CallRecord> {
      yield { id: 'a', version: 1, type: 'groupCall' }
      yield { id: 'b', version: 1 }
      yield { id: 'a', version: 2 }
    }
    expect(await latestCallRecords(stream())).toEqual([
      { id: 'a', version: 2, type: 'groupCall', '@graphCallRecords.sources': { '/type': [1, null] } },
      { id: 'b', version: 1 },
    ])
  })
})

describe('pages', () => {
  const whole = fc
    .tuple(callRecordVersion(), fc.uniqueArray(fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7'), { minLength: 1 }), fc.integer({ min: 1, max: 3 }))
    .map(([record, ids, size]) => {
      const sessions = ids.map((id) => ({ id, isTest: id < 's4' }))
      const pages: { value: { id: string }[]; '@odata.nextLink'?: string }[] = []
      for (let i = 0; i < sessions.length; i += size) pages.push({ value: sessions.slice(i, i + size) })
      pages.forEach((page, i) => {
        if (i < pages.length - 1) page['@odata.nextLink'] = `https://graph/sessions?page=${i + 1}`
      })
      const { 'sessions@odata.nextLink': _, ...rest } = record
      return { record: { ...rest, sessions }, pages }
    })

  it('appended in any order give the record fetched whole', () => {
    fc.assert(
      fc.property(whole, fc.infiniteStream(fc.nat()), ({ record, pages }, stream) => {
        const [first, ...others] = pages
        const start: Record<string, unknown> = { ...record, sessions: first!.value }
        if (first!['@odata.nextLink']) start['sessions@odata.nextLink'] = first!['@odata.nextLink']
        const shuffled = others
          .map((p) => [stream.next().value, p] as const)
          .sort((x, y) => x[0] - y[0])
          .map(([, p]) => p)
        const result = shuffled.reduce((r, page) => appendSessionsPage(r, page), start)
        // Collections are sets keyed by id: the merge returns them in id order.
        expect(idOrdered(result)).toEqual(idOrdered(record))
      }),
      runs,
    )
  })
  it("set the next link to the page's, and drop it with the last page", () => {
    const record = { id: 'c', version: 1, sessions: [{ id: 's1' }], 'sessions@odata.nextLink': 'L2' }
    const second = appendSessionsPage(record, { value: [{ id: 's2' }, { id: 's1', isTest: true }], '@odata.nextLink': 'L3' })
    expect(second).toEqual({ id: 'c', version: 1, sessions: [{ id: 's1', isTest: true }, { id: 's2' }], 'sessions@odata.nextLink': 'L3' })
    expect(appendSessionsPage(second, { value: [{ id: 's3' }] })).not.toHaveProperty('sessions@odata.nextLink')
    const participants = appendParticipantsPage(
      { id: 'c', version: 2, participants_v2: [{ id: 'p1' }], 'participants_v2@odata.nextLink': 'P2' },
      { value: [{ id: 'p2' }] },
    )
    expect(participants).toEqual({ id: 'c', version: 2, participants_v2: [{ id: 'p1' }, { id: 'p2' }] })
  })
})

describe('mergeCallRecords rules', () => {
  it('refuses records of different calls, naming both', () => {
    expect(() => merge({ id: 'a', version: 1 }, { id: 'b', version: 1 })).toThrow(/"a" and "b"/)
    expect(() => merge({ version: 1 }, { id: 'b', version: 1 })).toThrow(CallRecordsMergeError)
  })
  it('ranks a record without version below any with one (lenient), and refuses it in strict mode', () => {
    expect(merge({ id: 'a', type: 'peerToPeer' }, { id: 'a', version: 1, type: 'groupCall' }).type).toBe('groupCall')
    expect(() => mergeCallRecords({ id: 'a' }, { id: 'a', version: 1 }, { mode: 'strict' })).toThrow(/no version/)
  })
  it('breaks a tie on version by the later lastModifiedDateTime', () => {
    const early = { id: 'a', version: 2, lastModifiedDateTime: '2020-01-01T00:00:00.0000000Z', type: 'peerToPeer' }
    const late = { id: 'a', version: 2, lastModifiedDateTime: '2020-01-02T00:00:00.0000000Z', type: 'groupCall' }
    expect(merge(early, late).type).toBe('groupCall')
    expect(merge(late, early).type).toBe('groupCall')
  })
  it('never lets null outweigh a value', () => {
    expect(merge({ id: 'a', version: 2, joinWebUrl: null }, { id: 'a', version: 1, joinWebUrl: 'https://x' }).joinWebUrl).toBe('https://x')
  })
  it('keeps the control information of the higher version only', () => {
    const m = merge({ id: 'a', version: 2, '@odata.context': 'v2' }, { id: 'a', version: 1, '@odata.context': 'v1', 'sessions@odata.nextLink': 'old' })
    expect(m['@odata.context']).toBe('v2')
    expect(m).not.toHaveProperty('sessions@odata.nextLink')
  })
  it('merges parsed documented records', async () => {
    const { readFileSync } = await import('node:fs')
    const record = parseCallRecord(JSON.parse(readFileSync(new URL('../../examples/v1.0/CallRecord/get-2.legacy-2021.json', import.meta.url), 'utf8')))
    const later = { ...record, version: 2, sessions: [{ id: 'extra-session' }] }
    const m = mergeCallRecords(record, later)
    expect((m.sessions ?? []).map((s) => s.id)).toEqual([...(record.sessions ?? []).map((s) => s.id), 'extra-session'].sort())
  })
})

describe('latestCallRecords with records it cannot merge', () => {
  const records = [{ id: 'a', version: 1 }, { version: 2 }, { id: 'a' }, { id: 'b', version: 1 }] as Record<string, unknown>[]
  it('throws without onInvalid', () => {
    expect(() => latestCallRecords(records)).toThrow(/record 1 has no id/)
    expect(() => latestCallRecords(records, { mode: 'strict' })).toThrow(CallRecordsMergeError)
  })
  it('reports each to onInvalid and merges the rest', () => {
    const invalid: [string, number][] = []
    const result = latestCallRecords(records, { mode: 'strict', onInvalid: (error, _record, index) => invalid.push([error.message, index]) })
    expect(invalid).toEqual([
      ['cannot merge: record 1 has no id', 1],
      ['cannot merge in strict mode: the call record "a" has no version', 2],
    ])
    expect(result).toEqual([
      { id: 'a', version: 1 },
      { id: 'b', version: 1 },
    ])
  })
})

describe('items of one record that share an id', () => {
  it("are merged into one item, losing none of their values (Graph's get example 3 sends two such participants)", () => {
    const record: Record<string, unknown> = {
      id: 'c',
      version: 1,
      participants_v2: [
        { id: 'p', identity: { user: { displayName: 'A' } } },
        { id: 'p', administrativeUnitInfos: [{ id: 'u' }] },
      ],
    }
    const merged = mergeCallRecords(record, { id: 'c', version: 2, participants_v2: [{ id: 'q' }] })
    expect(merged.participants_v2).toEqual([{ id: 'p', identity: { user: { displayName: 'A' } }, administrativeUnitInfos: [{ id: 'u' }] }, { id: 'q' }])
    for (const path of leaves(record).keys()) expect(leaves(merged).has(path), path).toBe(true)
  })
})
