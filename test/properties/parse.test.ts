/**
 * Laws of the parsers, checked with payloads generated from the schemas themselves (see arbitraries.ts)
 * for every top-level type that has a parser, in v1.0 and beta.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import type { TSchema } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import fc from 'fast-check'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import * as beta from '../../src/beta.js'
import * as v1 from '../../src/index.js'
import { CallRecordsParseError, IssueCodes, normalizeTimestamp, type Issue, type ParseOptions, type SafeParseResult } from '../../src/index.js'
import {
  arbitraryOf,
  deepCopy,
  forEachSite,
  mutatedArbitraryOf,
  mutatedPairArbitraryOf,
  replaceAt,
  selectMember,
  toPointer,
  valueAt,
  type Expectation,
  type Segments,
  type Site,
} from './arbitraries.js'
import { EDM_TYPE } from '../../src/schema/keywords.js'

// ---------------------------------------------------------------------------------------------------
// The parsers under test: every `safeParseX` that src/index.ts and src/beta.ts export, with schema `X`
// ---------------------------------------------------------------------------------------------------

interface Target {
  readonly label: string
  readonly name: string
  readonly schema: TSchema
  readonly safeParse: (value: unknown, options?: ParseOptions) => SafeParseResult<unknown>
  readonly parse: (value: unknown, options?: ParseOptions) => unknown
}

const targetsOf = (version: string, module: Record<string, unknown>): Target[] =>
  Object.keys(module)
    .filter((key) => key.startsWith('safeParse'))
    .sort()
    .map((key) => {
      const name = key.slice('safeParse'.length)
      const schema = module[name] as TSchema | undefined
      const parse = module[`parse${name}`]
      if (schema === undefined || typeof parse !== 'function') throw new Error(`${version}: ${key} has no schema or parse function`)
      return {
        label: `${version} ${name}`,
        name,
        schema,
        safeParse: module[key] as Target['safeParse'],
        parse: parse as Target['parse'],
      }
    })

const targets: Target[] = [...targetsOf('v1.0', v1), ...targetsOf('beta', beta)]

const REQUIRED = {
  'v1.0': ['CallRecord', 'Session', 'Segment', 'Participant', 'PstnCallLogRow', 'DirectRoutingLogRow', 'ChangeNotificationCollection'],
  beta: [
    'CallRecord',
    'Session',
    'Segment',
    'Participant',
    'PstnCallLogRow',
    'DirectRoutingLogRow',
    'ChangeNotificationCollection',
    'SmsLogRow',
    'PstnBlockedUsersLogRow',
    'PstnOnlineMeetingDialoutReport',
  ],
}

/** Multiplies every run count, for a longer search: `PROPERTY_RUNS_FACTOR=10 npx vitest run test/properties`. */
const FACTOR = Number(process.env.PROPERTY_RUNS_FACTOR ?? 1) || 1

/** Fewer runs for the types whose payloads nest deepest. */
const runs = (target: Target, base: number): number =>
  Math.round(
    FACTOR * (/^CallRecord/.test(target.name) ? Math.max(20, Math.round(base / 5)) : /^(Session|Segment)/.test(target.name) ? Math.round(base / 2) : base),
  )

const STRICT = { mode: 'strict' } as const
const LENIENT = { mode: 'lenient' } as const
const MODES = [STRICT, LENIENT] as const

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/
const POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/

const arbitraries = new Map<string, fc.Arbitrary<unknown>>()
const validOf = (target: Target): fc.Arbitrary<unknown> => {
  let arbitrary = arbitraries.get(target.label)
  if (!arbitrary) arbitraries.set(target.label, (arbitrary = arbitraryOf(target.schema)))
  return arbitrary
}

/** `path code` of each issue or warning, the way test/parse/expectIssues.ts shows them. */
const reports = (list: readonly Issue[]): string[] => list.map((i) => `${i.path} ${i.code}`)

/** The value of a success; fails the property, with the issues, otherwise. */
const successValue = (result: SafeParseResult<unknown>): unknown => {
  if (!result.success) expect.fail(`expected a success, got ${JSON.stringify(reports(result.issues))}`)
  return result.value
}

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

const objectsOf = (value: unknown, into = new Set<object>()): Set<object> => {
  if (value !== null && typeof value === 'object') {
    into.add(value)
    for (const key of Object.keys(value)) objectsOf((value as Record<string, unknown>)[key], into)
  }
  return into
}

