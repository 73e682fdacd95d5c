/**
 * The same payloads through Microsoft's Kiota models (`@microsoft/msgraph-sdk`) and through this
 * package: each case states what Kiota does and what this package does instead.
 */
import { readFileSync } from 'node:fs'
import { JsonParseNodeFactory } from '@microsoft/kiota-serialization-json'
import { createCallRecordFromDiscriminatorValue, type CallRecord as KiotaCallRecord } from '@microsoft/msgraph-sdk/models/callRecords/index.js'
import { describe, expect, it } from 'vitest'
import { safeParseCallRecord } from '../../src/index.js'

const text = readFileSync(new URL('../../examples/v1.0/CallRecord/get-2.legacy-2021.json', import.meta.url), 'utf8')
const factory = new JsonParseNodeFactory()
const kiota = (payload: unknown): KiotaCallRecord => {
  const bytes = new TextEncoder().encode(JSON.stringify(payload))
  return factory.getRootParseNode('application/json', bytes.buffer as ArrayBuffer).getObjectValue(createCallRecordFromDiscriminatorValue)
}
const payload = () => JSON.parse(text)

describe('against the Kiota models of @microsoft/msgraph-sdk', () => {
  it('Kiota cuts timestamps to milliseconds; this package keeps all 7 digits', () => {
    const input = payload()
    expect(input.startDateTime).toBe('2020-02-25T18:52:21.2169889Z')
    expect(kiota(input).startDateTime?.toISOString()).toBe('2020-02-25T18:52:21.216Z')
    const ours = safeParseCallRecord(input)
    expect(ours.success && ours.value.startDateTime).toBe('2020-02-25T18:52:21.2169889Z')
  })

  it('Kiota turns an impossible date into another day; this package rejects it, naming the place', () => {
    const input = { ...payload(), startDateTime: '2021-02-30T00:00:00Z' }
    expect(kiota(input).startDateTime?.toISOString()).toBe('2021-03-02T00:00:00.000Z')
    const ours = safeParseCallRecord(input)
    expect(ours.success).toBe(false)
    expect(!ours.success && ours.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/startDateTime invalid_timestamp'])
  })

  it('Kiota turns a malformed date into Invalid Date; this package reports it', () => {
    const input = { ...payload(), endDateTime: 'yesterday' }
    const date = kiota(input).endDateTime
    expect(date).toBeInstanceOf(Date)
    expect(Number.isNaN(date!.getTime())).toBe(true)
    expect(safeParseCallRecord(input).success).toBe(false)
  })

  it('Kiota drops an enum member added after it was built; this package reads unknownFutureValue, as Graph defines, and warns', () => {
    const input = { ...payload(), type: 'broadcast', modalities: ['audio', 'hologram'] }
    const theirs = kiota(input)
    expect(theirs.type).toBeUndefined()
    expect(theirs.modalities).not.toContain('unknownFutureValue')
    const ours = safeParseCallRecord(input)
    expect(ours.success && [ours.value.type, ours.value.modalities]).toEqual(['unknownFutureValue', ['audio', 'unknownFutureValue']])
    expect(ours.warnings.map((w) => `${w.path} ${w.received}`)).toEqual(['/modalities/1 "hologram"', '/type "broadcast"'])
  })

  it('Kiota drops a string version silently; this package converts a numeric one and says so, and rejects the rest', () => {
    const input = { ...payload(), version: 'seven' }
    expect(kiota(input).version).toBeUndefined()
    expect(safeParseCallRecord(input).success).toBe(false)
    expect(safeParseCallRecord({ ...payload(), version: '7' }).warnings.map((w) => w.code)).toEqual(['numeric_string'])
  })
})
