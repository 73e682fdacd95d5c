/**
 * fast-check arbitraries derived from the TypeBox schemas of the package, and rule-breaking mutations
 * of the values they generate.
 *
 * `arbitraryOf(schema)` walks the schema (TypeBox `Kind`, `x-edm-type`, `x-graph-base`,
 * `additionalProperties`) and generates JSON values that the CSDL allows, so that a strict parser must
 * accept them. `mutationOf(schema, value)` breaks one rule at one place of such a value and says which
 * issue (or, in lenient mode, which warning) a parser must report there.
 */
import { Kind, type TSchema } from '@sinclair/typebox'
import fc from 'fast-check'
import type { IssueCode } from '../../src/index.js'
import { formatTimestamp, monthDays, pad, type TimestampFields } from '../time/arbitraries.js'
import { isEnum } from '../../src/schema/isEnum.js'
import { EDM_TYPE, GRAPH_BASE } from '../../src/schema/keywords.js'

/** A schema read as plain JSON, with TypeBox's `Kind` symbol. */
export type AnySchema = TSchema & Record<string, any>

/** A path into a value: object keys and array indexes, outermost first. */
export type Segments = readonly (string | number)[]

const SENTINEL = 'unknownFutureValue'
const INT32_MIN = -2147483648
const INT32_MAX = 2147483647

// ---------------------------------------------------------------------------------------------------
// What a schema is
// ---------------------------------------------------------------------------------------------------

/** The shape of a schema once `null` is set aside, classified the way the parsers read it. */
export type Shape =
  | { readonly kind: 'object'; readonly schema: AnySchema }
  | { readonly kind: 'polymorphic'; readonly schema: AnySchema; readonly base: string; readonly members: readonly AnySchema[] }
  | { readonly kind: 'enum'; readonly schema: AnySchema; readonly members: readonly string[]; readonly evolvable: boolean }
  | { readonly kind: 'array'; readonly schema: AnySchema; readonly items: AnySchema }
  | { readonly kind: 'alternatives'; readonly schema: AnySchema; readonly members: readonly AnySchema[] }
  | {
      readonly kind: 'timestamp' | 'duration' | 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'literal' | 'any'
      readonly schema: AnySchema
    }

export interface Classified {
  /** Whether `null` is allowed here (a union with `Type.Null()`, a CSDL-nullable property). */
  readonly nullable: boolean
  readonly shape: Shape
}

const classifiedCache = new WeakMap<TSchema, Classified>()

/** Classifies a schema: nullable or not, and what it holds otherwise. */
export const classify = (schema: TSchema): Classified => {
  const cached = classifiedCache.get(schema)
  if (cached) return cached
  const s = schema as AnySchema
  let result: Classified
  switch (s[Kind]) {
    case 'Union': {
      const members = s.anyOf as AnySchema[]
      const nullable = members.some((m) => m[Kind] === 'Null')
      const rest = members.filter((m) => m[Kind] !== 'Null')
      if (s[GRAPH_BASE] !== undefined) {
        result = { nullable, shape: { kind: 'polymorphic', schema: s, base: s[GRAPH_BASE], members: rest } }
      } else if (rest.length === 1) {
        const inner = classify(rest[0]!)
        result = { nullable: nullable || inner.nullable, shape: inner.shape }
      } else if (isEnum(rest)) {
        const values = rest.map((m) => m.const as string)
        result = { nullable, shape: { kind: 'enum', schema: s, members: values, evolvable: values.includes(SENTINEL) } }
      } else if (rest.length === 0) {
        result = { nullable, shape: { kind: 'null', schema: s } }
      } else {
        result = { nullable, shape: { kind: 'alternatives', schema: s, members: rest } }
      }
      break
    }
    case 'Object':
      result = { nullable: false, shape: { kind: 'object', schema: s } }
      break
    case 'Array':
      result = { nullable: false, shape: { kind: 'array', schema: s, items: s.items } }
      break
    case 'String': {
      const edm = s[EDM_TYPE]
      const kind = edm === 'Edm.DateTimeOffset' ? 'timestamp' : edm === 'Edm.Duration' ? 'duration' : 'string'
      result = { nullable: false, shape: { kind, schema: s } }
      break
    }
    case 'Integer':
      result = { nullable: false, shape: { kind: 'integer', schema: s } }
      break
    case 'Number':
      result = { nullable: false, shape: { kind: 'number', schema: s } }
      break
    case 'Boolean':
      result = { nullable: false, shape: { kind: 'boolean', schema: s } }
      break
    case 'Null':
      result = { nullable: true, shape: { kind: 'null', schema: s } }
      break
    case 'Literal':
      result = { nullable: false, shape: { kind: 'literal', schema: s } }
      break
    case 'Any':
    case 'Unknown':
      result = { nullable: true, shape: { kind: 'any', schema: s } }
      break
    default:
      throw new TypeError(`no arbitrary for a schema of kind ${String(s[Kind])}`)
  }
  classifiedCache.set(schema, result)
  return result
}

/** The `@odata.type` of a Graph type: `ODataType(name)` makes a string with the pattern `^#?name$`. */
const isODataTypeSchema = (schema: AnySchema): boolean => schema[Kind] === 'String' && typeof schema.pattern === 'string' && schema.pattern.startsWith('^#?')

