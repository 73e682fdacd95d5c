/**
 * Turns a schema of this package into plain JSON for one target: JSON Schema 2020-12 or draft-07, or an
 * OpenAPI 3.0 or 3.1 Schema Object. A nested schema that has an `$id` becomes a `$ref` to its definition;
 * the package's own keywords (`x-edm-type`, `x-graph-base`) become standard keywords; TypeBox's symbols
 * are left behind. `x-personal-data` stays as it is in every target: an annotation that data catalogs
 * read (a strict validator must be told the keyword, e.g. Ajv's `addKeyword`).
 */
import { Kind, type TSchema } from '@sinclair/typebox'
import type { JsonObject, JsonValue } from './json.js'
import { isEnum } from '../schema/isEnum.js'
import { EDM_TYPE, GRAPH_BASE, PERSONAL_DATA } from '../schema/keywords.js'

/** The document a schema is written for. */
export type Target = '2020-12' | 'draft-07' | 'openapi-3.0' | 'openapi-3.1'

/** What the conversion needs to know: the target and the names that `$ref`s may point to. */
export interface WalkContext {
  readonly target: Target
  /** `#/$defs/`, `#/definitions/` or `#/components/schemas/`. */
  readonly refPrefix: string
  /** Every schema that has a definition of its own, by qualified Graph name (its `$id`). */
  readonly definitions: ReadonlyMap<string, TSchema>
}

type AnySchema = TSchema & Record<string, any>

/** `@odata.type`, the property that selects the member of a polymorphic value. */
export const ODATA_TYPE = '@odata.type'

const isOpenApi = (target: Target): boolean => target === 'openapi-3.0' || target === 'openapi-3.1'
/** Whether `$ref` may have sibling keywords; draft-07 and OpenAPI 3.0 ignore them. */
const refTakesSiblings = (target: Target): boolean => target === '2020-12' || target === 'openapi-3.1'
/**
 * OpenAPI 3.0 has no `null` type: it writes `nullable: true`, which 3.0.3 reads only beside a `type`
 * (a `$ref` or an `anyOf` gets the JSON type of what it names, see {@link nullableIn30}).
 */
const usesNullable = (target: Target): boolean => target === 'openapi-3.0'

/** The annotations a schema carries, in a fixed order. */
const annotationsOf = (schema: AnySchema): JsonObject => {
  const out: JsonObject = {}
  if (typeof schema.title === 'string') out.title = schema.title
  if (typeof schema.description === 'string') out.description = schema.description
  if (schema.deprecated === true) out.deprecated = true
  if (typeof schema[PERSONAL_DATA] === 'string') out[PERSONAL_DATA] = schema[PERSONAL_DATA]
  return out
}

/** The annotations of `copy` (a property's shallow copy of a named type) that its type does not have. */
const ownAnnotations = (copy: AnySchema, named: AnySchema): JsonObject => {
  if (copy === named) return {}
  const mine = annotationsOf(copy)
  const theirs = annotationsOf(named)
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(mine)) if (theirs[key] !== value) out[key] = value
  return out
}

const isEmpty = (object: JsonObject): boolean => Object.keys(object).length === 0

/** `{ $ref }` with annotations: beside it where `$ref` takes siblings, else around it with `allOf`. */
const annotatedRef = (ref: JsonObject, annotations: JsonObject, ctx: WalkContext): JsonObject => {
  if (isEmpty(annotations)) return ref
  return refTakesSiblings(ctx.target) ? { ...ref, ...annotations } : { allOf: [ref], ...annotations }
}

const refTo = (name: string, ctx: WalkContext): JsonObject => {
  if (!ctx.definitions.has(name)) throw new Error(`the schema ${name} is referred to but has no definition`)
  return { $ref: `${ctx.refPrefix}${name}` }
}

/** A schema in the place where it is used: a `$ref` when it is a named type, else written out. */
export const convert = (schema: TSchema, ctx: WalkContext): JsonObject => {
  const s = schema as AnySchema
  if (typeof s.$id === 'string') return annotatedRef(refTo(s.$id, ctx), ownAnnotations(s, ctx.definitions.get(s.$id) as AnySchema), ctx)
  return inline(s, ctx)
}

/** The definition of a named schema: written out, without its `$id`. */
export const definition = (schema: TSchema, ctx: WalkContext): JsonObject => inline(schema as AnySchema, ctx)

