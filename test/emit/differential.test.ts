/**
 * Ajv on the emitted JSON Schema against the package's own strict parser, payload by payload: the
 * documented examples, generated valid payloads and their mutations. Where the two differ by nature
 * (a rule JSON Schema cannot state, or a format that is narrower than OData), the difference is named
 * here and asserted for what it is; every other disagreement fails.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TSchema } from '@sinclair/typebox'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as beta from '../../src/beta.js'
import * as v1 from '../../src/index.js'
import { createParser, type Issue, type Parser, type SafeParseResult } from '../../src/index.js'
import type { ApiVersion } from '../../src/model/types.js'
import { BETA_SOURCES, V1_SOURCES } from '../../src/emit/index.js'
import { namedSchemas as namedOf } from '../../src/emit/registry.js'

const namedSchemas = (version: 'v1.0' | 'beta') => namedOf(version === 'v1.0' ? V1_SOURCES : BETA_SOURCES)
import { arbitraryOf, forEachSite, mutationOf, replaceAt, type Segments } from '../properties/arbitraries.js'
import { DocumentValidators, strictAjv } from './validators.js'

const root = join(import.meta.dirname, '../..')
const versions = ['v1.0', 'beta'] as const
const modules = { 'v1.0': v1, beta } as unknown as Record<ApiVersion, Record<string, TSchema>>
const CR = 'microsoft.graph.callRecords'

// ---------------------------------------------------------------------------------------------------
// The two judges
// ---------------------------------------------------------------------------------------------------

const validators = {
  'v1.0': { '2020-12': new DocumentValidators('v1.0', '2020-12'), 'draft-07': new DocumentValidators('v1.0', 'draft-07') },
  beta: { '2020-12': new DocumentValidators('beta', '2020-12'), 'draft-07': new DocumentValidators('beta', 'draft-07') },
}

const parsers = new Map<TSchema, Parser<TSchema>>()
const parserOf = (schema: TSchema): Parser<TSchema> => {
  let parser = parsers.get(schema)
  if (!parser) parsers.set(schema, (parser = createParser(schema, { mode: 'strict' })))
  return parser
}

interface Verdicts {
  readonly ajv: boolean
  readonly parser: SafeParseResult<unknown>
}

/** Both judges on `value`; the two Ajv dialects must always agree with each other. */
const judge = (version: ApiVersion, name: string, value: unknown): Verdicts => {
  const schema = namedSchemas(version).get(name)!
  const modern = validators[version]['2020-12'].of(name)(value)
  const draft07 = validators[version]['draft-07'].of(name)(value)
  expect(draft07, `draft-07 and 2020-12 disagree on ${name}`).toBe(modern)
  return { ajv: modern, parser: parserOf(schema).safeParse(value) }
}

/** A payload as a consumer receives it: the result of JSON.parse. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

// ---------------------------------------------------------------------------------------------------
// The documented differences
// ---------------------------------------------------------------------------------------------------

/** The rules on which the two differ by nature; docs/json-schema-and-openapi.md lists the same. */
const Differences = {
  /** OData allows `hh:mm` without seconds; RFC 3339 `date-time` (ajv-formats) requires seconds. */
  secondsOmitted: 'RFC 3339 date-time requires seconds; OData (and the parser) accept hh:mm',
  /** The parser converts to UTC and refuses instants outside 0001–9999; neither the pattern nor `date-time` does. */
  utcRange: 'the instant, converted to UTC, must fall in years 0001–9999',
  /** The parser refuses a duration beyond 2^53-1 milliseconds; a pattern cannot count. */
  durationRange: 'an Edm.Duration must total at most 2^53-1 milliseconds',
  /** The parser refuses input nested deeper than maxDepth (64); JSON Schema has no depth limit. */
  depth: 'the parser refuses nesting deeper than maxDepth (default 64)',
  /** Without `@odata.type`, the parser reads a value as the one subtype its properties fit; JSON Schema checks the declared type. */
  inferredType: 'without @odata.type, the parser reads a value as the one subtype its properties fit',
} as const

const SECONDS_OMITTED = /^(\d{4}-\d\d-\d\dT\d\d:\d\d)(Z|[+-]\d\d:\d\d)$/

