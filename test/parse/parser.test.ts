import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Type, type TSchema } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import {
  CallRecord,
  CallRecordsParseError,
  createParser,
  formatIssue,
  IssueCodes,
  parseCallRecord,
  safeParseCallRecord,
  safeParseSession,
  safeParsePstnCallLogRowCollectionResponse,
  Segment,
} from '../../src/index.js'
import { safeParsePstnBlockedUsersLogRowCollectionResponse, safeParseCallRecord as safeParseBetaCallRecord } from '../../src/beta.js'
import { expectIssues, expectWarnings, issuesOf, warningsOf } from './expectIssues.js'
import { compile } from '../../src/parse/compile/index.js'
import { PARSABLE_KINDS } from '../../src/parse/parsable.js'

const root = join(import.meta.dirname, '../..')
const example = (path: string) => JSON.parse(readFileSync(join(root, 'examples', path), 'utf8'))
const record = () => example('v1.0/CallRecord/get-2.legacy-2021.json')
const strict = { mode: 'strict' } as const

describe('timestamps', () => {
  it('are normalized to UTC with 7 fractional digits', () => {
    const result = parseCallRecord({ startDateTime: '2020-02-25T21:00:24.582+02:00', endDateTime: '2020-02-25T19:00Z' })
    expect(result.startDateTime).toBe('2020-02-25T19:00:24.5820000Z')
    expect(result.endDateTime).toBe('2020-02-25T19:00:00.0000000Z')
  })
  it.each([
    ['2021-02-29T00:00:00Z', 'no February 29 in 2021'],
    ['2020-02-25T24:00:00Z', 'hour 24'],
    ['2020-02-25T23:59:60Z', 'second 60'],
    ['2020-13-25T00:00:00Z', 'month 13'],
    ['2020-02-25T00:00:00', 'no offset'],
    ['0000-01-01T00:00:00Z', 'year 0000'],
  ])('%s is an issue in both modes (%s)', (text) => {
    expectIssues(safeParseCallRecord({ startDateTime: text }), ['/startDateTime invalid_timestamp'])
    expectIssues(safeParseCallRecord({ startDateTime: text }, strict), ['/startDateTime invalid_timestamp'])
  })
  it('accept Graph\'s "no value", 0001-01-01T00:00:00Z', () => {
    expect(parseCallRecord({ startDateTime: '0001-01-01T00:00:00Z' }).startDateTime).toBe('0001-01-01T00:00:00.0000000Z')
  })
  it('with more than 7 digits are cut with a warning in lenient mode, an issue in strict mode', () => {
    const text = '2020-02-25T19:00:24.123456789Z'
    const lenient = safeParseCallRecord({ startDateTime: text })
    expectWarnings(lenient, ['/startDateTime truncated_timestamp'])
    expect(lenient.success && lenient.value.startDateTime).toBe('2020-02-25T19:00:24.1234567Z')
    expectIssues(safeParseCallRecord({ startDateTime: text }, strict), ['/startDateTime invalid_timestamp'])
  })
})

describe('durations', () => {
  it('must be ISO 8601 day-time durations', () => {
    const bad = record()
    bad.sessions[0].segments[0].media[0].streams[0].averageJitter = '16ms'
    const result = safeParseCallRecord(bad)
    expectIssues(result, ['/sessions/0/segments/0/media/0/streams/0/averageJitter invalid_duration'])
    expect(!result.success && formatIssue(result.issues[0]!)).toMatch(
      /^\/sessions\/0\/segments\/0\/media\/0\/streams\/0\/averageJitter: expected an ISO 8601 duration such as PT0\.016S, received "16ms"/,
    )
  })
})

