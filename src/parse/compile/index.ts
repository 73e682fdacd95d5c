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

const caches = { strict: new WeakMap<TSchema, ParseFn>(), lenient: new WeakMap<TSchema, ParseFn>() }

export const compile = (schema: TSchema, strict: boolean): ParseFn => {
  const cache = strict ? caches.strict : caches.lenient
  const cached = cache.get(schema)
  if (cached) return cached
  const nested = (s: TSchema): ParseFn => compile(s, strict)
  const s = schema as AnySchema
  let parse: ParseFn
  switch (s[Kind]) {
    case 'Object':
      parse = compileObject(s, nested, strict)
      break
    case 'Array':
      parse = compileArray(s, nested)
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