/** Whether a value is plain JSON data: plain objects and dense arrays, strings, finite numbers, booleans, null. */
const isPlainJson = (value: unknown): boolean => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(value)
    case 'object': {
      if (value === null) return true
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) return false
        for (let i = 0; i < value.length; i++) if (!(i in value) || !isPlainJson(value[i])) return false
        return true
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false
      if (Object.getOwnPropertySymbols(value).length > 0) return false
      return Object.getOwnPropertyNames(value).every((key) => {
        const d = Object.getOwnPropertyDescriptor(value, key)!
        return d.enumerable && 'value' in d && isPlainJson(d.value)
      })
    }
    default:
      return false
  }
}

/**
 * Structural equality of JSON-like data, stricter than JSON: prototypes, -0, holes and undefined
 * properties count. (`toStrictEqual` also compares `.constructor`, which is data here: a payload may
 * have a property named "constructor".)
 */
const same = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Reflect.ownKeys(a)
  const kb = Reflect.ownKeys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k]))
}

/** Fails with a diff unless `actual` and `expected` are {@link same}. */
const expectSame = (actual: unknown, expected: unknown, what = ''): void => {
  if (same(actual, expected)) return
  expect(actual, what).toEqual(expected)
  expect.fail(`${what} differ in a prototype, a -0, a hole or an undefined property`)
}

/** Timestamps with more than 7 fractional digits, cut to 7 as lenient mode does. */
const cutTo7 = (text: string): string => text.replace(/(\.\d{7})\d+/, '$1')

/** Every Edm.DateTimeOffset of `output` is canonical and is the normalized input at the same place. */
const checkTimestamps = (schema: TSchema, input: unknown, output: unknown): number => {
  let count = 0
  forEachSite(schema, input, (site) => {
    if (site.shape.kind === 'timestamp' && typeof site.value === 'string') {
      count++
      expect(valueAt(output, site.path), `at ${site.path.join('/')}`).toBe(normalizeTimestamp(cutTo7(site.value)))
    }
  })
  forEachSite(schema, output, (site) => {
    if (site.shape.kind === 'timestamp' && site.value !== undefined && site.value !== null) expect(site.value).toMatch(CANONICAL)
  })
  return count
}

/** How many objects and arrays nest along the deepest path of `value` (a scalar: 0, `{}`: 1). */
const nesting = (value: unknown): number => {
  if (value === null || typeof value !== 'object') return 0
  let deepest = 0
  for (const key of Object.keys(value)) deepest = Math.max(deepest, nesting((value as Record<string, unknown>)[key]))
  return 1 + deepest
}

/** JSON Pointers of the objects and arrays inside `value` with `depth` containers around them. */
const containersAt = (value: unknown, depth: number, path: Segments = []): string[] => {
  if (value === null || typeof value !== 'object') return []
  if (path.length === depth) return [toPointer(path)]
  return Object.keys(value).flatMap((key) => containersAt((value as Record<string, unknown>)[key], depth, [...path, Array.isArray(value) ? Number(key) : key]))
}

/** The declared properties of the member that a polymorphic site selects. */
const selectDeclared = (site: Site): Record<string, unknown> => {
  if (site.shape.kind !== 'polymorphic') return {}
  return selectMember(site.shape, site.value as Record<string, unknown>)?.properties ?? {}
}

/** Whether a schema has an Edm.DateTimeOffset anywhere. */
const hasTimestamp = (schema: TSchema, seen = new Set<TSchema>()): boolean => {
  if (seen.has(schema)) return false
  seen.add(schema)
  const s = schema as TSchema & Record<string, any>
  if (s[EDM_TYPE] === 'Edm.DateTimeOffset') return true
  const children: TSchema[] = [
    ...Object.values((s.properties ?? {}) as Record<string, TSchema>),
    ...((s.anyOf ?? []) as TSchema[]),
    ...(s.items ? [s.items] : []),
  ]
  return children.some((c) => hasTimestamp(c, seen))
}

// `Object.prototype` and `Array.prototype` must come out of every run as they went in.
const prototypeKeys = () => [Reflect.ownKeys(Object.prototype).map(String).sort(), Reflect.ownKeys(Array.prototype).map(String).sort()]
const prototypesBefore = prototypeKeys()
const checkPrototypes = () => {
  expect(prototypeKeys()).toEqual(prototypesBefore)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
}
afterEach(checkPrototypes)
afterAll(checkPrototypes)