/** The value with `:00` added to every timestamp written without seconds, or undefined when there is none. */
const withSeconds = (schema: TSchema, value: unknown): unknown => {
  const places: { path: Segments; text: string }[] = []
  forEachSite(schema, value, (site) => {
    if (site.shape.kind === 'timestamp' && typeof site.value === 'string' && SECONDS_OMITTED.test(site.value))
      places.push({ path: site.path, text: site.value })
  })
  if (places.length === 0) return undefined
  return places.reduce<unknown>((current, { path, text }) => replaceAt(current, path, text.replace(SECONDS_OMITTED, '$1:00$2')), value)
}

/** Which documented rule explains a parser issue that Ajv cannot see, if any. */
const ruleOfIssue = (issue: Issue): string | undefined => {
  if (issue.code === 'invalid_timestamp' && issue.message.includes('converted to UTC')) return Differences.utcRange
  if (issue.code === 'invalid_duration' && issue.message.includes('too large')) return Differences.durationRange
  if (issue.code === 'too_deep') return Differences.depth
  return undefined
}

/**
 * Asserts that Ajv and the strict parser agree on `value`, or that a documented rule explains the
 * difference; returns that rule, if any.
 */
const expectAgreement = (version: ApiVersion, name: string, value: unknown): string | undefined => {
  const { ajv, parser } = judge(version, name, value)
  if (ajv === parser.success) return undefined
  const shown = JSON.stringify(value)?.slice(0, 400)
  if (parser.success) {
    // Ajv refuses what the parser accepts: only a timestamp without seconds may be the cause.
    const fixed = withSeconds(namedSchemas(version).get(name)!, value)
    expect(
      fixed,
      `Ajv refuses, the parser accepts, no documented rule applies: ${name} ${shown}\n${JSON.stringify(validators[version]['2020-12'].of(name).errors)}`,
    ).toBeDefined()
    expect(judge(version, name, fixed).ajv, `Ajv still refuses once seconds are added: ${name} ${shown}`).toBe(true)
    return Differences.secondsOmitted
  }
  // The parser refuses what Ajv accepts: every issue must be one that JSON Schema cannot see.
  const rules = parser.issues.map(ruleOfIssue)
  expect(
    rules.every((r) => r !== undefined),
    `Ajv accepts, the parser refuses: ${name} ${shown}\n${JSON.stringify(parser.issues)}`,
  ).toBe(true)
  return rules[0]
}

// ---------------------------------------------------------------------------------------------------
// Documented examples
// ---------------------------------------------------------------------------------------------------

const examples = versions.flatMap((version) =>
  readdirSync(join(root, 'examples', version)).flatMap((folder) =>
    readdirSync(join(root, 'examples', version, folder)).map((file) => ({
      version,
      folder,
      file,
      name: (modules[version][folder] as TSchema & { $id: string }).$id,
      payload: JSON.parse(readFileSync(join(root, 'examples', version, folder, file), 'utf8')) as unknown,
    })),
  ),
)

describe('the documented examples', () => {
  it('are all here', () => expect(examples.length).toBe(35))

  it.each(examples)('$version/$folder/$file: Ajv and the strict parser both accept it', ({ version, name, payload }) => {
    const { ajv, parser } = judge(version, name, payload)
    expect(parser.success).toBe(true)
    expect(ajv, JSON.stringify(validators[version]['2020-12'].of(name).errors)).toBe(true)
  })

  it.each(examples)('$version/$folder/$file: every mutation that breaks one rule is refused by both', ({ version, name, payload }) => {
    const schema = namedSchemas(version).get(name)!
    fc.assert(
      fc.property(mutationOf(schema, payload), (mutation) => {
        const value = asJson(mutation.value)
        const { parser } = judge(version, name, value)
        expect(parser.success, mutation.description).toBe(false)
        expectAgreement(version, name, value)
      }),
      { numRuns: 150 },
    )
  })
})

// ---------------------------------------------------------------------------------------------------
// Named mutations of a documented payload
// ---------------------------------------------------------------------------------------------------