/** Whether a type declares every property of `value` other than annotations (or is open). */
const fitsAll = (properties: readonly string[], open: boolean, value: Record<string, unknown>): boolean =>
  open || Object.keys(value).every((key) => key.includes('@') || properties.includes(key))

/**
 * The member a value without `@odata.type` is read as by inference (docs/parsing.md): the one subtype
 * that declares all its properties, when the declared type alone does not (an abstract type declares
 * what all its subtypes declare). `undefined` when no single subtype is the answer.
 */
export const inferMember = (shape: Shape & { kind: 'polymorphic' }, value: Record<string, unknown>): AnySchema | undefined => {
  const keysOf = (m: AnySchema) => Object.keys(m.properties)
  const base = shape.members.find((m) => m.$id === shape.base)
  const baseFits = base
    ? fitsAll(keysOf(base), base.additionalProperties === true, value)
    : fitsAll(
        keysOf(shape.members[0]!).filter((k) => shape.members.every((m) => k in m.properties)),
        shape.members.every((m) => m.additionalProperties === true),
        value,
      )
  if (baseFits) return undefined
  const fitting = shape.members.filter((m) => m !== base && fitsAll(keysOf(m), m.additionalProperties === true, value))
  return fitting.length === 1 ? fitting[0] : undefined
}

/** The object schema that a polymorphic value selects with its `@odata.type` (absent: inferred, or the declared base). */
export const selectMember = (shape: Shape & { kind: 'polymorphic' }, value: Record<string, unknown>): AnySchema | undefined => {
  const type = value['@odata.type']
  if (type === undefined) return inferMember(shape, value) ?? shape.members.find((m) => m.$id === shape.base)
  const name = typeof type === 'string' ? type.replace(/^#/, '') : undefined
  return shape.members.find((m) => m.$id === name)
}

// ---------------------------------------------------------------------------------------------------
// Values of the Edm primitives
// ---------------------------------------------------------------------------------------------------

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

const digitString = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''))

const offsetMinutes = fc.oneof(
  { arbitrary: fc.constant<'Z'>('Z'), weight: 3 },
  { arbitrary: fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }), weight: 2 },
  { arbitrary: fc.constantFrom(0, 60, -60, 330, -330, 345, -570, 14 * 60, -12 * 60, 23 * 60 + 59, -(23 * 60 + 59)), weight: 1 },
)

/**
 * Timestamp fields whose instant stays inside years 0002–9998 whatever the offset, in every accepted
 * shape: `Z` or `±hh:mm`, with or without seconds, 0 to `maxFraction` fractional digits.
 */
const timestampFieldsOf = (minFraction: number, maxFraction: number): fc.Arbitrary<TimestampFields> => {
  const time = fc.record({
    hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 23)),
    minute: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(0, 59)),
    second: minFraction > 0 ? fc.integer({ min: 0, max: 59 }) : fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    fraction: digitString(minFraction, maxFraction),
    offset: offsetMinutes,
  })
  const anyDate = fc
    .record({
      year: fc.oneof(
        { arbitrary: fc.integer({ min: 2, max: 9998 }), weight: 3 },
        { arbitrary: fc.integer({ min: 1990, max: 2040 }), weight: 2 },
        { arbitrary: fc.constantFrom(2, 4, 100, 400, 1600, 1900, 2000, 2020, 2021, 2024, 2100, 2400, 9996, 9998), weight: 1 },
      ),
      month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 12)),
      day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(1, 28, 29, 30, 31)),
    })
    .map((d) => ({ ...d, day: Math.min(d.day, monthDays(d.year, d.month)) }))
  // February 29 of a leap year, 0004–9996 (2000 and 2400 are leap years, 2100 is not).
  const leapDay = fc
    .oneof(
      fc.integer({ min: 1, max: 2499 }).map((k) => 4 * k),
      fc.constantFrom(4, 1600, 2000, 2400, 9996),
    )
    .filter(leap)
    .map((year) => ({ year, month: 2, day: 29 }))
  const date = fc.oneof({ arbitrary: anyDate, weight: 5 }, { arbitrary: leapDay, weight: 1 })
  return fc.tuple(date, time).map(([d, t]): TimestampFields => ({ ...d, ...t, fraction: t.second === undefined ? '' : t.fraction }))
}

/** `Edm.DateTimeOffset` texts in every shape the CSDL accepts, always in range once converted to UTC. */
export const timestampArbitrary: fc.Arbitrary<string> = timestampFieldsOf(0, 7).map((f) => formatTimestamp(f))

/** Timestamps with 8 to 12 fractional digits: lenient mode cuts them to 7, strict mode rejects them. */
export const longTimestampArbitrary: fc.Arbitrary<string> = timestampFieldsOf(8, 12).map((f) => formatTimestamp(f))

const durationNumber = fc
  .tuple(
    fc.oneof(fc.nat({ max: 99 }), fc.nat({ max: 100_000 })),
    fc.oneof({ arbitrary: fc.constant(0), weight: 5 }, { arbitrary: fc.nat({ max: 2 }), weight: 1 }),
  )
  .map(([n, zeros]) => '0'.repeat(zeros) + String(n))

