/**
 * The incremental merger: records added one at a time give what `latestCallRecords` gives, a bad record
 * is refused with its reason and changes nothing, and `changed` says whether a record added anything.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CallRecordsMergeError, createCallRecordMerger, latestCallRecords, type CallRecord } from '../../src/index.js'
import { callRecordVersion, HOSTILE } from './records.js'

describe('createCallRecordMerger', () => {
  it('gives one merged record per id in order of first appearance, as latestCallRecords does', () => {
    const versions = fc.array(callRecordVersion(fc.constantFrom('call-1', 'call-2', 'call-3'), true, HOSTILE), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(versions, (records) => {
        const merger = createCallRecordMerger()
        for (const record of records) expect(merger.add(record as CallRecord).ok).toBe(true)
        expect(merger.records()).toEqual(latestCallRecords(records))
        expect(merger.size).toBe(new Set(records.map((r) => r.id)).size)
      }),
      { numRuns: 100 },
    )
  })
  it('says a re-delivered or older version changed nothing', () => {
    const merger = createCallRecordMerger()
    const v2 = { id: 'c', version: 2, type: 'groupCall' } as CallRecord
    expect(merger.add(v2)).toEqual({ ok: true, changed: true })
    expect(merger.add(structuredClone(v2))).toEqual({ ok: true, changed: false })
    expect(merger.add({ id: 'c', version: 1, type: 'groupCall' } as CallRecord)).toEqual({ ok: true, changed: false })
    expect(merger.add({ id: 'c', version: 3 } as CallRecord)).toEqual({ ok: true, changed: true })
  })
  it('refuses what it cannot merge without throwing, and keeps the rest as it was', () => {
    const merger = createCallRecordMerger({ mode: 'strict' })
    merger.add({ id: 'c', version: 1 } as CallRecord)
    const before = merger.records()
    for (const bad of [null, 7, 'x', [], {}, { id: 'c' }, { id: 'c', version: Number.NaN }, { id: 'c', version: 2, lastModifiedDateTime: 'soon' }]) {
      const result = merger.add(bad as unknown as CallRecord)
      expect(result.ok, JSON.stringify(bad)).toBe(false)
      if (!result.ok) expect(result.error).toBeInstanceOf(CallRecordsMergeError)
    }
    expect(merger.records()).toEqual(before)
  })
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        createCallRecordMerger().add(value as CallRecord)
      }),
    )
  })
})
