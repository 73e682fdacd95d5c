import { Kind, type TSchema } from '@sinclair/typebox'
import type { Context } from '../context.js'

/** A compiled parser of one schema: checks `value`, reports into `ctx`, returns the normalized copy. */
export type ParseFn = (value: unknown, ctx: Context) => unknown

/** Compiles a nested schema with the same mode (the dispatcher, passed down to avoid import cycles). */
export type Compile = (schema: TSchema) => ParseFn

/** A schema read as plain JSON, with TypeBox's `Kind` symbol. */
export type AnySchema = TSchema & Record<string, any>

/** Whether the non-null members of a union are string literals only: a Graph enumeration. */
export const isEnum = (members: readonly AnySchema[]): boolean =>
  members.length > 0 && members.every((m) => m[Kind] === 'Literal' && typeof m.const === 'string')