/** `Edm.Duration` texts: `[-]P[nD][T[nH][nM][n[.f]S]]` with at least one component. */
export const durationArbitrary: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        negative: fc.boolean(),
        days: fc.option(durationNumber, { nil: undefined }),
        hours: fc.option(durationNumber, { nil: undefined }),
        minutes: fc.option(durationNumber, { nil: undefined }),
        seconds: fc.option(durationNumber, { nil: undefined }),
        fraction: fc.option(digitString(1, 9), { nil: undefined }),
      })
      .filter((d) => d.days !== undefined || d.hours !== undefined || d.minutes !== undefined || d.seconds !== undefined)
      .map((d) => {
        let text = `${d.negative ? '-' : ''}P`
        if (d.days !== undefined) text += `${d.days}D`
        if (d.hours !== undefined || d.minutes !== undefined || d.seconds !== undefined) {
          text += 'T'
          if (d.hours !== undefined) text += `${d.hours}H`
          if (d.minutes !== undefined) text += `${d.minutes}M`
          if (d.seconds !== undefined) text += `${d.seconds}${d.fraction === undefined ? '' : `.${d.fraction}`}S`
        }
        return text
      }),
  },
  { weight: 1, arbitrary: fc.constantFrom('PT0.016S', 'P1DT2H', '-PT5M', 'PT0S', 'P0D', 'PT1H30M', 'P3D', 'PT0.0000001S', '-P1DT0.5S') },
)

const stringArbitrary = (schema: AnySchema): fc.Arbitrary<string> => {
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern, 'u'))
  const minLength: number = schema.minLength ?? 0
  const maxLength: number = Math.max(schema.maxLength ?? 12, minLength)
  return fc
    .oneof(
      { arbitrary: fc.string({ minLength, maxLength }), weight: 4 },
      { arbitrary: fc.string({ unit: 'binary', minLength, maxLength: Math.min(maxLength, 6) }), weight: 1 },
      { arbitrary: fc.constantFrom('', 'a/b~c', '12', '2020-02-25T19:00:00Z', 'unknownFutureValue', '__proto__'), weight: 1 },
    )
    .filter((s) => s.length >= minLength && s.length <= maxLength)
}

const integerArbitrary = (schema: AnySchema): fc.Arbitrary<number> => {
  const min: number = schema.minimum ?? Number.MIN_SAFE_INTEGER
  const max: number = schema.maximum ?? Number.MAX_SAFE_INTEGER
  const small = fc.integer({ min: Math.max(min, INT32_MIN), max: Math.min(max, INT32_MAX) })
  const parts: fc.Arbitrary<number>[] = [small, fc.constantFrom(...new Set([min, max, Math.min(Math.max(0, min), max)]))]
  if (min < INT32_MIN || max > INT32_MAX) parts.push(fc.maxSafeInteger().filter((n) => n >= min && n <= max))
  return fc.oneof(...parts).filter((n) => fitsBounds(schema, n))
}

const numberArbitrary = (schema: AnySchema): fc.Arbitrary<number> =>
  fc
    .double({
      noNaN: true,
      noDefaultInfinity: true,
      ...(schema.minimum === undefined ? {} : { min: schema.minimum }),
      ...(schema.maximum === undefined ? {} : { max: schema.maximum }),
    })
    .filter((n) => fitsBounds(schema, n))

const fitsBounds = (schema: AnySchema, n: number): boolean =>
  (schema.exclusiveMinimum === undefined || n > schema.exclusiveMinimum) &&
  (schema.exclusiveMaximum === undefined || n < schema.exclusiveMaximum) &&
  (schema.multipleOf === undefined || n % schema.multipleOf === 0)

/** Small JSON values, for undeclared properties and annotations. */
export const smallJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 })

/** Sets `key` as an own data property, even `__proto__`. */
export const setOwn = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Stands for "no value": {@link replaceAt} and {@link withProperty} remove the property. */
export const REMOVE: unique symbol = Symbol('remove')