describe('the parsers under test', () => {
  it('include every top-level type, v1.0 and beta, and every page of them', () => {
    for (const [version, names] of Object.entries(REQUIRED)) {
      const have = targets.filter((t) => t.label.startsWith(`${version} `)).map((t) => t.name)
      expect(have).toEqual(expect.arrayContaining(names))
      // Every page type of the version has its parser.
      const module = (version === 'beta' ? beta : v1) as Record<string, unknown>
      const pages = Object.keys(module).filter((k) => k.endsWith('CollectionResponse') && /^[A-Z]/.test(k)) // the schemas, not parseX, isX, assertX
      expect(pages.length).toBeGreaterThan(5)
      expect(have).toEqual(expect.arrayContaining(pages))
    }
  })
})

describe('the arbitraries', () => {
  it.each(targets.map((t) => [t.label, t] as const))('%s: generate only values that TypeBox checks as valid', (_, target) => {
    fc.assert(
      fc.property(validOf(target), (value) => {
        if (!Value.Check(target.schema, value)) expect.fail(JSON.stringify([...Value.Errors(target.schema, value)].slice(0, 3)))
      }),
      { numRuns: runs(target, 50) },
    )
  })
  it('generate timestamps in every accepted shape, leap days, nulls and every member of polymorphic values', () => {
    const samples = fc.sample(arbitraryOf(v1.Session), { numRuns: 300, seed: 1 })
    const text = JSON.stringify(samples)
    const timestamps: string[] = []
    for (const sample of samples)
      forEachSite(v1.Session, sample, (s) => s.shape.kind === 'timestamp' && typeof s.value === 'string' && timestamps.push(s.value))
    expect(timestamps.some((t) => t.endsWith('Z'))).toBe(true)
    expect(timestamps.some((t) => /[+-]\d\d:\d\d$/.test(t))).toBe(true)
    expect(timestamps.some((t) => /T\d\d:\d\d[Z+-]/.test(t))).toBe(true)
    for (let digits = 0; digits <= 7; digits++) {
      const re = digits === 0 ? /:\d\d:\d\d[Z+-]/ : new RegExp(`:\\d\\d\\.\\d{${digits}}[Z+-]`)
      expect(
        timestamps.some((t) => re.test(t)),
        `${digits} fractional digits`,
      ).toBe(true)
    }
    expect(timestamps.some((t) => t.slice(5, 10) === '02-29')).toBe(true)
    for (const name of ['participantEndpoint', 'serviceEndpoint', 'clientUserAgent', 'serviceUserAgent', 'communicationsIdentitySet']) {
      expect(text).toContain(`"#microsoft.graph.${name === 'communicationsIdentitySet' ? '' : 'callRecords.'}${name}"`)
      expect(text).toContain(`"microsoft.graph.${name === 'communicationsIdentitySet' ? '' : 'callRecords.'}${name}"`)
    }
    expect(text).toContain('null')
    expect(text).toContain('"PT')
  })
})

