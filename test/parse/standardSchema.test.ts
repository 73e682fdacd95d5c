/**
 * The parsers as Standard Schema V1: what a consumer such as tRPC or TanStack Form sees through the
 * spec's own types (`@standard-schema/spec`), and that it says what `safeParse` says.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { CallRecord, createParser, Session, type Parser } from '../../src/index.js'

const root = join(import.meta.dirname, '../..')
const record = () => JSON.parse(readFileSync(join(root, 'examples/v1.0/CallRecord/get-2.legacy-2021.json'), 'utf8'))

/** What a Standard Schema consumer does: call `validate` through the spec's interface, nothing else. */
const consume = async <S extends StandardSchemaV1>(schema: S, value: unknown): Promise<StandardSchemaV1.Result<StandardSchemaV1.InferOutput<S>>> =>
  schema['~standard'].validate(value)

describe('Standard Schema V1', () => {
  const parser = createParser(CallRecord)

  it('is the spec interface, with the static type of the schema as output', () => {
    expectTypeOf(parser).toExtend<StandardSchemaV1<unknown, CallRecord>>()
    expectTypeOf<StandardSchemaV1.InferOutput<Parser<typeof CallRecord>>>().toEqualTypeOf<CallRecord>()
    expect(parser['~standard'].version).toBe(1)
    expect(parser['~standard'].vendor).toBe('graph-callrecords')
  })

  it('returns the normalized value of a valid input', async () => {
    const input = record()
    const result = await consume(parser, input)
    expect(result.issues).toBeUndefined()
    expect(result).toEqual({ value: parser.parse(input) })
    expect((result as { value: CallRecord }).value.startDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/)
  })

  it('returns every issue with its path as keys, indexes as numbers', async () => {
    const input = { sessions: [{ segments: [{ startDateTime: '2021-02-29T00:00:00Z' }] }], version: 'x' }
    const result = await consume(parser, input)
    const issues = result.issues ?? []
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining([['version'], ['sessions', 0, 'segments', 0, 'startDateTime']]))
    expect(issues).toHaveLength(2)
    const safe = parser.safeParse(input)
    expect(safe.success).toBe(false)
    if (!safe.success) expect(issues.map((i) => i.message).sort()).toEqual(safe.issues.map((i) => i.message).sort())
  })

  it('never throws, whatever the input', async () => {
    const hostile = {
      get id(): string {
        throw new Error('boom')
      },
    }
    const result = await consume(createParser(Session), hostile)
    expect(result.issues?.length).toBeGreaterThan(0)
  })
})

describe('check', () => {
  it('narrows to the static type when it checks strictly', () => {
    const parser = createParser(CallRecord)
    const value: unknown = record()
    if (parser.check(value, { mode: 'strict' })) expectTypeOf(value).toEqualTypeOf<CallRecord>()
    expectTypeOf(parser.check(value)).toEqualTypeOf<boolean>()
    expect(parser.check(value, { mode: 'strict' })).toBe(true)
    // Lenient accepts a numeric string that the static type says is a number: no narrowing for it.
    expect(parser.check({ version: '3' })).toBe(true)
    expect(parser.check({ version: '3' }, { mode: 'strict' })).toBe(false)
  })
})