/** A shallow copy of `object` with `key` set to `value` (or removed, for {@link REMOVE}). */
const withProperty = (object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => {
  const out: Record<string, unknown> = Object.getPrototypeOf(object) === null ? Object.create(null) : {}
  for (const k of Object.keys(object)) if (k !== key) setOwn(out, k, object[k])
  if (value !== REMOVE) setOwn(out, key, value)
  return out
}

// ---------------------------------------------------------------------------------------------------
// arbitraryOf
// ---------------------------------------------------------------------------------------------------

export interface ArbitraryOptions {
  /**
   * The most items an array may have, given its nesting level in the value (the root is level 0; each
   * enclosing object or array adds one). Call records nest about 10 levels: keep it small deep down.
   * Default: 3 up to level 2, 2 up to level 5, then 1.
   */
  readonly maxItems?: (depth: number) => number
  /** Undeclared properties on open types (`additionalProperties: true`). Default true. */
  readonly openExtras?: boolean
  /** OData annotations (keys with `@`, such as `@odata.etag`) on any object. Default true. */
  readonly annotations?: boolean
  /**
   * Also generate what only lenient mode accepts, each with a warning: Int64 and Decimal as numeric
   * strings, timestamps with more than 7 fractional digits, strings that are not members of an
   * evolvable enum, undeclared properties on closed types. Default false.
   */
  readonly lenient?: boolean
}

/** `@odata.type` values that name no type of the package. */
export const unknownTypeNames = fc.constantFrom(
  '#microsoft.graph.callRecords.nope',
  'microsoft.graph.nope',
  '#Microsoft.Graph.callRecord',
  '',
  '#',
  '##microsoft.graph.identity',
  ' #microsoft.graph.identity',
)

const defaultMaxItems = (depth: number): number => (depth <= 2 ? 3 : depth <= 5 ? 2 : 1)

const annotationKeys = fc.constantFrom(
  '@odata.etag',
  '@odata.editLink',
  '@microsoft.graph.tips',
  '@odata.context.extra',
  'id@odata.etag',
  'x@y',
  '@',
  'a/b@c~d',
)

const undeclaredKeys = fc.oneof(
  { arbitrary: fc.string({ maxLength: 8 }), weight: 4 },
  { arbitrary: fc.constantFrom('callQuality', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a/b', '~0', ''), weight: 1 },
)

class Builder {
  private readonly cache = new Map<TSchema, Map<number, fc.Arbitrary<unknown>>>()
  private readonly maxItems: (depth: number) => number
  private readonly openExtras: boolean
  private readonly annotations: boolean
  private readonly lenient: boolean

  constructor(options: ArbitraryOptions) {
    this.maxItems = options.maxItems ?? defaultMaxItems
    this.openExtras = options.openExtras ?? true
    this.annotations = options.annotations ?? true
    this.lenient = options.lenient ?? false
  }

  of(schema: TSchema, depth: number): fc.Arbitrary<unknown> {
    let byDepth = this.cache.get(schema)
    if (!byDepth) this.cache.set(schema, (byDepth = new Map()))
    const cached = byDepth.get(depth)
    if (cached) return cached
    const { nullable, shape } = classify(schema)
    const inner = this.shape(shape, depth)
    const arbitrary =
      nullable && shape.kind !== 'null' && shape.kind !== 'any' ? fc.oneof({ arbitrary: inner, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : inner
    byDepth.set(depth, arbitrary)
    return arbitrary
  }

  private shape(shape: Shape, depth: number): fc.Arbitrary<unknown> {
    switch (shape.kind) {
      case 'object':
        return this.object(shape.schema, depth, false)
      case 'polymorphic': {
        // Every concrete member, named by `@odata.type`; the declared base type may also go without it.
        const members = fc.oneof(...shape.members.map((m) => this.object(m, depth, m.$id !== shape.base)))
        if (!this.lenient) return members
        // Lenient mode reads an unknown `@odata.type` as the declared type, and a value of an abstract
        // type without one as its first member.
        const unknownType = fc.tuple(members, unknownTypeNames).map(([value, type]) => withProperty(value as Record<string, unknown>, '@odata.type', type))
        const parts = [
          { arbitrary: members, weight: 6 },
          { arbitrary: unknownType, weight: 1 },
        ]
        if (!shape.members.some((m) => m.$id === shape.base)) {
          parts.push({ arbitrary: members.map((value) => withProperty(value as Record<string, unknown>, '@odata.type', REMOVE)), weight: 1 })
        }
        return fc.oneof(...parts)
      }
      case 'enum': {
        const members = fc.constantFrom(...shape.members)
        if (!(this.lenient && shape.evolvable)) return members
        const strangers = fc.string({ maxLength: 10 }).filter((s) => !shape.members.includes(s))
        return fc.oneof({ arbitrary: members, weight: 3 }, { arbitrary: strangers, weight: 1 })
      }
      case 'array': {
        const max = Math.min(shape.schema.maxItems ?? Infinity, this.maxItems(depth))
        const min = Math.min(shape.schema.minItems ?? 0, max)
        return fc.array(this.of(shape.items, depth + 1), { minLength: min, maxLength: max })
      }
      case 'alternatives':
        return fc.oneof(...shape.members.map((m) => this.of(m, depth)))
      case 'timestamp':
        return this.lenient ? fc.oneof({ arbitrary: timestampArbitrary, weight: 3 }, { arbitrary: longTimestampArbitrary, weight: 1 }) : timestampArbitrary
      case 'duration':
        return durationArbitrary
      case 'string':
        return stringArbitrary(shape.schema)
      case 'integer': {
        const integers = integerArbitrary(shape.schema)
        if (!(this.lenient && shape.schema[EDM_TYPE] === 'Edm.Int64')) return integers
        const texts = fc.tuple(integers, fc.boolean()).map(([n, padded]) => (padded ? `${n < 0 ? '-' : '+'}00${Math.abs(n)}` : String(n)))
        return fc.oneof({ arbitrary: integers, weight: 3 }, { arbitrary: texts, weight: 1 })
      }
      case 'number': {
        const numbers = numberArbitrary(shape.schema)
        if (!(this.lenient && shape.schema[EDM_TYPE] === 'Edm.Decimal')) return numbers
        return fc.oneof({ arbitrary: numbers, weight: 3 }, { arbitrary: numbers.map(String), weight: 1 })
      }
      case 'boolean':
        return fc.boolean()
      case 'null':
        return fc.constant(null)
      case 'literal':
        return fc.constant(shape.schema.const)
      case 'any':
        return smallJson
    }
  }

  /** An object of `schema`; `typed`: `@odata.type` is always present (a subtype, or an abstract base). */
  private object(schema: AnySchema, depth: number, typed: boolean): fc.Arbitrary<unknown> {
    const properties = schema.properties as Record<string, AnySchema>
    const declared = new Set(Object.keys(properties))
    const required = new Set<string>(schema.required ?? [])
    const model: Record<string, fc.Arbitrary<unknown>> = {}
    for (const [key, property] of Object.entries(properties)) {
      if (key === '@odata.type' && isODataTypeSchema(property)) {
        const name = schema.$id as string
        const pattern = new RegExp(property.pattern, 'u')
        if (!pattern.test(name) || !pattern.test(`#${name}`)) throw new Error(`@odata.type of ${name} does not accept its own name`)
        model[key] = fc.constantFrom(`#${name}`, name)
        if (typed) required.add(key)
      } else {
        model[key] = this.of(property, depth + 1)
      }
    }
    const record = fc.record(model, { requiredKeys: [...required] })

    // Undeclared keys: an open type's extras, annotations anywhere, and (lenient) a closed type's extras.
    const open = schema.additionalProperties === true
    const keySources: fc.Arbitrary<string>[] = []
    if (open && this.openExtras) keySources.push(undeclaredKeys, annotationKeys)
    else if (this.annotations) keySources.push(annotationKeys)
    if (!open && this.lenient) keySources.push(undeclaredKeys.filter((k) => !k.includes('@')))
    if (keySources.length === 0) return record
    const keys = fc.oneof(...keySources).filter((k) => !declared.has(k) && k !== '@odata.type')
    const extras = fc.oneof(
      { arbitrary: fc.constant([] as [string, unknown][]), weight: 3 },
      { arbitrary: fc.uniqueArray(fc.tuple(keys, smallJson), { selector: (e) => e[0], minLength: 1, maxLength: 2 }), weight: 1 },
    )
    return fc.tuple(record, extras).map(([base, more]) => {
      if (more.length === 0) return base
      const out: Record<string, unknown> = Object.getPrototypeOf(base) === null ? Object.create(null) : {}
      for (const key of Object.keys(base)) setOwn(out, key, (base as Record<string, unknown>)[key])
      for (const [key, value] of more) setOwn(out, key, value)
      return out
    })
  }
}

/**
 * An arbitrary of the JSON values that `schema` allows: every optional property present or absent,
 * `null` where the CSDL allows it, every enum member, every concrete type of a polymorphic value, Edm
 * primitives in every accepted form. With `lenient`, also the inputs only lenient mode accepts.
 */
export const arbitraryOf = (schema: TSchema, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> => new Builder(options).of(schema, 0)

// ---------------------------------------------------------------------------------------------------
// Walking a value with its schema
// ---------------------------------------------------------------------------------------------------

/** A declared place in a value: the root, a declared property (present or absent), or an array item. */
export interface Site {
  readonly path: Segments
  /** The schema declared at this place. */
  readonly schema: AnySchema
  readonly nullable: boolean
  readonly shape: Shape
  /** `undefined` when an optional property is absent. */
  readonly value: unknown
  /** The schema of the enclosing object, for a property. */
  readonly owner: AnySchema | undefined
  /** Whether the enclosing object was selected by its `@odata.type` (a member of a polymorphic value). */
  readonly polymorphicOwner: boolean
}

/**
 * Calls `visit` for every declared place of `value` (which `schema` must accept), outermost first:
 * declared properties whether present or not, array items. Undeclared properties are not visited.
 */
export const forEachSite = (schema: TSchema, value: unknown, visit: (site: Site) => void): void => {
  const walk = (schema: AnySchema, value: unknown, path: Segments, owner: AnySchema | undefined, polymorphicOwner: boolean): void => {
    const { nullable, shape } = classify(schema)
    visit({ path, schema, nullable, shape, value, owner, polymorphicOwner })
    if (value === undefined || value === null) return
    let object: AnySchema | undefined
    if (shape.kind === 'object') object = shape.schema
    else if (shape.kind === 'polymorphic') object = selectMember(shape, value as Record<string, unknown>)
    if (object !== undefined) {
      const record = value as Record<string, unknown>
      for (const [key, property] of Object.entries(object.properties as Record<string, AnySchema>)) {
        const own = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
        walk(property, own, [...path, key], object, shape.kind === 'polymorphic')
      }
    } else if (shape.kind === 'array' && Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(shape.items, item, [...path, i], undefined, false)
    }
  }
  walk(schema as AnySchema, value, [], undefined, false)
}

/**
 * RFC 6901: `~` is written `~0`, `/` is written `~1`. Written out here rather than imported, so that the
 * expected paths do not share a bug with the parser's own escaping.
 */
export const toPointer = (path: Segments): string => path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')

/** The value at `path`, or undefined. */
export const valueAt = (value: unknown, path: Segments): unknown => {
  let current = value
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    const record = current as Record<string | number, unknown>
    current = Object.prototype.hasOwnProperty.call(record, segment) ? record[segment] : undefined
  }
  return current
}

/** A deep copy that keeps `__proto__` keys as data and null prototypes as they are. */
export const deepCopy = <T>(value: T): T => {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(deepCopy) as T
  const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {}
  for (const key of Object.keys(value)) setOwn(out, key, deepCopy((value as Record<string, unknown>)[key]))
  return out as T
}

/** A copy of `value` where the place at `path` is `replacement`, or removed when `replacement` is `REMOVE`. */
export const replaceAt = (value: unknown, path: Segments, replacement: unknown): unknown => {
  if (path.length === 0) return deepCopy(replacement)
  const copy = deepCopy(value)
  replacement = deepCopy(replacement)
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>
  const last = path[path.length - 1]!
  if (replacement === REMOVE) delete parent[last]
  else if (typeof last === 'number') parent[last] = replacement
  else setOwn(parent as Record<string, unknown>, last, replacement)
  return copy
}

// ---------------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------------

/** What a parser must report for a mutation in one mode. */
export interface Expectation {
  readonly as: 'issue' | 'warning'
  readonly code: IssueCode
  /** The report is the only one (true), or one among others that the relaxation brings (false). */
  readonly exact: boolean
}

export interface Mutation {
  /** The mutated payload. */
  readonly value: unknown
  /** JSON Pointer of the mutated place. */
  readonly path: string
  /** What was done, for a failure message. */
  readonly description: string
  readonly strict: Expectation
  readonly lenient: Expectation
}

const issue = (code: IssueCode): Expectation => ({ as: 'issue', code, exact: true })
const both = (code: IssueCode) => ({ strict: issue(code), lenient: issue(code) })

interface Change {
  readonly path: Segments
  readonly replacement: unknown
  readonly description: string
  readonly strict: Expectation
  readonly lenient: Expectation
}

/** JSON values of the wrong type for each shape; wrong in both modes (no numeric strings for numbers). */
const wrongValues: Partial<Record<Shape['kind'], readonly unknown[]>> = {
  object: [0, 'x', true, [], [{}]],
  polymorphic: [0, 'x', false, [], [{}]],
  array: [0, 'x', true, {}, { length: 0 }],
  enum: [0, 1.5, true, [], {}, ['audio']],
  string: [0, -1.5, true, [], {}],
  timestamp: [0, 1582657224582, true, [], {}],
  duration: [0, 16, true, [], {}],
  integer: [true, 'x', '', '0x10', '12 ', ' 12', 'NaN', 'Infinity', '1e5x', [], {}, [1]],
  number: [false, 'x', '', '0x10', '1.5 ', 'NaN', '-Infinity', '1.2.3', [], {}],
  boolean: [0, 1, 'true', 'false', [], {}, [true]],
}

/** Dates that do not exist, times out of range, forms outside the OData ABNF: rejected in both modes. */
const impossibleTimestamps: fc.Arbitrary<string> = fc.oneof(
  // February 29 of a year that is not a leap year (2100, 1900 and 2021 among them).
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(1900, 2021, 2100, 2023, 1)).filter((y) => !leap(y)),
      fc.constantFrom('T00:00:00Z', 'T12:30Z', 'T23:59:59.9999999+05:30'),
    )
    .map(([y, time]) => `${pad(y, 4)}-02-29${time}`),
  // Day 31 of a 30-day month, day 30 of February.
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('04-31', '06-31', '09-31', '11-31', '02-30', '02-31'))
    .map(([y, md]) => `${pad(y, 4)}-${md}T10:00:00Z`),
  fc.constantFrom(
    '2021-02-29T00:00:00Z',
    '2020-00-10T00:00:00Z',
    '2020-13-01T00:00:00Z',
    '2020-01-00T00:00:00Z',
    '2020-01-32T00:00:00Z',
    '2020-02-25T24:00:00Z',
    '2020-02-25T23:60:00Z',
    '2020-02-25T23:59:60Z',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00+00:01',
    '0001-01-01T00:59:59.9999999+01:00',
    '9999-12-31T23:59:59.9999999-00:01',
    '9999-12-31T23:00-01:00',
    '2020-02-25T19:00:00',
    '2020-02-25T19:00:00z',
    '2020-02-25t19:00:00Z',
    '2020-02-25 19:00:00Z',
    '2020-02-25T19:00:00.Z',
    '2020-02-25T19:00.5Z',
    '2020-02-25T19:00:00+24:00',
    '2020-02-25T19:00:00+05:60',
    '2020-02-25T19:00:00+0530',
    '2020-02-25',
    '20200225T190000Z',
    '+2020-02-25T19:00:00Z',
    '12020-02-25T19:00:00Z',
    '2020-2-25T19:00:00Z',
    '',
    'yesterday',
  ),
)

/** Texts that are not an `Edm.Duration` (no years, months, weeks; order D, T, H, M, S; fraction on seconds only). */
const badDurations: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    'P',
    'PT',
    '-P',
    'P1Y',
    'P1M',
    'P2W',
    'P1Y2M3DT4H',
    'PT1D',
    'P1H',
    'P1S',
    'PT1.5M',
    'P1.5D',
    'PT1.S',
    'PT.5S',
    '+PT1S',
    'pt1s',
    'PT1s',
    'P1d',
    '16ms',
    'P1DT',
    'PT1S1M',
    'PT1H1H',
    'PT-1S',
    'P-1D',
    '--PT1S',
    ' PT1S',
    'PT1S ',
    '1S',
    'PT1',
    'P99999999999999999D',
    'PT99999999999999999S',
  ),
  durationArbitrary.map((d) => `${d}X`),
  durationArbitrary.map((d) => d.replace('P', 'P1Y')),
)