describe('every generated payload', () => {
  it.each(targets.map((t) => [t.label, t] as const))('%s: parses in both modes with no issue and no warning, to the same output', (_, target) => {
    fc.assert(
      fc.property(validOf(target), (value) => {
        const outputs = MODES.map((mode) => {
          const result = target.safeParse(value, mode)
          expect(reports(result.warnings), mode.mode).toEqual([])
          return successValue(result)
        })
        // Where both modes accept without relaxing anything, they agree.
        expectSame(outputs[0], outputs[1], 'strict and lenient outputs')
      }),
      { numRuns: runs(target, 150) },
    )
  })

  it.each(targets.map((t) => [t.label, t] as const))('%s: is parsed idempotently, and the same through a JSON round trip', (_, target) => {
    fc.assert(
      fc.property(validOf(target), fc.constantFrom(...MODES), (value, mode) => {
        const once = successValue(target.safeParse(value, mode))
        const again = target.safeParse(once, mode)
        expectSame(successValue(again), once)
        expect(reports(again.warnings)).toEqual([])
        // parse commutes with JSON: parse(json(x)) = json(parse(x)), and json(parse(x)) is a fixpoint.
        const json = JSON.parse(JSON.stringify(once))
        expectSame(successValue(target.safeParse(JSON.parse(JSON.stringify(value)), mode)), json)
        expectSame(successValue(target.safeParse(json, mode)), json)
      }),
      { numRuns: runs(target, 100) },
    )
  })

  it.each(targets.map((t) => [t.label, t] as const))(
    '%s: comes out with canonical timestamps, each the normalized input timestamp at the same place',
    (_, target) => {
      let seen = 0
      fc.assert(
        fc.property(validOf(target), fc.constantFrom(...MODES), (value, mode) => {
          seen += checkTimestamps(target.schema, value, successValue(target.safeParse(value, mode)))
        }),
        { numRuns: runs(target, 100) },
      )
      // Where the type has timestamps, the law must have looked at some.
      if (hasTimestamp(target.schema)) expect(seen).toBeGreaterThan(0)
    },
  )

  it.each(targets.map((t) => [t.label, t] as const))('%s: is never mutated, and shares no object with the output', (_, target) => {
    fc.assert(
      fc.property(validOf(target), fc.constantFrom(...MODES), (value, mode) => {
        const snapshot = JSON.stringify(value)
        const copy = deepCopy(value)
        const output = successValue(target.safeParse(value, mode))
        expect(JSON.stringify(value)).toBe(snapshot)
        expectSame(value, copy, 'the input')
        const inputs = objectsOf(value)
        for (const object of objectsOf(output)) if (inputs.has(object)) expect.fail('the output shares an object with the input')
        // Frozen, any write to the input would throw (in strict-mode code) and surface as an issue.
        const frozen = deepFreeze(deepCopy(value))
        expectSame(successValue(target.safeParse(frozen, mode)), output)
        expect(JSON.stringify(frozen)).toBe(snapshot)
      }),
      { numRuns: runs(target, 100) },
    )
  })
})

describe('every generated payload keeps its shape', () => {
  it.each(targets.map((t) => [t.label, t] as const))(
    "%s: keeps every property it has, annotations and open types' extras included, and invents none",
    (_, target) => {
      fc.assert(
        fc.property(validOf(target), fc.constantFrom(...MODES), (value, mode) => {
          const output = successValue(target.safeParse(value, mode))
          // The same keys at every place, and the same values where no schema normalizes them.
          const compare = (input: unknown, out: unknown, path: string): void => {
            if (input === null || typeof input !== 'object') return
            expect(Object.keys(out as object).sort(), path).toEqual(Object.keys(input).sort())
            for (const key of Object.keys(input)) compare((input as Record<string, unknown>)[key], (out as Record<string, unknown>)[key], `${path}/${key}`)
          }
          compare(value, output, '')
          forEachSite(target.schema, value, (site) => {
            if (site.shape.kind !== 'object' && site.shape.kind !== 'polymorphic') return
            if (site.value === null || typeof site.value !== 'object') return
            const declared = new Set(Object.keys(site.shape.kind === 'object' ? site.shape.schema.properties : selectDeclared(site)))
            for (const key of Object.keys(site.value)) {
              if (declared.has(key)) continue
              expectSame(valueAt(output, [...site.path, key]), (site.value as Record<string, unknown>)[key], `undeclared ${key}`)
            }
          })
        }),
        { numRuns: runs(target, 100) },
      )
    },
  )

  it.each(targets.map((t) => [t.label, t] as const))(
    '%s: parses with maxDepth equal to its nesting, and fails with one less, with too_deep exactly at the deepest containers',
    (_, target) => {
      fc.assert(
        fc.property(validOf(target), fc.constantFrom(...MODES), (value, mode) => {
          const depth = nesting(value)
          const enough = target.safeParse(value, { ...mode, maxDepth: depth })
          successValue(enough)
          expect(reports(enough.warnings)).toEqual([])
          const short = target.safeParse(value, { ...mode, maxDepth: depth - 1 })
          expect(short.success).toBe(false)
          const expected = containersAt(value, depth - 1).map((p) => `${p} too_deep`)
          expect(reports(short.success ? [] : short.issues).sort()).toEqual(expected.sort())
        }),
        { numRuns: runs(target, 100) },
      )
    },
  )
})

