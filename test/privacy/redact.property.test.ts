/**
 * Laws of redaction over records generated from the schemas (test/properties/arbitraries.ts), in v1.0
 * and beta. Which places are personal is read here independently of the redactor: every declared place
 * (forEachSite, which selects members as the parsers do) whose schema carries `x-personal-data`.
 * Each personal place is stamped with a distinctive value first, so that "does not appear" means something.
 */
import type { TSchema } from '@sinclair/typebox'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as beta from '../../src/beta.js'
import * as v1 from '../../src/index.js'
import { createParser, redact, type RedactOptions } from '../../src/index.js'
import { PERSONAL_DATA } from '../../src/schema/keywords.js'
import { arbitraryOf, deepCopy, forEachSite, REMOVE, replaceAt, type Segments } from '../properties/arbitraries.js'

const targets = [
  ['v1.0 CallRecord', v1.CallRecord],
  ['v1.0 PstnCallLogRow', v1.PstnCallLogRow],
  ['v1.0 DirectRoutingLogRow', v1.DirectRoutingLogRow],
  ['beta CallRecord', beta.CallRecord],
  ['beta SmsLogRow', beta.SmsLogRow],
  ['beta PstnBlockedUsersLogRow', beta.PstnBlockedUsersLogRow],
  ['beta PstnOnlineMeetingDialoutReport', beta.PstnOnlineMeetingDialoutReport],
] as const

const maxItems = (depth: number): number => (depth < 3 ? 2 : 1)

/** The paths of the personal places present in `value`: declared places whose schema carries the keyword. */
const personalPaths = (schema: TSchema, value: unknown): Segments[] => {
  const out: Segments[] = []
  forEachSite(schema, value, (site) => {
    if (typeof site.value === 'string' && typeof site.schema[PERSONAL_DATA] === 'string' && site.shape.kind !== 'object') out.push(site.path)
  })
  return out
}

/** A distinctive personal value: a GUID, or text that cannot occur by chance. */
const personalValue = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^[a-z]{4,12}$/).map((s) => `PII-${s}-7f3a`),
)

/** A record with every personal place stamped with a distinctive value. */
const stampedOf = (schema: TSchema) =>
  fc.tuple(arbitraryOf(schema, { maxItems, openExtras: false }), fc.array(personalValue, { minLength: 1, maxLength: 8 })).map(([value, stamps]) => {
    let out = value
    personalPaths(schema, value).forEach((path, i) => {
      out = replaceAt(out, path, stamps[i % stamps.length])
    })
    return { value: out, personal: personalPaths(schema, out).map((path) => path.reduce<any>((v, k) => v[k], out) as string) }
  })

/** `value` with its personal places set to `replacement` (or removed). */
const blanked = (value: unknown, paths: readonly Segments[], replacement: unknown): unknown =>
  paths.reduce<unknown>((v, path) => replaceAt(v, path, replacement), deepCopy(value))

const KEY = 'property-test-key-0123456789abcdef'
const OTHER = 'another-property-key-0123456789ab'
const MODES: readonly RedactOptions[] = [{ mode: 'drop' }, { mode: 'mask' }, { mode: 'pseudonymize', key: KEY }]
const runs = { numRuns: 40 }

describe.each(targets)('%s', (_, schema) => {
  const strict = createParser(schema, { mode: 'strict' })

  it('generates valid records that hold personal values (so the laws say something)', () => {
    const samples = fc.sample(stampedOf(schema), { numRuns: 30, seed: 1 })
    for (const { value } of samples) expect(strict.safeParse(value).success).toBe(true)
    expect(samples.some((s) => s.personal.length > 0)).toBe(true)
  })

  it.each(MODES)('$mode: no personal value of the input appears anywhere in the output', (options) => {
    fc.assert(
      fc.property(stampedOf(schema), ({ value, personal }) => {
        const text = JSON.stringify(redact(schema, value, options))
        for (const secret of personal) expect(text).not.toContain(secret)
      }),
      runs,
    )
  })

  it.each(MODES)('$mode: every other value is unchanged, the input too, and the output parses in strict mode', (options) => {
    fc.assert(
      fc.property(stampedOf(schema), ({ value }) => {
        const before = deepCopy(value)
        const out = redact(schema, value, options)
        expect(value).toEqual(before)
        const paths = personalPaths(schema, value)
        const replacement = options.mode === 'drop' ? REMOVE : 'X'
        expect(blanked(out, paths, replacement)).toEqual(blanked(value, paths, replacement))
        const result = strict.safeParse(out)
        expect(result.success ? [] : result.issues).toEqual([])
      }),
      runs,
    )
  })

  it('pseudonyms are deterministic for one key and differ between keys', () => {
    fc.assert(
      fc.property(stampedOf(schema), ({ value, personal }) => {
        const a = redact(schema, value, { mode: 'pseudonymize', key: KEY })
        expect(redact(schema, deepCopy(value), { mode: 'pseudonymize', key: KEY })).toEqual(a)
        if (personal.length > 0) expect(redact(schema, value, { mode: 'pseudonymize', key: OTHER })).not.toEqual(a)
      }),
      runs,
    )
  })

  it('one value gets one token wherever it is (joins and counts still work)', () => {
    fc.assert(
      fc.property(stampedOf(schema), ({ value }) => {
        const out = redact(schema, value, { mode: 'pseudonymize', key: KEY })
        const tokens = new Map<string, string>()
        for (const path of personalPaths(schema, value)) {
          const input = path.reduce<any>((v, k) => v[k], value) as string
          const token = path.reduce<any>((v, k) => v[k], out) as string
          const key = /^[0-9a-f-]{36}$/i.test(input) ? input.toLowerCase() : input
          if (tokens.has(key)) expect(token).toBe(tokens.get(key))
          tokens.set(key, token)
        }
      }),
      runs,
    )
  })
})