describe('named rules, on examples/v1.0/CallRecord/get-2.legacy-2021.json', () => {
  const record = () => JSON.parse(readFileSync(join(root, 'examples/v1.0/CallRecord/get-2.legacy-2021.json'), 'utf8')) as Record<string, any>
  const name = `${CR}.callRecord`
  // `parser`: the parser's verdict where a documented difference makes it differ from Ajv's (`valid`).
  const cases: { rule: string; change: (r: Record<string, any>) => void; valid: boolean; parser?: boolean }[] = [
    { rule: 'wrong type: version is a string', change: (r) => (r.version = 'x'), valid: false },
    { rule: 'wrong type: modalities is an object', change: (r) => (r.modalities = {}), valid: false },
    { rule: 'impossible date: 2021-02-29', change: (r) => (r.startDateTime = '2021-02-29T00:00:00Z'), valid: false },
    { rule: 'impossible date in a nested place', change: (r) => (r.sessions[0].segments[0].endDateTime = '2021-04-31T10:00:00Z'), valid: false },
    { rule: 'unknown enum member', change: (r) => (r.type = 'conference'), valid: false },
    { rule: 'unknown enum member of an evolvable enum, in an array', change: (r) => r.modalities.push('hologram'), valid: false },
    { rule: 'unknown property on a closed type', change: (r) => (r.unknownProperty = 1), valid: false },
    { rule: 'unknown property on a nested closed type', change: (r) => (r.sessions[0].segments[0].media[0].streams[0].bogus = true), valid: false },
    { rule: 'unknown property on an open type (identity)', change: (r) => (r.organizer.user.extra = { a: 1 }), valid: true },
    { rule: 'an OData annotation on a closed type', change: (r) => (r['@odata.etag'] = 'W/"1"'), valid: true },
    { rule: 'null where not nullable: modalities', change: (r) => (r.modalities = null), valid: false },
    { rule: 'null where not nullable: startDateTime', change: (r) => (r.startDateTime = null), valid: false },
    { rule: 'null where nullable: joinWebUrl', change: (r) => (r.joinWebUrl = null), valid: true },
    { rule: 'an @odata.type that names no member', change: (r) => (r.sessions[0].caller['@odata.type'] = '#microsoft.graph.callRecords.nope'), valid: false },
    { rule: 'an @odata.type without #', change: (r) => (r.sessions[0].caller['@odata.type'] = `${CR}.participantEndpoint`), valid: true },
    {
      rule: `the properties of a subtype without @odata.type (${Differences.inferredType})`,
      change: (r) => delete r.sessions[0].caller['@odata.type'],
      valid: false,
      parser: true,
    },
    {
      rule: 'properties of two subtypes without @odata.type',
      change: (r) => delete Object.assign(r.sessions[0].caller, { role: 'x' })['@odata.type'],
      valid: false,
    },
    { rule: 'the base type without @odata.type', change: (r) => (r.sessions[0].caller = { userAgent: r.sessions[0].caller.userAgent }), valid: true },
    {
      rule: `an abstract type without @odata.type, whose properties fit one subtype (${Differences.inferredType})`,
      change: (r) => delete r.sessions[0].caller.userAgent['@odata.type'],
      valid: false,
      parser: true,
    },
    {
      rule: 'an abstract type without @odata.type, whose properties fit every subtype',
      change: (r) => (r.sessions[0].caller.userAgent = { headerValue: 'x' }),
      valid: false,
    },
    { rule: 'Int64 beyond 2^53-1', change: (r) => (r.version = 2 ** 53), valid: false },
    { rule: 'a duration with a fraction and a sign', change: (r) => (r.sessions[0].segments[0].media[0].streams[0].averageJitter = '-PT0.016S'), valid: true },
    { rule: 'a duration with years', change: (r) => (r.sessions[0].segments[0].media[0].streams[0].averageJitter = 'P1Y'), valid: false },
    { rule: 'a timestamp with an offset', change: (r) => (r.startDateTime = '2020-02-25T19:52:21.2169889+01:00'), valid: true },
  ]

  it.each(cases)('$rule: Ajv says $valid', ({ change, valid, parser: differs }) => {
    const value = record()
    change(value)
    const { ajv, parser } = judge('v1.0', name, value)
    expect(parser.success).toBe(differs ?? valid)
    expect(ajv).toBe(valid)
  })
})

// ---------------------------------------------------------------------------------------------------
// Generated payloads
// ---------------------------------------------------------------------------------------------------