const strangers = (members: readonly string[]): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('unknown', 'Audio', 'AUDIO', ' audio', 'unknownfuturevalue', 'UnknownFutureValue', '', '__proto__', 'toString'),
      fc.constantFrom(...members).map((m) => `${m} `),
    )
    .filter((s) => !members.includes(s))

/** `@odata.type` of an object: of a polymorphic member, or the `ODataType(name)` of any Graph type. */
const isODataTypeSite = (site: Site): boolean =>
  site.path[site.path.length - 1] === '@odata.type' && (site.polymorphicOwner || isODataTypeSchema(classify(site.schema).shape.schema))

/** The changes that break one rule at `site`. */
const changesAt = (site: Site): fc.Arbitrary<Change>[] => {
  const { path, shape, nullable } = site
  const out: fc.Arbitrary<Change>[] = []
  const change = (description: string, replacements: fc.Arbitrary<unknown>, expect: { strict: Expectation; lenient: Expectation }, at: Segments = path) =>
    out.push(replacements.map((replacement) => ({ path: at, replacement, description, ...expect })))

  // `@odata.type` of a member of a polymorphic value selects the member, and that of any other value
  // may name only its type: a wrong one is an unknown type.
  if (isODataTypeSite(site)) {
    change('a non-string @odata.type', fc.constantFrom(0, true, null, {}, []), both('unknown_odata_type'))
    change('an @odata.type that names no member', unknownTypeNames, {
      strict: issue('unknown_odata_type'),
      // Read as the declared type: the properties of a subtype become undeclared ones, with more warnings.
      lenient: { as: 'warning', code: 'unknown_odata_type', exact: !site.polymorphicOwner },
    })
    return out
  }

  const wrong = wrongValues[shape.kind]
  if (wrong) change(`a value of the wrong JSON type for ${shape.kind}`, fc.constantFrom(...wrong), both('invalid_type'))
  if (!nullable && shape.kind !== 'null' && shape.kind !== 'any') change('null where the CSDL says Nullable="false"', fc.constant(null), both('invalid_type'))

  switch (shape.kind) {
    case 'timestamp':
      change('an impossible timestamp', impossibleTimestamps, both('invalid_timestamp'))
      change('a timestamp with more than 7 fractional digits', longTimestampArbitrary, {
        strict: issue('invalid_timestamp'),
        lenient: { as: 'warning', code: 'truncated_timestamp', exact: true },
      })
      break
    case 'duration':
      change('a text that is not a duration', badDurations, both('invalid_duration'))
      break
    case 'string':
      if (typeof shape.schema.pattern === 'string') {
        const pattern = new RegExp(shape.schema.pattern, 'u')
        change(
          'a string that breaks the pattern',
          fc.oneof(unknownTypeNames, fc.string({ maxLength: 8 })).filter((s) => !pattern.test(s)),
          both('invalid_string'),
        )
      }
      break
    case 'enum':
      change('a string that is not a member of the enum', strangers(shape.members), {
        strict: issue('invalid_enum'),
        lenient: shape.evolvable ? { as: 'warning', code: 'unknown_enum_member', exact: true } : issue('invalid_enum'),
      })
      break
    case 'number': {
      const decimal = shape.schema[EDM_TYPE] === 'Edm.Decimal'
      const texts = fc.oneof(numberArbitrary(shape.schema).map(String), fc.constantFrom('12', '-0.5', '.5', '5.', '1E3', '+7'))
      if (decimal) {
        change('a Decimal as a numeric string', texts, { strict: issue('invalid_type'), lenient: { as: 'warning', code: 'numeric_string', exact: true } })
        change('a Decimal as a numeric string beyond a double', fc.constantFrom('1e999', '-1e400'), {
          strict: issue('invalid_type'),
          lenient: issue('invalid_number'),
        })
      } else change('a numeric string where only a JSON number is accepted', texts, both('invalid_type'))
      break
    }
    case 'integer': {
      const min: number | undefined = shape.schema.minimum
      const max: number | undefined = shape.schema.maximum
      const int64 = shape.schema[EDM_TYPE] === 'Edm.Int64'
      const texts = fc.oneof(integerArbitrary(shape.schema).map(String), fc.constantFrom('+7', '-0', '007'))
      if (int64) {
        change('an Int64 as a numeric string', texts, { strict: issue('invalid_type'), lenient: { as: 'warning', code: 'numeric_string', exact: true } })
        change('an Int64 as a numeric string beyond ±(2^53-1)', fc.constantFrom('9007199254740992', '-9007199254740993', '1' + '0'.repeat(30)), {
          strict: issue('invalid_type'),
          lenient: issue('unsafe_integer'),
        })
        change('an Int64 as a string with a fraction', fc.constantFrom('1.5', '1e3', '0x10'), both('invalid_type'))
      } else change('a numeric string where only a JSON number is accepted', texts, both('invalid_type'))
      change('a number with a fraction where an integer belongs', fc.constantFrom(0.5, -1.5, 1e-7, 2147483646.5), both('invalid_number'))
      if (int64) change('an Int64 beyond ±(2^53-1)', fc.constantFrom(2 ** 53, -(2 ** 53), 2 ** 63, 1e300, -1e300), both('unsafe_integer'))
      else {
        const outside: number[] = []
        if (max !== undefined) outside.push(max + 1, max + 1000, 1e300)
        if (min !== undefined) outside.push(min - 1, min - 1000, -1e300)
        if (outside.length > 0) change('an integer out of range', fc.constantFrom(...outside), both('invalid_number'))
      }
      break
    }
    default:
      break
  }

  // An object: an undeclared property (closed types), a required property removed.
  if (site.value !== null && typeof site.value === 'object' && !Array.isArray(site.value)) {
    const object =
      shape.kind === 'object' ? shape.schema : shape.kind === 'polymorphic' ? selectMember(shape, site.value as Record<string, unknown>) : undefined
    if (object !== undefined) {
      const declared = new Set(Object.keys(object.properties))
      const present = new Set(Object.keys(site.value))
      if (object.additionalProperties !== true) {
        const keys = undeclaredKeys.filter((k) => !k.includes('@') && !declared.has(k) && !present.has(k))
        out.push(
          fc.tuple(keys, smallJson).map(([k, v]) => ({
            path: [...path, k],
            replacement: v,
            description: 'a property that the closed type does not declare',
            strict: issue('unknown_property'),
            lenient: { as: 'warning', code: 'unknown_property', exact: true },
          })),
        )
      }
      const untyped = withProperty(site.value as Record<string, unknown>, '@odata.type', REMOVE)
      // Without `@odata.type`, a value that only one subtype fits is read as that subtype: no rule is broken.
      if (
        shape.kind === 'polymorphic' &&
        !shape.members.some((m) => m.$id === shape.base) &&
        present.has('@odata.type') &&
        inferMember(shape, untyped) === undefined
      ) {
        change(
          '@odata.type removed from a value of an abstract type',
          fc.constant(REMOVE),
          {
            strict: issue('missing_odata_type'),
            // Read as the first member: the properties of another member become undeclared ones.
            lenient: { as: 'warning', code: 'missing_odata_type', exact: false },
          },
          [...path, '@odata.type'],
        )
      }
      for (const name of (object.required ?? []) as string[]) {
        if (present.has(name)) change('a required property removed', fc.constant(REMOVE), both('missing_property'), [...path, name])
      }
    }
  }
  return out
}

