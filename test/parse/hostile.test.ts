/**
 * Every exported `safeParse*` (v1.0 and beta, found by name so that a new parser is covered) keeps its
 * promise on hostile input: a cycle, a shared value, a getter that throws something unprintable, and
 * objects that are not JSON (a Map, a Set, a Date, a class instance).
 */
import { describe, expect, it } from 'vitest'
import * as beta from '../../src/beta.js'
import * as v1 from '../../src/index.js'
import { CallRecordsParseError, type ParseOptions, type SafeParseResult } from '../../src/index.js'
import { issuesOf } from './expectIssues.js'

type SafeParse = (value: unknown, options?: ParseOptions) => SafeParseResult<unknown>
type Parse = (value: unknown, options?: ParseOptions) => unknown

const parsersOf = (version: string, module: Record<string, unknown>) =>
  Object.keys(module)
    .filter((key) => key.startsWith('safeParse') && typeof module[key] === 'function')
    .map((key) => [`${version} ${key}`, module[key] as SafeParse, module[`parse${key.slice('safeParse'.length)}`] as Parse] as const)

const parsers = [...parsersOf('v1.0', v1), ...parsersOf('beta', beta)]
const MODES = [{ mode: 'lenient' }, { mode: 'strict' }] as const

/** An array that holds itself twice: walked naively, it costs 2^depth visits. */
const doubleCycle = (): unknown[] => {
  const a: unknown[] = []
  a.push(a, a)
  return a
}

/** 60 levels of arrays whose two items are the same array: no cycle, but 2^60 paths. */
const sharedTower = (): unknown => {
  let value: unknown = 'leaf'
  for (let i = 0; i < 60; i++) value = [value, value]
  return value
}

/** What a throwing getter throws: an object whose `toString` (and `message`) throw as well. */
const unprintable = (): unknown => ({
  toString() {
    throw unprintable()
  },
  get message(): string {
    throw new Error('no message')
  },
})

const withThrowingGetter = (key: string): Record<string, unknown> =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw unprintable()
    },
  })

class Record2 {
  id = 'x'
}

describe.each(parsers)('%s', (_, safeParse, parse) => {
  it('has a parse function beside it', () => expect(typeof parse).toBe('function'))

  it.each(MODES)('reports a cycle under an unknown property and an annotation ($mode), quickly', (options) => {
    const a = doubleCycle()
    const result = safeParse({ extra: a, 'extra@odata.annotation': a }, options)
    expect(result.success).toBe(false)
    const cycles = issuesOf(result).filter((i) => i.endsWith(' cycle'))
    // Each item of the array is the array itself: one issue each, and nothing is walked again. The same
    // array met again is reported once, at the first place; strict mode rejects the unknown property
    // without copying it, so there the first place is the annotation.
    expect(cycles).toEqual(
      options.mode === 'strict' ? ['/extra@odata.annotation/0 cycle', '/extra@odata.annotation/1 cycle'] : ['/extra/0 cycle', '/extra/1 cycle'],
    )
    expect(() => parse({ extra: a }, options)).toThrow(CallRecordsParseError)
  })

  it('copies a value shared by many paths once per depth, not once per path', () => {
    const result = safeParse({ 'x@odata.annotation': sharedTower() })
    expect(issuesOf(result).filter((i) => !i.endsWith('unknown_property') && !i.endsWith('missing_property'))).toEqual([])
  })

  it.each(['extra', 'id', 'value', '@odata.type'])('turns a getter on "%s" that throws something unprintable into an issue', (key) => {
    for (const options of MODES) {
      let result: SafeParseResult<unknown> | undefined
      expect(() => (result = safeParse(withThrowingGetter(key), options))).not.toThrow()
      expect(result!.success).toBe(false)
      if (!result!.success) {
        expect(result!.issues.map((i) => i.code)).toContain('internal')
        for (const issue of result!.issues) expect(typeof issue.message).toBe('string')
      }
      expect(() => parse(withThrowingGetter(key), options)).toThrow(CallRecordsParseError)
    }
  })

  it.each([
    ['a Map', new Map([['id', 'x']])],
    ['a Set', new Set(['x'])],
    ['a Date', new Date(0)],
    ['an instance of Record2', new Record2()],
  ])('rejects %s where an object belongs, and names it', (received, value) => {
    for (const options of MODES) {
      const result = safeParse(value, options)
      expect(result.success).toBe(false)
      expect(result.success ? [] : result.issues.map((i) => [i.path, i.code, i.received])).toEqual([['', 'invalid_type', received]])
    }
  })
})

describe('non-plain objects', () => {
  it('are not JSON under an annotation or an unknown property', () => {
    const result = v1.safeParseCallRecord({ 'id@odata.annotation': new Map([['a', 1]]), extra: [new Date(0)] })
    expect(issuesOf(result)).toEqual(['/id@odata.annotation not_json', '/extra/0 not_json'])
  })
  it('are rejected where a polymorphic value belongs', () => {
    expect(issuesOf(v1.safeParseSession({ caller: new Map([['name', 'x']]) }))).toEqual(['/caller invalid_type'])
    expect(issuesOf(v1.safeParseSession({ caller: { userAgent: new Set() } }, { mode: 'strict' }))).toEqual(['/caller/userAgent invalid_type'])
  })
  it('with a null prototype are plain objects', () => {
    const record = Object.assign(Object.create(null), { id: 'x' })
    expect(v1.safeParseCallRecord(record, { mode: 'strict' }).success).toBe(true)
  })
})