describe('every documented example and every JSON fixture', () => {
  // Examples are instances of the schema their folder names; a fixture is tried with every parser.
  const root = join(import.meta.dirname, '../..')
  const jsonFiles = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
    )
  const isJson = (file: string) => {
    try {
      JSON.parse(readFileSync(join(root, file), 'utf8'))
      return true
    } catch {
      return false
    }
  }
  // What a parse keeps as it found it (it warns again): a fixture read as another type has these.
  const KEPT = new Set(['unknown_property', 'unknown_odata_type', 'missing_odata_type'])
  const cases = [...jsonFiles('examples'), ...jsonFiles('test/fixtures')].filter(isJson).flatMap((file) => {
    const [top, version, folder] = file.split(sep)
    const chosen = top === 'examples' ? targets.filter((t) => t.label === `${version} ${folder}`) : targets
    return chosen.map((target) => [`${file} as ${target.label}`, file, target] as const)
  })
  it('include the examples and the fixture without @odata.type', () => {
    expect(cases.filter(([, file]) => file.startsWith('examples')).length).toBeGreaterThan(30)
    expect(cases.some(([, file]) => file.includes('metadata-none'))).toBe(true)
    // The fixture without @odata.type is accepted, with warnings that the output no longer gives.
    const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/metadata-none/v1.0-CallRecord-get-2.json'), 'utf8'))
    expect(v1.safeParseCallRecord(fixture).warnings.length).toBe(4)
  })
  it.each(cases)('%s: is normalized idempotently: the output parses to itself with no warning', (_, file, target) => {
    const input = JSON.parse(readFileSync(join(root, file), 'utf8'))
    for (const mode of MODES) {
      const result = target.safeParse(input, mode)
      if (!result.success || result.warnings.some((w) => KEPT.has(w.code))) continue
      const again = target.safeParse(result.value, mode)
      expect(reports(again.warnings), mode.mode).toEqual([])
      expectSame(successValue(again), result.value)
    }
  })
})

describe('a payload with one rule broken at one place', () => {
  const check = (result: SafeParseResult<unknown>, expected: Expectation, path: string, what: string) => {
    const report = `${path} ${expected.code}`
    if (expected.as === 'issue') {
      expect(result.success, what).toBe(false)
      const issues = reports(result.success ? [] : result.issues)
      if (expected.exact) expect(issues, what).toEqual([report])
      else expect(issues, what).toContain(report)
    } else {
      expect(result.success, `${what}: ${JSON.stringify(result.success ? [] : reports(result.issues))}`).toBe(true)
      const warnings = reports(result.warnings)
      if (expected.exact) expect(warnings, what).toEqual([report])
      else expect(warnings, what).toContain(report)
    }
  }
  it.each(targets.map((t) => [t.label, t] as const))(
    '%s: is reported there with the expected code (strict), and in lenient mode as an issue or the relaxation warning',
    (_, target) => {
      fc.assert(
        fc.property(mutatedArbitraryOf(target.schema), (mutation) => {
          check(target.safeParse(mutation.value, STRICT), mutation.strict, mutation.path, `strict: ${mutation.description}`)
          check(target.safeParse(mutation.value, LENIENT), mutation.lenient, mutation.path, `lenient: ${mutation.description}`)
        }),
        { numRuns: runs(target, 300) },
      )
    },
  )
})

describe('a payload with rules broken at two independent places', () => {
  it.each(targets.map((t) => [t.label, t] as const))('%s: has both reported in strict mode, and nothing else', (_, target) => {
    fc.assert(
      fc.property(mutatedPairArbitraryOf(target.schema), (pair) => {
        const result = target.safeParse(pair.value, STRICT)
        expect(result.success, pair.description).toBe(false)
        expect(reports(result.success ? [] : result.issues).sort(), pair.description).toEqual([...pair.strict].sort())
      }),
      { numRuns: runs(target, 100) },
    )
  })
})

describe('what only lenient mode accepts', () => {
  const RELAXATIONS = new Set([
    'truncated_timestamp',
    'numeric_string',
    'unknown_enum_member',
    'unknown_property',
    'unknown_odata_type',
    'missing_odata_type',
    'inferred_odata_type',
  ])
  // What a lenient parse keeps as it found it, and so reports again (an inferred type is written out).
  const STICKY = new Set(['unknown_property', 'unknown_odata_type', 'missing_odata_type'])
  it.each(targets.map((t) => [t.label, t] as const))(
    '%s: parses with warnings only, normalized once and for all (only what is kept as found warns again)',
    (_, target) => {
      fc.assert(
        fc.property(arbitraryOf(target.schema, { lenient: true }), (value) => {
          const result = target.safeParse(value, LENIENT)
          const once = successValue(result)
          for (const warning of result.warnings) expect(RELAXATIONS).toContain(warning.code)
          const again = target.safeParse(once, LENIENT)
          expectSame(successValue(again), once)
          expect(reports(again.warnings)).toEqual(reports(result.warnings.filter((w) => STICKY.has(w.code))))
          checkTimestamps(target.schema, value, once)
        }),
        { numRuns: runs(target, 100) },
      )
    },
  )
})