/**
 * The mutations of `value` (a value that `schema` accepts) that break exactly one rule at one place,
 * each with the issue a parser must report there, in each mode.
 */
export const mutationOf = (schema: TSchema, value: unknown): fc.Arbitrary<Mutation> => {
  const sites: Site[] = []
  forEachSite(schema, value, (site) => {
    if (isMutable(site)) sites.push(site)
  })
  if (sites.length === 0) throw new Error('no place to mutate')
  // The place first, then what to break there: only the chosen place builds its arbitraries.
  return fc
    .constantFrom(...sites)
    .chain((site) => fc.oneof(...changesAt(site)))
    .map((c) => ({
      value: replaceAt(value, c.path, c.replacement),
      path: toPointer(c.path),
      description: `${c.description}: ${describeReplacement(c.replacement)} at ${toPointer(c.path) || '(root)'}`,
      strict: c.strict,
      lenient: c.lenient,
    }))
}

/** Whether {@link changesAt} has something for `site` (a cheap test, so that only one place builds its changes). */
const isMutable = (site: Site): boolean =>
  isODataTypeSite(site) || wrongValues[site.shape.kind] !== undefined || (!site.nullable && site.shape.kind !== 'null' && site.shape.kind !== 'any')

/** Two mutations at independent places: neither can hide the other, so a parser must report both. */
export interface MutationPair {
  readonly value: unknown
  /** `path code` of each issue that strict mode must report, in no particular order. */
  readonly strict: readonly string[]
  readonly description: string
}

