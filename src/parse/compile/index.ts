/**
 * Turns a TypeBox schema into a parser function, once per schema object and mode. Only the kinds that
 * JSON payloads need are supported; any other kind is refused when the parser is built, not at run time.
 */
import { Kind, type TSchema } from '@sinclair/typebox'
import { compileArray } from './array.js'
import { cloneJson } from './clone.js'
import { compileObject } from './object.js'
import { compileBoolean, compileLiteral, compileNull, compileNumber, compileString } from './primitive.js'
import type { AnySchema, ParseFn } from './types.js'
import { compileUnion } from './union.js'

export type { ParseFn } from './types.js'

/** One cache per mode and purpose: `[lenient, strict, lenient check, strict check]`. */
const caches = [new WeakMap<TSchema, ParseFn>(), new WeakMap<TSchema, ParseFn>(), new WeakMap<TSchema, ParseFn>(), new WeakMap<TSchema, ParseFn>()]

/**
 * The parser function of `schema`. With `output` false it only checks: it reports the same issues but
 * builds no normalized copy, which is what a yes-or-no check needs.
 */
export const compile = (schema: TSchema, strict: boolean, output = true): ParseFn => {
  const cache = caches[(strict ? 1 : 0) + (output ? 0 : 2)]!
  const cached = cache.get(schema)
  if (cached) return cached
  const nested = (s: TSchema): ParseFn => compile(s, strict, output)
  const s = schema as AnySchema
  let parse: ParseFn
  switch (s[Kind]) {
    case 'Object':
      parse = compileObject(s, nested, strict, output)
      break
    case 'Array':
      parse = compileArray(s, nested, output)
      break
    case 'Union':
      parse = compileUnion(s, nested, strict)
      break
    case 'String':
      parse = compileString(s, strict)
      break
    case 'Number':
      parse = compileNumber(s, strict, false)
      break
    case 'Integer':
      parse = compileNumber(s, strict, true)
      break
    case 'Boolean':
      parse = compileBoolean()
      break
    case 'Null':
      parse = compileNull()
      break
    case 'Literal':
      parse = compileLiteral(s)
      break
    case 'Any':
    case 'Unknown':
      parse = cloneJson
      break
    default:
      throw new TypeError(`graph-callrecords cannot parse a schema of kind ${String(s[Kind])}`)
  }
  cache.set(schema, parse)
  return parse
}
