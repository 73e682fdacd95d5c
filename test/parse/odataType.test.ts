/**
 * `@odata.type`: subtype inference when Graph leaves it out (`odata.metadata=none`), strict mode that
 * keeps checking a value whose abstract type is not named, and a wrong name on a value without subtypes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeParseCallRecord, safeParseSession } from '../../src/index.js'
import { expectIssues, expectWarnings, issuesOf } from './expectIssues.js'

const root = join(import.meta.dirname, '../..')
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'))
const strict = { mode: 'strict' } as const

describe('a response without @odata.type (odata.metadata=none)', () => {
  const fixture = () => read('test/fixtures/metadata-none/v1.0-CallRecord-get-2.json')
  const inferred = ['callee', 'callee/userAgent', 'caller', 'caller/userAgent'].map((p) => `/sessions/0/${p}/@odata.type inferred_odata_type`)

  it('parses in strict mode with no warning, and in lenient mode with one warning per inferred value', () => {
    expectWarnings(safeParseCallRecord(fixture(), strict), [])
    expectWarnings(safeParseCallRecord(fixture()), inferred)
  })
  it('comes out as the documented response with its @odata.type does', () => {
    const documented = safeParseCallRecord(read('examples/v1.0/CallRecord/get-2.json'), strict)
    for (const options of [strict, {}]) {
      const result = safeParseCallRecord(fixture(), options)
      expect(result.success && result.value).toEqual(documented.success && documented.value)
    }
  })
  it('validates the properties of the inferred subtype', () => {
    const bad = fixture()
    bad.sessions[0].caller.cpuCoresCount = 'fourteen'
    bad.sessions[0].callee.userAgent.platform = 7
    for (const options of [strict, {}])
      expectIssues(safeParseCallRecord(bad, options), ['/sessions/0/callee/userAgent/platform invalid_type', '/sessions/0/caller/cpuCoresCount invalid_type'])
  })
  it('keeps the declared type when the declared type alone fits, or when more than one subtype fits', () => {
    // `endpoint` declares userAgent: the value is an endpoint.
    const base = safeParseSession({ caller: { userAgent: null } }, strict)
    expect(base.success && base.value.caller).toEqual({ userAgent: null })
    // A property of no endpoint type: read as endpoint, with the property reported.
    expectIssues(safeParseSession({ caller: { name: 'x', role: 'y' } }, strict), ['/caller/name unknown_property', '/caller/role unknown_property'])
    // Properties of both user-agent subtypes: no inference, the abstract type's rule applies.
    expectWarnings(safeParseSession({ caller: { userAgent: { headerValue: 'x' } } }), ['/caller/userAgent/@odata.type missing_odata_type'])
  })
  it('the legacy documented response too', () => {
    const documented = safeParseCallRecord(read('examples/v1.0/CallRecord/get-2.legacy-2021.json'), strict)
    const result = safeParseCallRecord(read('test/fixtures/metadata-none/v1.0-CallRecord-get-2.legacy-2021.json'), strict)
    expectWarnings(result, [])
    // The legacy example names the base type identitySet, which the output cannot know without it.
    const dropTypes = (v: unknown): unknown =>
      JSON.parse(JSON.stringify(v, (k, x) => (k === '@odata.type' && x === '#microsoft.graph.identitySet' ? undefined : x)))
    expect(dropTypes(result.success && result.value)).toEqual(dropTypes(documented.success && documented.value))
  })
})

describe('strict mode and an abstract type without @odata.type', () => {
  it('reports it and still checks the rest of the value', () => {
    expectIssues(safeParseSession({ caller: { userAgent: { headerValue: 7 } } }, strict), [
      '/caller/userAgent/@odata.type missing_odata_type',
      '/caller/userAgent/headerValue invalid_type',
    ])
    // Properties of both subtypes fit neither: read as the first, and a bad enum is still found.
    expect(issuesOf(safeParseSession({ caller: { userAgent: { platform: 'toaster', role: 'x' } } }, strict))).toEqual([
      '/caller/userAgent/@odata.type missing_odata_type',
      '/caller/userAgent/platform invalid_enum',
      '/caller/userAgent/role unknown_property',
    ])
  })
})

describe('@odata.type of a value without subtypes', () => {
  const session = { id: 's', '@odata.type': '#microsoft.graph.callRecords.segment' }
  it('naming another type is an issue in strict mode', () => {
    expectIssues(safeParseSession(session, strict), ['/@odata.type unknown_odata_type'])
  })
  it('is relaxed in lenient mode: read as the declared type, with a warning, and kept', () => {
    const result = safeParseSession(session)
    expectWarnings(result, ['/@odata.type unknown_odata_type'])
    expect(result.success && result.value).toEqual(session)
  })
  it('that is not a string is an issue in both modes', () => {
    expectIssues(safeParseSession({ '@odata.type': 3 }), ['/@odata.type unknown_odata_type'])
  })
  it('naming the type, with or without #, is accepted', () => {
    for (const type of ['#microsoft.graph.callRecords.session', 'microsoft.graph.callRecords.session'])
      expectWarnings(safeParseSession({ '@odata.type': type }, strict), [])
  })
})