describe.each(versions)('generated payloads of every definition, %s', (version) => {
  const names = [...namedSchemas(version).keys()]
  const big = new Set([`${CR}.callRecord`, `${CR}.callRecordCollectionResponse`, `${CR}.sessionCollectionResponse`, `${CR}.session`])

  it.each(names)('%s: Ajv agrees with the strict parser on valid payloads', (name) => {
    const schema = namedSchemas(version).get(name)!
    fc.assert(
      fc.property(arbitraryOf(schema), (generated) => {
        const value = asJson(generated)
        expect(parserOf(schema).safeParse(value).success, 'the arbitrary makes valid payloads').toBe(true)
        const rule = expectAgreement(version, name, value)
        if (rule !== undefined) expect(rule).toBe(Differences.secondsOmitted)
      }),
      { numRuns: big.has(name) ? 60 : 40 },
    )
  })

  it.each(names)('%s: Ajv agrees with the strict parser on mutated payloads', (name) => {
    const schema = namedSchemas(version).get(name)!
    fc.assert(
      fc.property(
        arbitraryOf(schema).chain((value) => mutationOf(schema, value)),
        (mutation) => {
          const value = asJson(mutation.value)
          expect(parserOf(schema).safeParse(value).success, mutation.description).toBe(false)
          expectAgreement(version, name, value)
        },
      ),
      { numRuns: big.has(name) ? 60 : 40 },
    )
  })
})

// ---------------------------------------------------------------------------------------------------
// Each documented difference, asserted for what it is
// ---------------------------------------------------------------------------------------------------

