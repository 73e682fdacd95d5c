/**
 * Redaction driven by the schemas: the walk follows a value through its schema, and every place whose
 * schema carries `x-personal-data` is kept, dropped, masked, pseudonymized or truncated as its category
 * says. Nothing names a Graph type or property: the reviewed table reaches this code only through the
 * keyword the generator wrote, so any schema of the package (or one built from them) can be redacted.
 *
 * Undeclared properties: OData annotations (a name with `@`) are kept; on an open type whose schema
 * carries the keyword (an identity, an identity set) every other undeclared property is personal, of
 * that category, down to its leaves; on any other type they are kept as they are.
 */
import { Kind, type TSchema } from '@sinclair/typebox'
import { GRAPH_BASE, PERSONAL_DATA } from '../schema/keywords.js'
import type { PersonalDataCategory } from '../schema/personalDataCategory.js'
import { truncateIp } from './ipAddress.js'
import { resolveOptions, type RedactOptions, type ResolvedOptions } from './options.js'
import { maskOf, pseudonymOf } from './pseudonym.js'

type AnySchema = TSchema & Record<string, any>

/** What the walk returns for a property that `drop` removes. */
const DROP: unique symbol = Symbol('drop')
type Out = unknown | typeof DROP

const ODATA_TYPE = '@odata.type'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const categoryOf = (schema: AnySchema): PersonalDataCategory | undefined => {
  const category = schema[PERSONAL_DATA]
  return typeof category === 'string' ? (category as PersonalDataCategory) : undefined
}

/** Replaces one personal string. */
const replaceText = (value: string, category: PersonalDataCategory, options: ResolvedOptions): Out => {
  switch (options.modes[category]) {
    case 'keep':
      return value
    case 'drop':
      return DROP
    case 'mask':
      return maskOf(value)
    case 'pseudonymize':
      return pseudonymOf(value, options.key!)
    case 'truncate':
      return truncateIp(value, options.ipv4Prefix, options.ipv6Prefix) ?? maskOf(value)
  }
}

/**
 * A personal value, whole: strings and numbers replaced, booleans and null kept (they name no one),
 * objects and arrays down to their leaves (an undeclared property may hold anything).
 */
const replaceAll = (value: unknown, category: PersonalDataCategory, options: ResolvedOptions): Out => {
  const mode = options.modes[category]
  if (mode === 'keep') return value
  if (mode === 'drop') return DROP
  if (typeof value === 'string') return replaceText(value, category, options)
  if (typeof value === 'number') return mode === 'pseudonymize' ? pseudonymOf(String(value), options.key!) : 0
  if (Array.isArray(value)) return value.map((item) => replaceAll(item, category, options)).filter((item) => item !== DROP)
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const replaced = key.includes('@') ? item : replaceAll(item, category, options)
      if (replaced !== DROP) out[key] = replaced
    }
    return out
  }
  return value
}

/** The object schemas a union offers for an object value, nested unions flattened. */
const objectMembers = (schema: AnySchema): AnySchema[] => {
  if (schema[Kind] === 'Object') return [schema]
  if (schema[Kind] === 'Union') return (schema.anyOf as AnySchema[]).flatMap(objectMembers)
  return []
}

const typeName = (value: Record<string, unknown>): string | undefined => {
  const name = value[ODATA_TYPE]
  return typeof name === 'string' ? name.replace(/^#/, '') : undefined
}

/** The declared type of a polymorphic value, `Nullable` or not. */
const baseOf = (schema: AnySchema): string | undefined =>
  typeof schema[GRAPH_BASE] === 'string'
    ? schema[GRAPH_BASE]
    : schema[Kind] === 'Union'
      ? (schema.anyOf as AnySchema[]).map(baseOf).find((b) => b !== undefined)
      : undefined

/** Whether `schema` declares every property of `value` but its annotations, or is open. */
const fits = (schema: AnySchema, value: Record<string, unknown>): boolean =>
  schema.additionalProperties === true || Object.keys(value).every((key) => key.includes('@') || key in (schema.properties as object))

/**
 * The schemas that describe an object value in a union: the member `@odata.type` names; without it,
 * the declared type of a polymorphic value when that type declares all the value's properties; else
 * every object member (a property is then personal when any of them says so: the safe reading of a
 * value whose type is not known, such as a subtype the parsers infer from its properties).
 */
const candidates = (schema: AnySchema, value: Record<string, unknown>): AnySchema[] => {
  const members = objectMembers(schema)
  const named = typeName(value)
  const exact = members.find((m) => m.$id === named)
  if (exact) return [exact]
  const base = members.find((m) => m.$id === baseOf(schema))
  if (named === undefined && base && fits(base, value)) return [base]
  return members
}

const walkObject = (schemas: AnySchema[], value: Record<string, unknown>, options: ResolvedOptions): Record<string, unknown> => {
  const open = schemas.map(categoryOf).find((c) => c !== undefined)
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    const declared = schemas.map((s) => (s.properties as Record<string, AnySchema>)[key]).filter((p) => p !== undefined)
    let result: Out
    if (declared.length > 0) result = walk(declared.find((p) => categoryOf(p) !== undefined) ?? declared[0]!, item, options)
    else if (open !== undefined && !key.includes('@')) result = replaceAll(item, open, options)
    else result = item
    if (result !== DROP) out[key] = result
  }
  return out
}

const walk = (schema: AnySchema, value: unknown, options: ResolvedOptions): Out => {
  if (value === null || value === undefined) return value
  const category = schema[Kind] === 'Object' ? undefined : categoryOf(schema)
  if (category !== undefined) return typeof value === 'string' ? replaceText(value, category, options) : replaceAll(value, category, options)
  switch (schema[Kind]) {
    case 'Object':
      return isRecord(value) ? walkObject([schema], value, options) : value
    case 'Array':
      return Array.isArray(value) ? value.map((item) => walk(schema.items as AnySchema, item, options)).filter((item) => item !== DROP) : value
    case 'Union': {
      if (isRecord(value)) {
        const schemas = candidates(schema, value)
        return schemas.length > 0 ? walkObject(schemas, value, options) : value
      }
      if (Array.isArray(value)) {
        const array = (schema.anyOf as AnySchema[]).find((m) => m[Kind] === 'Array')
        return array ? walk(array, value, options) : value
      }
      return value
    }
    default:
      return value
  }
}

/**
 * A redactor for values of `schema`: a function that returns a redacted copy of its argument. The
 * options are checked here, once: an unknown mode or category, or `pseudonymize` without a key of at
 * least 16 bytes, throws (the message never quotes the key). The function never changes its argument.
 * @public
 */
export const createRedactor = <T>(schema: TSchema, options: RedactOptions): ((value: T) => T) => {
  const resolved = resolveOptions(options)
  return (value: T): T => {
    const out = walk(schema as AnySchema, value, resolved)
    return (out === DROP ? undefined : out) as T
  }
}

/**
 * A redacted copy of `value`, a value of `schema` (any schema of this package): every place the schema
 * marks with `x-personal-data` is kept, dropped, masked, pseudonymized or truncated as `options` say for
 * its category. Everything else is copied unchanged, so a value valid in strict mode stays valid; the
 * input is never changed. See docs/personal-data.md.
 * @example
 * ```ts
 * const clean = redact(CallRecord, record, { mode: 'pseudonymize', key, categories: { freeText: 'drop' } })
 * ```
 * @public
 */
export const redact = <T>(schema: TSchema, value: T, options: RedactOptions): T => createRedactor<T>(schema, options)(value)