describe('evolvable enums', () => {
  it('read a member added later as unknownFutureValue in lenient mode, with a warning that keeps the raw value', () => {
    const result = safeParseCallRecord({ type: 'broadcast', modalities: ['audio', 'hologram'] })
    // Reports come in the order of the schema's properties.
    expectWarnings(result, ['/modalities/1 unknown_enum_member', '/type unknown_enum_member'])
    expect(result.success && [result.value.type, result.value.modalities]).toEqual(['unknownFutureValue', ['audio', 'unknownFutureValue']])
    expect(result.warnings[0]!.received).toBe('"hologram"')
  })
  it('reject it in strict mode', () => {
    expectIssues(safeParseCallRecord({ type: 'broadcast' }, strict), ['/type invalid_enum'])
  })
  it('keep a member declared after the sentinel (sent to clients that opted in)', () => {
    const session = {
      caller: {
        '@odata.type': '#microsoft.graph.callRecords.participantEndpoint',
        userAgent: { '@odata.type': '#microsoft.graph.callRecords.clientUserAgent', productFamily: 'azureCommunicationServices' },
      },
    }
    const result = safeParseSession(session, strict)
    expect(result.success && (result.value.caller as any).userAgent.productFamily).toBe('azureCommunicationServices')
  })
  it('without the sentinel reject unknown values in both modes', () => {
    const stream = (direction: string) => ({ media: [{ streams: [{ streamDirection: direction }] }] })
    expectIssues(createParser(Segment).safeParse(stream('sideways')), ['/media/0/streams/0/streamDirection invalid_enum'])
    expectIssues(safeParsePstnCallLogRowCollectionResponse({ value: [{ callDurationSource: 'carrier' }] }), ['/value/0/callDurationSource invalid_enum'])
  })
  it('reject a non-string in both modes', () => {
    expectIssues(safeParseCallRecord({ type: 3 }), ['/type invalid_type'])
  })
  it('that the docs list but the CSDL lacks (modality "unknown") are not members', () => {
    expectIssues(safeParseCallRecord({ modalities: ['unknown'] }, strict), ['/modalities/0 invalid_enum'])
  })
})

describe('numbers', () => {
  it('Int64 and Decimal accept numeric strings in lenient mode, with a warning', () => {
    const result = safeParseCallRecord({ version: '12' })
    expectWarnings(result, ['/version numeric_string'])
    expect(result.success && result.value.version).toBe(12)
    const page = safeParsePstnCallLogRowCollectionResponse({ value: [{ charge: '0.25', duration: 30 }] })
    expect(page.success && page.value.value[0]!.charge).toBe(0.25)
    expectIssues(safeParseCallRecord({ version: '12' }, strict), ['/version invalid_type'])
  })
  it('Int64 beyond 2^53 is an issue, never rounded', () => {
    expectIssues(safeParseCallRecord({ version: '9007199254740993' }), ['/version unsafe_integer'])
    expectIssues(safeParseCallRecord({ version: 2 ** 53 }), ['/version unsafe_integer'])
    expect(parseCallRecord({ version: 2 ** 53 - 1 }).version).toBe(2 ** 53 - 1)
  })
  it('Int32 rejects fractions, strings and values out of range', () => {
    const row = (duration: unknown) => safeParsePstnCallLogRowCollectionResponse({ value: [{ duration }] })
    expectIssues(row(1.5), ['/value/0/duration invalid_number'])
    expectIssues(row('30'), ['/value/0/duration invalid_type'])
    expectIssues(row(2 ** 31), ['/value/0/duration invalid_number'])
  })
})

describe('properties', () => {
  it('undeclared ones of closed types are kept with a warning in lenient mode, an issue in strict mode', () => {
    const result = safeParseCallRecord({ id: 'a', callQuality: 'good' })
    expectWarnings(result, ['/callQuality unknown_property'])
    expect(result.success && (result.value as Record<string, unknown>).callQuality).toBe('good')
    expectIssues(safeParseCallRecord({ id: 'a', callQuality: 'good' }, strict), ['/callQuality unknown_property'])
  })
  it('of open types and OData annotations are allowed in both modes', () => {
    const value = {
      '@odata.etag': 'W/"1"',
      'sessions@odata.count': 3,
      '@microsoft.graph.tips': 'hello',
      organizer: { user: { id: 'u', tenantId: 't' }, acsUser: null },
    }
    expectWarnings(safeParseCallRecord(value, strict), [])
  })
  it('null is an issue where the CSDL says Nullable="false"', () => {
    expectIssues(safeParseCallRecord({ version: null, joinWebUrl: null }), ['/version invalid_type'])
    expectIssues(safeParseCallRecord({ modalities: null }), ['/modalities invalid_type'])
  })
  it('a required property is reported when absent', () => {
    expectIssues(safeParsePstnCallLogRowCollectionResponse({}), ['/value missing_property'])
  })
})

