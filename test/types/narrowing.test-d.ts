/**
 * Static types that narrow: `@odata.type` as the literal names of its type, `check` (strict), `isX`
 * and `assertX` as guards, and the lookup of a schema and a parser by the `@odata.type` of a payload.
 */
import { describe, expectTypeOf, test } from 'vitest'
import type { Static } from '@sinclair/typebox'
import {
  assertCallRecord,
  createParser,
  GraphTypesByODataType,
  isCallRecord,
  isPstnCallLogRow,
  isSegment,
  parserByODataType,
  Session,
  type AnyEndpoint,
  type CallRecord,
  type Endpoint,
  type ParticipantEndpoint,
  type PstnCallLogRow,
  type Segment,
  type ServiceEndpoint,
} from '../../src/index.js'
import * as Beta from '../../src/beta.js'

describe('@odata.type', () => {
  test('is the literal name of the type, with or without #', () => {
    expectTypeOf<ParticipantEndpoint['@odata.type']>().toEqualTypeOf<
      '#microsoft.graph.callRecords.participantEndpoint' | 'microsoft.graph.callRecords.participantEndpoint' | undefined
    >()
    // @ts-expect-error another type's name is not this type's @odata.type
    const wrong: CallRecord = { '@odata.type': '#microsoft.graph.callRecords.session' }
    expectTypeOf(wrong).toEqualTypeOf<CallRecord>()
  })

  test('narrows a polymorphic value', () => {
    const endpoint = {} as AnyEndpoint
    if (endpoint['@odata.type'] === '#microsoft.graph.callRecords.participantEndpoint') {
      expectTypeOf(endpoint).toEqualTypeOf<ParticipantEndpoint>()
      expectTypeOf(endpoint.identity).not.toBeAny()
    } else if (endpoint['@odata.type'] === 'microsoft.graph.callRecords.serviceEndpoint') {
      expectTypeOf(endpoint).toEqualTypeOf<ServiceEndpoint>()
    } else {
      expectTypeOf(endpoint).toEqualTypeOf<Endpoint | ParticipantEndpoint | ServiceEndpoint>()
    }
    const segment = {} as Segment
    const caller = segment.caller
    // @ts-expect-error identity is a member of a participant endpoint only
    expectTypeOf(caller?.identity).toBeUnknown()
    if (caller?.['@odata.type'] === '#microsoft.graph.callRecords.participantEndpoint') expectTypeOf(caller.identity).not.toBeNever()
  })
})

describe('guards', () => {
  test('isX and a strict check narrow unknown', () => {
    const value: unknown = null
    if (isCallRecord(value)) expectTypeOf(value).toEqualTypeOf<CallRecord>()
    if (isSegment(value)) expectTypeOf(value).toEqualTypeOf<Segment>()
    if (isPstnCallLogRow(value)) expectTypeOf(value).toEqualTypeOf<PstnCallLogRow>()
    if (Beta.isCallRecord(value)) expectTypeOf(value).toEqualTypeOf<Beta.CallRecord>()
    if (createParser(Session).check(value, { mode: 'strict' })) expectTypeOf(value).toEqualTypeOf<Static<typeof Session>>()
  })

  test('assertX narrows after the call', () => {
    const value: unknown = null
    const use = (): CallRecord => {
      assertCallRecord(value)
      return value
    }
    expectTypeOf(use).returns.toEqualTypeOf<CallRecord>()
  })
})

describe('lookup by @odata.type', () => {
  test('the schema and the parser of a name, with or without #', () => {
    expectTypeOf(GraphTypesByODataType['#microsoft.graph.callRecords.session']).toEqualTypeOf<typeof Session>()
    expectTypeOf(GraphTypesByODataType['microsoft.graph.callRecords.session']).toEqualTypeOf<typeof Session>()
    expectTypeOf(parserByODataType('#microsoft.graph.callRecords.session').parse).returns.toEqualTypeOf<Session>()
    expectTypeOf(Beta.parserByODataType('#microsoft.graph.callRecords.callRecord').parse).returns.toEqualTypeOf<Beta.CallRecord>()
    // @ts-expect-error not a Graph type of v1.0
    parserByODataType('#microsoft.graph.callRecords.nothing')
  })
})