const inline = (s: AnySchema, ctx: WalkContext): JsonObject => {
  switch (s[Kind]) {
    case 'Object':
      return object(s, ctx)
    case 'Union':
      return union(s, ctx)
    case 'Array':
      return array(s, ctx)
    case 'String':
      return string(s, ctx)
    case 'Integer':
    case 'Number':
      return number(s, ctx)
    case 'Boolean':
      return { type: 'boolean', ...annotationsOf(s) }
    case 'Literal':
      return literal(s, ctx)
    case 'Null':
      if (usesNullable(ctx.target)) throw new Error('OpenAPI 3.0 has no null type outside a nullable schema')
      return { type: 'null', ...annotationsOf(s) }
    case 'Any':
    case 'Unknown':
      return annotationsOf(s)
    default:
      throw new TypeError(`cannot emit a schema of kind ${String(s[Kind])}`)
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The pattern of the OData annotations a closed type allows besides its properties: any name with an
 * `@`, as the parsers accept. It leaves out the declared names that have an `@` (`@odata.type`,
 * `sessions@odata.nextLink`), because Ajv's strict mode refuses a pattern that matches a declared property.
 */
export const annotationPattern = (declared: readonly string[]): string => {
  const own = declared.filter((key) => key.includes('@'))
  if (own.length === 0) return '@'
  return `^(?!(?:${own.map(escapeRegExp).join('|')})$)[\\s\\S]*@`
}

/**
 * The names `@odata.type` may take in a value of the type `name`: with and without the `#`, as its
 * pattern (`ODataType`) accepts. An `enum` of literals, not the pattern, is what code generators turn
 * into a literal type, so that a generated client narrows a polymorphic value on `@odata.type`.
 */
export const odataTypeNames = (name: string): [string, string] => [`#${name}`, name]

/** Whether `property` is the `@odata.type` of the type `owner`: the pattern that accepts its name only. */
const isOwnODataType = (key: string, property: AnySchema, owner: unknown): owner is string =>
  key === ODATA_TYPE && typeof owner === 'string' && property.pattern === `^#?${escapeRegExp(owner)}$`

const object = (s: AnySchema, ctx: WalkContext): JsonObject => {
  const properties: JsonObject = {}
  for (const [key, property] of Object.entries(s.properties as Record<string, AnySchema>)) {
    properties[key] = isOwnODataType(key, property, s.$id)
      ? { type: 'string', ...annotationsOf(property), enum: odataTypeNames(s.$id) }
      : convert(property, ctx)
  }
  const out: JsonObject = { type: 'object', ...annotationsOf(s), properties }
  const required = (s.required as string[] | undefined) ?? []
  if (required.length > 0) out.required = [...required]
  const extra = s.additionalProperties
  if (extra === true) out.additionalProperties = true
  else if (extra === undefined || extra === false) {
    // A closed type: the declared properties and OData annotations. OpenAPI 3.0 has no
    // patternProperties, so there the annotations can only be allowed by leaving the object open.
    if (ctx.target !== 'openapi-3.0') {
      out.patternProperties = { [annotationPattern(Object.keys(properties))]: {} }
      out.additionalProperties = false
    }
  } else out.additionalProperties = convert(extra as TSchema, ctx)
  return out
}

const array = (s: AnySchema, ctx: WalkContext): JsonObject => {
  const out: JsonObject = { type: 'array', ...annotationsOf(s), items: convert(s.items as TSchema, ctx) }
  for (const key of ['minItems', 'maxItems', 'uniqueItems'] as const) if (s[key] !== undefined) out[key] = s[key]
  return out
}

/** OpenAPI `format`s of the Edm numbers (JSON Schema validators do not need them: the bounds say it). */
const numberFormats: Record<string, string> = {
  'Edm.Int32': 'int32',
  'Edm.Int64': 'int64',
  'Edm.Single': 'float',
  'Edm.Decimal': 'decimal',
}

/** The Edm type as an OpenAPI extension (`x-edm-type`), for the Edm types that JSON types do not say. */
const edmExtension = (s: AnySchema, ctx: WalkContext): JsonObject => {
  const edm = s[EDM_TYPE]
  if (!isOpenApi(ctx.target) || typeof edm !== 'string' || edm === 'Edm.String' || edm === 'Edm.Boolean') return {}
  return { [EDM_TYPE]: edm }
}

const string = (s: AnySchema, ctx: WalkContext): JsonObject => {
  const out: JsonObject = { type: 'string', ...annotationsOf(s) }
  // Edm.DateTimeOffset is an RFC 3339 date-time (narrowed by the pattern). Edm.Duration gets no
  // `format`: JSON Schema's `duration` is RFC 3339's, which has no fractional seconds and no sign,
  // and would refuse Graph's `PT0.016S`; the pattern says it all.
  if (s[EDM_TYPE] === 'Edm.DateTimeOffset') out.format = 'date-time'
  else if (typeof s.format === 'string') out.format = s.format
  for (const key of ['minLength', 'maxLength', 'pattern'] as const) if (s[key] !== undefined) out[key] = s[key]
  return { ...out, ...edmExtension(s, ctx) }
}

const number = (s: AnySchema, ctx: WalkContext): JsonObject => {
  const out: JsonObject = { type: s[Kind] === 'Integer' ? 'integer' : 'number', ...annotationsOf(s) }
  const edm = s[EDM_TYPE]
  if (isOpenApi(ctx.target) && typeof edm === 'string' && numberFormats[edm]) out.format = numberFormats[edm]!
  for (const key of ['minimum', 'maximum', 'multipleOf'] as const) if (s[key] !== undefined) out[key] = s[key]
  for (const key of ['exclusiveMinimum', 'exclusiveMaximum'] as const) {
    if (s[key] === undefined) continue
    // OpenAPI 3.0 keeps draft-04's boolean form: the bound goes in minimum/maximum.
    if (ctx.target === 'openapi-3.0') {
      out[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'] = s[key]
      out[key] = true
    } else out[key] = s[key]
  }
  return { ...out, ...edmExtension(s, ctx) }
}

const jsonType = (value: unknown): string => (value === null ? 'null' : typeof value === 'number' ? 'number' : typeof value)

const literal = (s: AnySchema, ctx: WalkContext): JsonObject => {
  const value = s.const as JsonValue
  // OpenAPI 3.0 has no `const`; a one-member enum says the same.
  if (ctx.target === 'openapi-3.0') return { type: jsonType(value), ...annotationsOf(s), enum: [value] }
  return { type: jsonType(value), ...annotationsOf(s), const: value }
}

const isNull = (s: AnySchema): boolean => s[Kind] === 'Null'

const union = (s: AnySchema, ctx: WalkContext): JsonObject => {
  if (typeof s[GRAPH_BASE] === 'string') return polymorphic(s, false, annotationsOf(s), ctx)
  const members = s.anyOf as AnySchema[]
  const rest = members.filter((m) => !isNull(m))
  const nullable = rest.length < members.length
  // A Graph enumeration: `enum`, as code generators expect, not a union of constants.
  if (isEnum(rest)) {
    const values: JsonValue[] = rest.map((m) => m.const as string)
    if (!nullable) return { type: 'string', ...annotationsOf(s), enum: values }
    return { ...withNull({ type: 'string', enum: values }, ctx), ...annotationsOf(s) }
  }
  if (nullable && rest.length === 1) return nullableOf(rest[0]!, annotationsOf(s), ctx)
  if (usesNullable(ctx.target)) {
    const choice: JsonObject = { anyOf: rest.map((m) => convert(m, ctx)) }
    return { ...(nullable ? nullableIn30(choice, ctx) : choice), ...annotationsOf(s) }
  }
  return { anyOf: members.map((m) => convert(m, ctx)), ...annotationsOf(s) }
}

/** The JSON type every value of `node` has (following `$ref`s), or undefined when they differ. */
const jsonTypeOf = (node: JsonObject, ctx: WalkContext): string | undefined => {
  if (typeof node.$ref === 'string') {
    const named = ctx.definitions.get(node.$ref.slice(ctx.refPrefix.length))
    return named === undefined ? undefined : jsonTypeOf(inline(named as AnySchema, ctx), ctx)
  }
  if (typeof node.type === 'string') return node.type
  const members = (node.anyOf ?? node.oneOf ?? node.allOf) as JsonObject[] | undefined
  if (members === undefined || members.length === 0) return undefined
  const types = new Set(members.map((m) => jsonTypeOf(m, ctx)))
  return types.size === 1 ? [...types][0] : undefined
}

/**
 * `node` (a `$ref` or an `anyOf`, which have no `type`) made nullable for OpenAPI 3.0.3, where
 * `nullable: true` counts only beside a `type`: the `type` of what it names, with `nullable`, and the
 * `$ref` inside an `allOf`, the wrapper 3.0 tools read as "this type or null".
 */
const nullableIn30 = (node: JsonObject, ctx: WalkContext): JsonObject => {
  const type = jsonTypeOf(node, ctx)
  if (type === undefined) throw new Error(`OpenAPI 3.0 cannot make ${JSON.stringify(node)} nullable: its members have different JSON types`)
  const inner = typeof node.$ref === 'string' ? { allOf: [node] } : node
  return { type, nullable: true, ...inner }
}

/** `node` (written out, with a `type`) that also accepts null. */
const withNull = (node: JsonObject, ctx: WalkContext): JsonObject => {
  const out: JsonObject = { ...node }
  // An enum lists every allowed value: null must be one of them (OpenAPI 3.0.3 says so for `nullable` too).
  if (Array.isArray(out.enum)) out.enum = [...out.enum, null]
  if (usesNullable(ctx.target)) {
    out.nullable = true
    return out
  }
  const type = out.type
  if (typeof type === 'string') out.type = [type, 'null']
  else if (Array.isArray(type)) out.type = type.includes('null') ? type : [...type, 'null']
  else return { anyOf: [node, { type: 'null' }] }
  return out
}

/** `Nullable(inner)`: `annotations` are those of the union (a property's description, `deprecated`). */
const nullableOf = (inner: AnySchema, annotations: JsonObject, ctx: WalkContext): JsonObject => {
  if (typeof inner[GRAPH_BASE] === 'string') return polymorphic(inner, true, { ...annotationsOf(inner), ...annotations }, ctx)
  if (typeof inner.$id === 'string') {
    const ref = refTo(inner.$id, ctx)
    const own = { ...ownAnnotations(inner, ctx.definitions.get(inner.$id) as AnySchema), ...annotations }
    if (usesNullable(ctx.target)) return { ...nullableIn30(ref, ctx), ...own }
    return { anyOf: [ref, { type: 'null' }], ...own }
  }
  const node = inline(inner, ctx)
  if (node.type === undefined && node.anyOf === undefined && node.oneOf === undefined) return { ...node, ...annotations } // accepts null already
  return { ...withNull(node, ctx), ...annotations }
}

/**
 * A value whose declared type has subtypes, selected by `@odata.type`, as the parsers read it: without
 * `@odata.type` it is the declared type (an error when that type is abstract); with it, the type it names.
 *
 * JSON Schema: `oneOf` of `$ref`s where every member other than the declared type requires
 * `@odata.type` (each member's own `@odata.type` pattern accepts only its name), so exactly one member
 * matches any valid value. OpenAPI: `anyOf` of plain `$ref`s with a `discriminator`, the shape that code
 * generators and documentation tools understand.
 */
const polymorphic = (s: AnySchema, nullable: boolean, annotations: JsonObject, ctx: WalkContext): JsonObject => {
  const base = s[GRAPH_BASE] as string
  const names = (s.anyOf as AnySchema[]).map((m) => m.$id as string)
  if (isOpenApi(ctx.target)) {
    // Every name a member's `@odata.type` may have maps to it, so that the mapping and the members'
    // `@odata.type` enums say the same.
    const mapping: JsonObject = {}
    for (const name of names) for (const value of odataTypeNames(name)) mapping[value] = `${ctx.refPrefix}${name}`
    const choice: JsonObject = { anyOf: names.map((name) => refTo(name, ctx)), discriminator: { propertyName: ODATA_TYPE, mapping } }
    if (!nullable) return { ...choice, ...annotations }
    if (usesNullable(ctx.target)) return { ...nullableIn30(choice, ctx), ...annotations }
    return { anyOf: [choice, { type: 'null' }], ...annotations }
  }
  const members: JsonValue[] = names.map((name) => {
    const ref = refTo(name, ctx)
    if (name === base) return ref
    // `properties` names it too, for Ajv's strictRequired (a required property must be declared).
    const tagged: JsonObject = { type: 'object', properties: { [ODATA_TYPE]: { type: 'string' } }, required: [ODATA_TYPE] }
    return refTakesSiblings(ctx.target) ? { ...ref, ...tagged } : { ...tagged, allOf: [ref] }
  })
  if (nullable) members.push({ type: 'null' })
  return { oneOf: members, ...annotations }
}