describe('polymorphic values', () => {
  it('are selected by @odata.type, with or without #', () => {
    const session = (type: string) => ({ caller: { '@odata.type': type, name: 'laptop', role: 'x' } })
    expectIssues(safeParseSession(session('microsoft.graph.callRecords.participantEndpoint'), strict), ['/caller/role unknown_property'])
    expectIssues(safeParseSession(session('#microsoft.graph.callRecords.serviceEndpoint'), strict), [
      '/caller/name unknown_property',
      '/caller/role unknown_property',
    ])
  })
  it('with an unknown @odata.type are an issue in strict mode, read as the declared type in lenient mode', () => {
    const value = { caller: { '@odata.type': '#microsoft.graph.callRecords.botEndpoint', userAgent: null } }
    expectIssues(safeParseSession(value, strict), ['/caller/@odata.type unknown_odata_type'])
    const result = safeParseSession(value)
    expectWarnings(result, ['/caller/@odata.type unknown_odata_type'])
    expect(result.success && result.value.caller).toEqual(value.caller)
  })
  it('of an abstract type need @odata.type in strict mode', () => {
    const value = { caller: { userAgent: { headerValue: 'x' } } }
    expectIssues(safeParseSession(value, strict), ['/caller/userAgent/@odata.type missing_odata_type'])
    expectWarnings(safeParseSession(value), ['/caller/userAgent/@odata.type missing_odata_type'])
  })
})

describe('issues', () => {
  it('are all reported, with JSON Pointers into the input', () => {
    const bad = record()
    bad.version = 'x'
    bad.sessions[0].startDateTime = 'yesterday'
    bad.sessions[0].segments[0].caller.userAgent.platform = 7
    bad['odd/key~'] = 1
    const result = safeParseCallRecord(bad, strict)
    expect(issuesOf(result)).toEqual([
      '/version invalid_type',
      '/sessions/0/startDateTime invalid_timestamp',
      '/sessions/0/segments/0/caller/userAgent/platform invalid_type',
      '/odd~1key~0 unknown_property',
    ])
  })
  it('use only documented codes, and say what was expected and received', () => {
    const result = safeParseCallRecord({ version: 'x', startDateTime: 1, type: 'x', sessions: [{ id: 3 }] }, strict)
    expect(result.success).toBe(false)
    for (const issue of result.success ? [] : result.issues) {
      expect(IssueCodes).toContain(issue.code)
      expect(issue.message).toMatch(/^expected .+, received .+/)
    }
  })
  it('make parse throw a CallRecordsParseError that lists them', () => {
    expect(() => parseCallRecord({ version: 'x' }, strict)).toThrow(CallRecordsParseError)
    try {
      parseCallRecord({ version: 'x', type: 1 }, strict)
    } catch (error) {
      expect((error as CallRecordsParseError).issues).toHaveLength(2)
      expect((error as Error).message).toContain('/version: expected an integer (Edm.Int64), received "x"')
    }
  })
})

