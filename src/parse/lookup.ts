/**
 * One parser per schema, shared: the lookup of a parser by `@odata.type` hands out the same compiled
 * parser on every call instead of compiling again.
 */
import type { TSchema } from '@sinclair/typebox'
import { createParser, type Parser } from './parser.js'

const parsers = new WeakMap<TSchema, Parser<TSchema>>()

/** The shared parser of `schema`, created on first use. @internal */
export const sharedParser = <T extends TSchema>(schema: T): Parser<T> => {
  let parser = parsers.get(schema)
  if (parser === undefined) parsers.set(schema, (parser = createParser(schema)))
  return parser as Parser<T>
}
