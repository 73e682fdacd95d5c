/**
 * Appending pages never changes the record it is given, and a page that adds nothing gives that record
 * back as it is, next link and all.
 */
import { describe, expect, it } from 'vitest'
import { appendParticipantsPage, appendSessionsPage, CallRecordsMergeError, type CallRecord, type SessionCollectionResponse } from '../../src/index.js'

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item)
    Object.freeze(value)
  }
  return value
}

describe('appending a page', () => {
  const record = deepFreeze({ id: 'c', version: 1, sessions: [{ id: 's1' }, { id: 's2' }], 'sessions@odata.nextLink': 'L3' }) as CallRecord

  it('works on a frozen record, and leaves it as it was', () => {
    const before = structuredClone(record)
    const next = appendSessionsPage(record, { value: [{ id: 's3' }], '@odata.nextLink': 'L4' })
    expect(next).toEqual({ id: 'c', version: 1, sessions: [{ id: 's1' }, { id: 's2' }, { id: 's3' }], 'sessions@odata.nextLink': 'L4' })
    expect(record).toEqual(before)
  })
  it('that is a re-delivery keeps the record and its next link', () => {
    const first: SessionCollectionResponse = { value: [{ id: 's1' }], '@odata.nextLink': 'L2' }
    expect(appendSessionsPage(record, first)).toBe(record)
    expect(record['sessions@odata.nextLink']).toBe('L3')
    const last = appendSessionsPage(record, { value: [{ id: 's3' }] })
    expect(appendSessionsPage(last, { value: [{ id: 's2' }], '@odata.nextLink': 'L3' })).toBe(last)
  })
  it('keeps items without an id, a page of them as much as any other', () => {
    const start = deepFreeze({ id: 'c', version: 1, participants_v2: [{ id: 'p1' }], 'participants_v2@odata.nextLink': 'P2' }) as CallRecord
    const second = appendParticipantsPage(start, { value: [{ identity: { user: { displayName: 'A' } } }], '@odata.nextLink': 'P3' })
    const third = appendParticipantsPage(second, { value: [{ identity: { user: { displayName: 'B' } } }] })
    expect(third.participants_v2).toEqual([{ id: 'p1' }, { identity: { user: { displayName: 'A' } } }, { identity: { user: { displayName: 'B' } } }])
    expect(third).not.toHaveProperty('participants_v2@odata.nextLink')
  })
  it('refuses a page without a value array', () => {
    expect(() => appendSessionsPage(record, { '@odata.nextLink': 'x' } as unknown as SessionCollectionResponse)).toThrow(CallRecordsMergeError)
  })
})