describe('documented differences between a JSON Schema validator and the strict parser', () => {
  const name = `${CR}.session`
  const session = (startDateTime: unknown) => ({ id: 's', startDateTime })
  const withFormats = validators['v1.0']['2020-12']
  const withoutFormats = new DocumentValidators('v1.0', '2020-12', { formats: false })

  it('a date that does not exist (2021-02-30): the pattern cannot see it; the date-time format of ajv-formats and the parser refuse it', () => {
    const value = session('2021-02-30T10:00:00Z')
    expect(new RegExp(v1.TimestampPattern, 'u').test('2021-02-30T10:00:00Z')).toBe(true)
    expect(withoutFormats.of(name)(value)).toBe(true) // `format` not checked: the pattern alone accepts it
    expect(withFormats.of(name)(value)).toBe(false)
    expect(parserOf(v1.Session).safeParse(value)).toMatchObject({ success: false, issues: [{ path: '/startDateTime', code: 'invalid_timestamp' }] })
    // A leap day exists in 2024 for all three.
    expect(withFormats.of(name)(session('2024-02-29T10:00:00Z'))).toBe(true)
    expect(withoutFormats.of(name)(session('2024-02-29T10:00:00Z'))).toBe(true)
    expect(parserOf(v1.Session).safeParse(session('2024-02-29T10:00:00Z')).success).toBe(true)
  })

  it(`${Differences.secondsOmitted}: Ajv with formats refuses 2021-03-01T10:00Z, the parser reads it as 10:00:00`, () => {
    const value = session('2021-03-01T10:00Z')
    expect(withFormats.of(name)(value)).toBe(false)
    expect(withFormats.of(name).errors?.[0]).toMatchObject({ instancePath: '/startDateTime', keyword: 'format' })
    expect(withoutFormats.of(name)(value)).toBe(true)
    expect(parserOf(v1.Session).parse(value)).toMatchObject({ startDateTime: '2021-03-01T10:00:00.0000000Z' })
    expect(expectAgreement('v1.0', name, value)).toBe(Differences.secondsOmitted)
  })

  it(`${Differences.utcRange}: 0001-01-01T00:00:00+01:00 and 9999-12-31T23:59:59-01:00 pass JSON Schema, not the parser`, () => {
    for (const text of ['0001-01-01T00:00:00+01:00', '9999-12-31T23:59:59-01:00']) {
      expect(withFormats.of(name)(session(text)), text).toBe(true)
      const result = parserOf(v1.Session).safeParse(session(text))
      expect(result).toMatchObject({ success: false, issues: [{ path: '/startDateTime', code: 'invalid_timestamp' }] })
      expect(expectAgreement('v1.0', name, session(text))).toBe(Differences.utcRange)
    }
  })

  it('more than 7 fractional digits: refused by both in strict mode; only the lenient parser cuts them (with a warning)', () => {
    const value = session('2020-02-25T18:52:21.21698891Z')
    expect(withFormats.of(name)(value)).toBe(false)
    expect(parserOf(v1.Session).safeParse(value).success).toBe(false)
    const lenient = parserOf(v1.Session).safeParse(value, { mode: 'lenient' })
    expect(lenient).toMatchObject({ success: true, value: { startDateTime: '2020-02-25T18:52:21.2169889Z' }, warnings: [{ code: 'truncated_timestamp' }] })
  })

  it(`${Differences.durationRange}: P104249992D matches the pattern; the parser refuses it`, () => {
    const stream = (averageJitter: string) => ({ averageJitter })
    const streamName = `${CR}.mediaStream`
    expect(withFormats.of(streamName)(stream('P104249992D'))).toBe(true)
    expect(parserOf(v1.MediaStream).safeParse(stream('P104249992D'))).toMatchObject({ success: false, issues: [{ code: 'invalid_duration' }] })
    expect(expectAgreement('v1.0', streamName, stream('P104249992D'))).toBe(Differences.durationRange)
    // One day less is within range for both.
    expect(withFormats.of(streamName)(stream('P104249991D'))).toBe(true)
    expect(parserOf(v1.MediaStream).safeParse(stream('P104249991D')).success).toBe(true)
  })

  it('Edm.Duration has no `format`: the duration of ajv-formats (RFC 3339) refuses the fractions and the sign Graph sends', () => {
    const rfc3339 = strictAjv('2020-12').compile({ type: 'string', format: 'duration' })
    expect(rfc3339('PT0.016S')).toBe(false)
    expect(rfc3339('-PT1S')).toBe(false)
    expect(rfc3339('PT16S')).toBe(true)
    const stream = withFormats.document.$defs as Record<string, any>
    expect(stream[`${CR}.mediaStream`].properties.averageJitter.format).toBeUndefined()
    expect(withFormats.of(`${CR}.mediaStream`)({ averageJitter: 'PT0.016S' })).toBe(true)
  })

  it('Int64 beyond 2^53: JSON.parse rounds the number before either judge sees it; both refuse what is out of range and accept what rounds into it', () => {
    const name = `${CR}.callRecord`
    const above = JSON.parse('{"version": 9007199254740993}') as { version: number }
    expect(above.version).toBe(9007199254740992)
    expect(judge('v1.0', name, above)).toMatchObject({ ajv: false, parser: { success: false, issues: [{ code: 'unsafe_integer' }] } })
    // The text has a fraction, the number does not: neither can tell.
    const rounded = JSON.parse('{"version": 9007199254740991.4}') as { version: number }
    expect(rounded.version).toBe(9007199254740991)
    expect(judge('v1.0', name, rounded)).toMatchObject({ ajv: true, parser: { success: true } })
  })

  it(`${Differences.depth}: a deep value in an open type passes JSON Schema, not the parser`, () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 80; i++) deep = [deep]
    const value = { organizer: { user: { id: 'u', extra: deep } } }
    const name = `${CR}.callRecord`
    expect(validators['v1.0']['2020-12'].of(name)(value)).toBe(true)
    expect(parserOf(v1.CallRecord).safeParse(value)).toMatchObject({ success: false, issues: [{ code: 'too_deep' }] })
    expect(expectAgreement('v1.0', name, value)).toBe(Differences.depth)
    expect(parserOf(v1.CallRecord).safeParse(value, { maxDepth: 200 }).success).toBe(true)
  })

  it('lenient mode has no JSON Schema counterpart: evolvable enums, undeclared properties, numeric strings', () => {
    const name = `${CR}.callRecord`
    const ajv = validators['v1.0']['2020-12'].of(name)
    const cases: [unknown, string][] = [
      [{ modalities: ['hologram'] }, 'unknown_enum_member'],
      [{ callQuality: 'good' }, 'unknown_property'],
      [{ version: '12' }, 'numeric_string'],
    ]
    for (const [value, code] of cases) {
      expect(ajv(value), JSON.stringify(value)).toBe(false)
      expect(parserOf(v1.CallRecord).safeParse(value).success).toBe(false)
      expect(parserOf(v1.CallRecord).safeParse(value, { mode: 'lenient' })).toMatchObject({ success: true, warnings: [{ code }] })
    }
    expect(parserOf(v1.CallRecord).parse({ modalities: ['hologram'] }, { mode: 'lenient' })).toEqual({ modalities: ['unknownFutureValue'] })
  })

  it('the parser normalizes (canonical UTC timestamps); a validator leaves the payload as it was', () => {
    const value = { startDateTime: '2020-02-25T19:52:21+01:00' }
    const ajv = validators['v1.0']['2020-12'].of(`${CR}.callRecord`)
    expect(ajv(value)).toBe(true)
    expect(value.startDateTime).toBe('2020-02-25T19:52:21+01:00')
    expect(parserOf(v1.CallRecord).parse(value)).toEqual({ startDateTime: '2020-02-25T18:52:21.0000000Z' })
  })
})