describe('safeParse never throws', () => {
  const checkResult = (target: Target, input: unknown, options: ParseOptions) => {
    let result: SafeParseResult<unknown> | undefined
    expect(() => (result = target.safeParse(input, options))).not.toThrow()
    const r = result as unknown as Record<string, unknown>
    expect(typeof r).toBe('object')
    expect(r).not.toBeNull()
    expect(typeof r.success).toBe('boolean')
    const all = [...(result!.success ? [] : result!.issues), ...result!.warnings]
    for (const issue of all) {
      expect(issue.path).toMatch(POINTER)
      expect(IssueCodes).toContain(issue.code)
      expect(typeof issue.message).toBe('string')
    }
    if (result!.success) expect(isPlainJson(result!.value), 'the output is plain JSON data').toBe(true)
    else expect(result!.issues.length).toBeGreaterThan(0)
    // parse throws exactly when safeParse fails, and only a CallRecordsParseError with the same issues.
    try {
      target.parse(input, options)
      expect(result!.success).toBe(true)
    } catch (error) {
      expect(error).toBeInstanceOf(CallRecordsParseError)
      expect(result!.success).toBe(false)
      expect((error as CallRecordsParseError).issues).toStrictEqual(result!.success ? [] : result!.issues)
    }
  }
  const options = fc.constantFrom<ParseOptions>(STRICT, LENIENT, { mode: 'strict', maxDepth: 3 }, { maxDepth: 0 }, {})

  const keys = fc.oneof(
    { arbitrary: fc.string({ maxLength: 6 }), weight: 3 },
    {
      arbitrary: fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        '@odata.type',
        'value',
        'sessions',
        'segments',
        'startDateTime',
        'id',
        'version',
        'modalities',
        'caller',
      ),
      weight: 2,
    },
  )
  const anything = fc.anything({
    key: keys,
    maxDepth: 4,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
    withNullPrototype: true,
    withSparseArray: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    stringUnit: 'binary',
  })
  const odataTypes = fc.constantFrom(
    '#microsoft.graph.callRecords.participantEndpoint',
    '#microsoft.graph.callRecords.serviceUserAgent',
    '#microsoft.graph.communicationsIdentitySet',
    '#nope',
  )

  it.each(targets.map((t) => [t.label, t] as const))('%s: on anything, on JSON texts and on broken payloads', (_, target) => {
    const n = runs(target, 100)
    fc.assert(
      fc.property(anything, options, (input, o) => checkResult(target, input, o)),
      { numRuns: n },
    )
    fc.assert(
      fc.property(fc.json(), options, (text, o) => checkResult(target, JSON.parse(text), o)),
      { numRuns: n },
    )
    // A valid payload with one place replaced by anything (so the parsers meet it deep inside).
    const sitesOf = (value: unknown): Segments[] => {
      const paths: Segments[] = []
      forEachSite(target.schema, value, (site) => paths.push(site.path))
      return paths
    }
    fc.assert(
      fc.property(
        validOf(target).chain((value) => fc.tuple(fc.constant(value), fc.constantFrom(...sitesOf(value)), fc.oneof(anything, odataTypes))),
        options,
        ([value, path, replacement], o) => checkResult(target, replaceAt(value, path, replacement), o),
      ),
      { numRuns: n },
    )
    // JSON texts of a valid payload, cut or edited at one character, parsed when they are still JSON.
    fc.assert(
      fc.property(
        validOf(target),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('cut', 'delete', 'insert', 'replace'),
        fc.constantFrom(...'{}[]",:0-9.eE tnfu\\'),
        options,
        (value, a, b, op, ch, o) => {
          const text = JSON.stringify(value)
          const i = a % (text.length + 1)
          const fragment =
            op === 'cut'
              ? text.slice(Math.min(i, b % (text.length + 1)), Math.max(i, b % (text.length + 1)))
              : op === 'delete'
                ? text.slice(0, i) + text.slice(i + 1)
                : op === 'insert'
                  ? text.slice(0, i) + ch + text.slice(i)
                  : text.slice(0, i) + ch + text.slice(i + 1)
          let input: unknown
          try {
            input = JSON.parse(fragment)
          } catch {
            return
          }
          checkResult(target, input, o)
        },
      ),
      { numRuns: n },
    )
  })
})