/** The place whose parsing a change can stop: the enclosing object, for a change of `@odata.type`. */
const scopeOf = (change: Change): Segments => (change.path[change.path.length - 1] === '@odata.type' ? change.path.slice(0, -1) : change.path)

const isPrefix = (prefix: Segments, path: Segments): boolean => prefix.length <= path.length && prefix.every((s, i) => s === path[i])

/** Two mutations of `value` at places where neither is inside the other's scope, see {@link MutationPair}. */
export const mutationPairOf = (schema: TSchema, value: unknown): fc.Arbitrary<MutationPair> => {
  const sites: Site[] = []
  forEachSite(schema, value, (site) => {
    if (isMutable(site)) sites.push(site)
  })
  const one = fc.constantFrom(...sites).chain((site) => fc.oneof(...changesAt(site)))
  return fc
    .tuple(one, one)
    .filter(([a, b]) => !isPrefix(scopeOf(a), b.path) && !isPrefix(scopeOf(b), a.path))
    .map(([a, b]) => ({
      value: replaceAt(replaceAt(value, a.path, a.replacement), b.path, b.replacement),
      strict: [`${toPointer(a.path)} ${a.strict.code}`, `${toPointer(b.path)} ${b.strict.code}`],
      description: [a, b].map((c) => `${c.description}: ${describeReplacement(c.replacement)} at ${toPointer(c.path) || '(root)'}`).join('; '),
    }))
}

const describeReplacement = (value: unknown): string => (value === REMOVE ? '(removed)' : (JSON.stringify(value) ?? String(value)))

/** A payload of `schema` with two mutations, see {@link mutationPairOf}. */
export const mutatedPairArbitraryOf = (schema: TSchema, options: ArbitraryOptions = {}): fc.Arbitrary<MutationPair> =>
  arbitraryOf(schema, { ...options, lenient: false }).chain((value) => mutationPairOf(schema, value))

/** A payload of `schema` with one mutation, see {@link mutationOf}. */
export const mutatedArbitraryOf = (schema: TSchema, options: ArbitraryOptions = {}): fc.Arbitrary<Mutation> =>
  arbitraryOf(schema, { ...options, lenient: false }).chain((value) => mutationOf(schema, value))