describe('the published examples known to be wrong', () => {
  const blocked = JSON.parse(readFileSync(join(root, 'test/fixtures/invalid/callrecords-callrecord-getpstnblockeduserslog-1.repaired.json'), 'utf8'))
  it('beta blocked users log: "Blocked" is not a pstnUserBlockMode member; strict rejects, lenient reads unknownFutureValue', () => {
    expectIssues(safeParsePstnBlockedUsersLogRowCollectionResponse(blocked, strict), [
      '/value/0/userBlockMode invalid_enum',
      '/value/1/userBlockMode invalid_enum',
    ])
    expectWarnings(safeParsePstnBlockedUsersLogRowCollectionResponse(blocked), [
      '/value/0/userBlockMode unknown_enum_member',
      '/value/1/userBlockMode unknown_enum_member',
    ])
  })
})

describe('safety', () => {
  it('never mutates the input, and shares nothing with it', () => {
    const input = record()
    input.extra = { nested: [1, { deep: true }] }
    const before = JSON.stringify(input)
    const result = parseCallRecord(input)
    expect(JSON.stringify(input)).toBe(before)
    const out = result as Record<string, any>
    expect(out).not.toBe(input)
    expect(out.sessions[0]).not.toBe(input.sessions[0])
    expect(out.extra).not.toBe(input.extra)
    expect(out.extra.nested[1]).not.toBe(input.extra.nested[1])
    expect(out.extra).toEqual(input.extra)
  })
  it('keeps __proto__ and constructor keys as data, and never touches Object.prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "organizer": {"__proto__": {"x": 1}}}')
    const result = safeParseCallRecord(input)
    expect(result.success).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const out = result.success ? (result.value as Record<string, unknown>) : {}
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['__proto__', 'constructor']))
    expect(safeParseCallRecord(input, strict).success).toBe(false)
  })
  it('reports nesting beyond maxDepth as an issue, not a stack overflow', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    const result = safeParseCallRecord({ extra: deep })
    expect(issuesOf(result)).toEqual([`/extra${'/a'.repeat(63)} too_deep`])
    let array: unknown = []
    for (let i = 0; i < 100_000; i++) array = [array]
    expect(safeParseCallRecord({ sessions: array }).success).toBe(false)
  })
  it('ends cycles at the depth limit', () => {
    const cyclic: Record<string, unknown> = { id: 'a' }
    cyclic.self = cyclic
    expect(issuesOf(safeParseCallRecord(cyclic))).toHaveLength(1)
  })
  it('rejects values JSON cannot hold', () => {
    expect(issuesOf(safeParseCallRecord({ extra: [undefined, () => 1, 10n, Symbol('s'), NaN] }))).toEqual([
      '/extra/0 not_json',
      '/extra/1 not_json',
      '/extra/2 not_json',
      '/extra/3 not_json',
      '/extra/4 not_json',
    ])
  })
  it('turns a throwing getter into an issue', () => {
    const input = {
      get id(): string {
        throw new Error('boom')
      },
    }
    expectIssues(safeParseCallRecord(input), [' internal'])
  })
  it('handles a 10 MB string anywhere without throwing', () => {
    const big = 'x'.repeat(10_000_000)
    expectIssues(safeParseCallRecord({ startDateTime: big, joinWebUrl: big, type: big }, strict), ['/startDateTime invalid_timestamp', '/type invalid_enum'])
    expect(safeParseCallRecord({ joinWebUrl: big }, strict).success).toBe(true)
    const kept = safeParseCallRecord({ extra: big })
    expect(kept.success && (kept.value as Record<string, unknown>).extra).toBe(big)
    expect(kept.warnings[0]!.message.length).toBeLessThan(200)
  })
  it('rejects a 1 MB timestamp-like string quickly', () => {
    const started = performance.now()
    expectIssues(safeParseCallRecord({ startDateTime: '2020-' + '1'.repeat(1_000_000) }), ['/startDateTime invalid_timestamp'])
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('check', () => {
  it('says whether safeParse would succeed, in each mode, without building the output', () => {
    const parser = createParser(CallRecord)
    const inputs: unknown[] = [
      record(),
      { ...record(), version: 'x' },
      { ...record(), startDateTime: '2021-02-29T00:00:00Z' },
      { ...record(), type: 'broadcast' },
      { ...record(), callQuality: 1 },
      { extra: [undefined] },
      null,
      'text',
      [],
    ]
    for (const input of inputs)
      for (const mode of ['lenient', 'strict'] as const)
        expect(parser.check(input, { mode }), JSON.stringify(input)?.slice(0, 60)).toBe(parser.safeParse(input, { mode }).success)
  })
})

describe('createParser', () => {
  it("works for any schema built from the package's", () => {
    const Pair = Type.Object({ first: CallRecord, tags: Type.Array(Type.String({ minLength: 1 })) }, { additionalProperties: true })
    const parser = createParser(Pair, { mode: 'strict' })
    expectIssues(parser.safeParse({ first: { version: 1 }, tags: [''] }), ['/tags/0 invalid_string'])
    expect(parser.parse({ first: { startDateTime: '2020-01-01T00:00Z' }, tags: ['a'] }).first.startDateTime).toBe('2020-01-01T00:00:00.0000000Z')
  })
  it('refuses a schema it cannot parse when it is called, naming the schema and where it lies', () => {
    expect(() => createParser(Type.Date())).toThrow(
      new TypeError(
        'createParser: graph-callrecords cannot parse a schema of kind Date, at the schema itself; the parsers support Object, Array, Union, String, Number, Integer, Boolean, Null, Literal, Any, Unknown',
      ),
    )
    expect(() => createParser(Type.Object({ d: Type.Date() }))).toThrow(/a schema of kind Date, at \/properties\/d of the schema/)
    expect(() => createParser(Type.Object({ 'a/b': Type.Array(Type.Union([Type.String(), Type.Record(Type.String(), Type.String())])) }))).toThrow(
      /kind Record, at \/properties\/a~1b\/items\/anyOf\/1 /,
    )
    expect(() => createParser(Type.Object({ first: CallRecord, id: { type: 'string' } as never }))).toThrow(
      /an object without a TypeBox Kind, which is not a TypeBox schema, at \/properties\/id /,
    )
    expect(() => createParser(undefined as never)).toThrow(/cannot parse undefined, which is not a schema, at the schema itself/)
  })

  it('accepts every kind the compiler parses, and the compiler refuses every other', () => {
    const samples: Record<string, TSchema> = {
      Object: Type.Object({}),
      Array: Type.Array(Type.String()),
      Union: Type.Union([Type.String(), Type.Null()]),
      String: Type.String(),
      Number: Type.Number(),
      Integer: Type.Integer(),
      Boolean: Type.Boolean(),
      Null: Type.Null(),
      Literal: Type.Literal('a'),
      Any: Type.Any(),
      Unknown: Type.Unknown(),
    }
    expect(Object.keys(samples).sort()).toEqual([...PARSABLE_KINDS].sort())
    for (const schema of Object.values(samples)) for (const strict of [false, true]) expect(typeof compile(schema, strict)).toBe('function')
    for (const schema of [Type.Date(), Type.Record(Type.String(), Type.String()), Type.Uint8Array(), Type.Undefined()])
      expect(() => compile(schema, false)).toThrow(TypeError)
  })
})

describe('beta', () => {
  it('parses beta records with the beta schema', () => {
    const result = safeParseBetaCallRecord(example('beta/CallRecord/get-2.json'), strict)
    expect(warningsOf(result)).toEqual([])
  })
})

describe('enumInfo', () => {
  it('tells evolvable enums and the members after the sentinel, from the schema', async () => {
    const { enumInfo, ProductFamily, MediaStreamDirection, ModalityMembers, Modality } = await import('../../src/index.js')
    expect(enumInfo(ProductFamily)).toEqual({
      members: ['unknown', 'teams', 'skypeForBusiness', 'lync', 'unknownFutureValue', 'azureCommunicationServices'],
      evolvable: true,
      afterSentinel: ['azureCommunicationServices'],
    })
    expect(enumInfo(MediaStreamDirection).evolvable).toBe(false)
    expect(enumInfo(Modality).members).toEqual(ModalityMembers)
  })
})
