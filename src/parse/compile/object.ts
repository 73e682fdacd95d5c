/**
 * `Type.Object`: declared properties parsed by their schemas, annotations (keys with `@`) and the extra
 * properties of open types copied, undeclared properties of closed types reported (strict) or kept with
 * a warning (lenient). The output is a new object: declared properties in schema order, then the rest.
 *
 * The function is generated for each schema so that every property is a named load and a named store,
 * which V8 caches per shape; a loop over keys would make every store a slow generic one. The keys of
 * the input are only walked when it has a property the schema does not declare.
 */
import { cloneJson, setOwn } from './clone.js'
import type { Context } from '../context.js'
import { inlineCheck } from './inline.js'
import { compileODataType, isODataTypeOf } from './odataType.js'
import { isPlainObject } from './plain.js'
import type { AnySchema, Compile, ParseFn } from './types.js'

export const compileObject = (schema: AnySchema, compile: Compile, strict: boolean, output: boolean): ParseFn => {
  const entries = Object.entries(schema.properties as Record<string, AnySchema>)
  const keys = entries.map(([key]) => key)
  const name: string = schema.$id ?? 'this object'
  // `@odata.type` may name only this type; its parser knows the rule that governs a wrong name.
  const parsers = entries.map(([key, property]) =>
    key === '@odata.type' && isODataTypeOf(property, schema.$id) ? compileODataType(schema.$id, strict) : compile(property),
  )
  const required = new Set<string>(schema.required ?? [])
  const declared = new Set(keys)
  const open = schema.additionalProperties === true

  /** The undeclared properties of `source`: copied, or reported. */
  const extra = (source: Record<string, unknown>, out: Record<string, unknown> | undefined, ctx: Context): void => {
    const own = Object.keys(source)
    for (let i = 0; i < own.length; i++) {
      const key = own[i]!
      if (declared.has(key)) continue
      const item = source[key]
      if (item === undefined) continue
      const n = ctx.reports.length
      // Annotations (`@odata.type`, `sessions@odata.nextLink`, `@microsoft.graph.tips`) are always allowed.
      if (open || key.indexOf('@') >= 0) keep(out, key, item, ctx)
      else if (strict) ctx.say('unknown_property', `${name} has no property "${key}"`, false)
      else {
        ctx.say('unknown_property', `${name} has no property "${key}"; it is kept as it is`, true)
        keep(out, key, item, ctx)
      }
      if (ctx.reports.length !== n) ctx.under(n, key)
    }
  }
  /** Copies an undeclared value into the output; a check still walks it for what JSON cannot hold. */
  const keep = (out: Record<string, unknown> | undefined, key: string, item: unknown, ctx: Context): void => {
    const copy = cloneJson(item, ctx)
    if (out !== undefined) setOwn(out, key, copy)
  }
  const missing = (key: string, ctx: Context): void => {
    const n = ctx.reports.length
    ctx.issue('missing_property', `the property "${key}"`, undefined)
    ctx.under(n, key)
  }

  // A declared name that Object.prototype also has must be read as an own property only.
  const inherited = (key: string) => key in Object.prototype
  const sets: Set<string>[] = []
  const lines = keys.map((key, i) => {
    const k = JSON.stringify(key)
    const read = inherited(key) ? `x = Object.prototype.hasOwnProperty.call(v, ${k}) ? v[${k}] : undefined` : `x = v[${k}]`
    const absent = required.has(key) ? ` else missing(${k}, ctx)` : ''
    const set = (value: string) => (!output ? value : key === '__proto__' ? `setOwn(o, ${k}, ${value})` : `o[${k}] = ${value}`)
    const full = `n = r.length; ${set(`p${i}(x, ctx)`)}; if (r.length !== n) ctx.under(n, ${k})`
    const property = (schema.properties as Record<string, AnySchema>)[key]!
    const fast =
      key === '@odata.type' && isODataTypeOf(property, schema.$id)
        ? `(x === ${JSON.stringify(`#${schema.$id}`)} || x === ${JSON.stringify(schema.$id)})`
        : inlineCheck(property, sets)
    const body = fast === undefined ? full : `if (${fast}) { ${output ? `${set('x')}` : ''} } else { ${full} }`
    return `${read}; if (x !== undefined) { seen++; ${body} }${absent}`
  })
  const body = `
    return function parseObject(v, ctx) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return ctx.issue('invalid_type', expected, v)
      const q = Object.getPrototypeOf(v)
      if (q !== objectPrototype && q !== null && !isPlainObject(v)) return ctx.issue('invalid_type', expected, v)
      if (ctx.depth >= ctx.maxDepth) return ctx.issue('too_deep', 'at most ' + ctx.maxDepth + ' levels of nesting', v)
      ctx.depth++
      const r = ctx.reports
      const o = ${output ? '{}' : 'undefined'}
      let seen = 0, x, n
      ${lines.join('\n      ')}
      let count = 0
      for (const key in v) count++
      if (count !== seen) extra(v, o, ctx)
      ctx.depth--
      return o
    }`
  const parameters = [
    'extra',
    'missing',
    'setOwn',
    'isPlainObject',
    'objectPrototype',
    'expected',
    ...parsers.map((_, i) => `p${i}`),
    ...sets.map((_, i) => `s${i}`),
  ]
  const factory = new Function(...parameters, body) as (...args: unknown[]) => ParseFn
  return factory(extra, missing, setOwn, isPlainObject, Object.prototype, `an object (${name})`, ...parsers, ...sets)
}
