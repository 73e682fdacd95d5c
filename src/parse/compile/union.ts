/**
 * `Type.Union`: `null` beside a type (a nullable property), a set of string literals (a Graph enum),
 * a polymorphic value selected by `@odata.type` (`x-graph-base`), or any other union, tried in order.
 */
import { Kind } from '@sinclair/typebox'
import { enumInfo } from '../../schema/odata.js'
import { Context } from '../context.js'
import { isEnum } from '../../schema/isEnum.js'
import { GRAPH_BASE } from '../../schema/keywords.js'
import { inferrer } from './infer.js'
import { isPlainObject } from './plain.js'
import type { AnySchema, Compile, ParseFn } from './types.js'

const SENTINEL = 'unknownFutureValue'

export const compileUnion = (schema: AnySchema, compile: Compile, strict: boolean): ParseFn => {
  const members = schema.anyOf as AnySchema[]
  const nullable = members.some((m) => m[Kind] === 'Null')
  const rest = members.filter((m) => m[Kind] !== 'Null')
  const inner =
    schema[GRAPH_BASE] !== undefined
      ? compilePolymorphic(schema, compile, strict)
      : rest.length === 1
        ? compile(rest[0]!)
        : isEnum(rest)
          ? compileEnum(schema, strict)
          : compileAlternatives(rest, compile)
  if (!nullable) return inner
  return (value, ctx) => (value === null ? null : inner(value, ctx))
}

/**
 * Graph's rule for evolvable enums: a member added after this library was built reaches a client as
 * `unknownFutureValue` unless it opted in; lenient mode does the same, and keeps the raw value in a warning.
 */
const compileEnum = (schema: AnySchema, strict: boolean): ParseFn => {
  const { members, evolvable } = enumInfo(schema)
  const known = new Set(members)
  const name = schema.$id ? `a member of ${schema.$id}` : 'one of'
  const list = members.length <= 12 ? members.join(', ') : `${members.slice(0, 12).join(', ')}, …`
  const expected = `${name} (${list})`
  return (value, ctx) => {
    if (typeof value === 'string' && known.has(value)) return value
    if (typeof value !== 'string') return ctx.issue('invalid_type', expected, value)
    if (evolvable && !strict) {
      ctx.warn('unknown_enum_member', expected, value, `read as ${SENTINEL}`)
      return SENTINEL
    }
    return ctx.issue('invalid_enum', expected, value, evolvable ? 'strict mode accepts only declared members' : undefined)
  }
}

/**
 * Selects the member whose `$id` `@odata.type` names (with or without `#`). Without `@odata.type`, a
 * value whose properties only one subtype has is read as that subtype (see infer.ts), and the output
 * names it; otherwise it is read as the declared type, or (abstract) as the first member.
 */
const compilePolymorphic = (schema: AnySchema, compile: Compile, strict: boolean): ParseFn => {
  const base: string = schema[GRAPH_BASE]
  const members = schema.anyOf as AnySchema[]
  // Both spellings are keys, so that selecting a member costs one lookup and no string slicing.
  const byName = new Map<string, ParseFn>(
    members.flatMap((m) => {
      const parse = compile(m)
      return [
        [m.$id as string, parse],
        [`#${m.$id as string}`, parse],
      ]
    }),
  )
  const declared = byName.get(base)
  const fallback = declared ?? byName.get(members[0]!.$id as string)!
  const names = members.map((m) => `#${m.$id}`).join(', ')
  const infer = inferrer(members, base)
  const parsers = members.map((m) => byName.get(m.$id as string)!)
  const expected = `an object (${base})`
  return (value, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return ctx.issue('invalid_type', expected, value)
    const type = (value as Record<string, unknown>)['@odata.type']
    if (type === undefined) return untyped(value, ctx)
    const parse = typeof type === 'string' ? byName.get(type) : undefined
    if (parse) return parse(value, ctx)
    const n = ctx.reports.length
    if (strict || typeof type !== 'string') {
      ctx.issue('unknown_odata_type', `one of ${names}`, type)
      ctx.under(n, '@odata.type')
      return undefined
    }
    ctx.warn('unknown_odata_type', `one of ${names}`, type, `read as ${declared ? base : members[0]!.$id}`)
    ctx.under(n, '@odata.type')
    // The member would reject a type name that is not its own: parse without it, then put it back.
    const { ['@odata.type']: _, ...rest } = value as Record<string, unknown>
    const out = fallback(rest, ctx) as Record<string, unknown> | undefined
    return out === undefined ? out : { '@odata.type': type, ...out }
  }

  /** A value without `@odata.type`. */
  function untyped(value: object, ctx: Context): unknown {
    // A Map or a Date has no `@odata.type` either; it must not reach the inference, which reads keys.
    if (!isPlainObject(value)) return ctx.issue('invalid_type', expected, value)
    const index = infer(value)
    if (index >= 0) {
      const name = `#${members[index]!.$id as string}`
      if (!ctx.strict) {
        const n = ctx.reports.length
        ctx.say('inferred_odata_type', `no @odata.type: read as ${name}, the only type that has all of its properties`, true)
        ctx.under(n, '@odata.type')
      }
      // Read with the inferred name, so that the output names the type it was checked as.
      return parsers[index]!({ '@odata.type': name, ...value }, ctx)
    }
    if (declared) return declared(value, ctx)
    const n = ctx.reports.length
    if (strict) ctx.issue('missing_odata_type', `@odata.type: one of ${names}`, undefined, `${base} is abstract`)
    else ctx.warn('missing_odata_type', `@odata.type: one of ${names}`, undefined, `${base} is abstract; read as ${members[0]!.$id}`)
    ctx.under(n, '@odata.type')
    // Strict mode rejects the value, but still checks the rest of it.
    return fallback(value, ctx)
  }
}

/** Any other union: the first member that accepts the value, whose warnings are kept. */
const compileAlternatives = (members: AnySchema[], compile: Compile): ParseFn => {
  const parsers = members.map(compile)
  const expected = `one of ${members.map((m) => m.$id ?? m[Kind]).join(', ')}`
  return (value, ctx) => {
    for (const parse of parsers) {
      const trial = new Context(ctx.strict, ctx.maxDepth)
      trial.depth = ctx.depth
      const out = parse(value, trial)
      if (trial.errors === 0) {
        ctx.reports.push(...trial.reports)
        return out
      }
    }
    return ctx.issue('invalid_union', expected, value)
  }
}
