import type { TSchema } from '@sinclair/typebox'
import type { Context } from '../context.js'

/** A compiled parser of one schema: checks `value`, reports into `ctx`, returns the normalized copy. */
export type ParseFn = (value: unknown, ctx: Context) => unknown

/** Compiles a nested schema with the same mode (the dispatcher, passed down to avoid import cycles). */
export type Compile = (schema: TSchema) => ParseFn

/** A schema read as plain JSON, with TypeBox's `Kind` symbol. */
export type AnySchema = TSchema & Record<string, any>
