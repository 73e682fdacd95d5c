/**
 * A validator compiler built on the parsers, for the frameworks that take one (Fastify's
 * `setValidatorCompiler`, and any that call `compiler({ schema })(data)`): a route gets this package's
 * normalization, lenient mode and issues instead of a JSON Schema validator's, and no Ajv compilation.
 * Typed structurally, so that the package depends on no framework.
 */
import type { TSchema } from '@sinclair/typebox'
import { CallRecordsParseError } from './issue.js'
import { sharedParser } from './lookup.js'
import type { ParseOptions } from './parser.js'

/**
 * What a validator returns to Fastify: the normalized value, which replaces the request part, or the
 * error that Fastify answers with 400.
 * @public
 */
export type ValidationOutcome = { readonly value: unknown } | { readonly error: CallRecordsParseError }

/**
 * Compiles the schema of one part of a route (body, querystring, params, headers) into a validator.
 * @public
 */
export type ValidatorCompiler = (route: { readonly schema: unknown }) => (data: unknown) => ValidationOutcome

/**
 * A validator compiler for schemas of this package (or built from them): each request part is parsed
 * as `safeParse` would, in the mode of `options`. The issues are on the error (`error.issues`), and
 * its message lists them, so Fastify's 400 answer says what is wrong.
 * @example
 * ```ts
 * import Fastify from 'fastify'
 * import { validatorCompiler, CallRecord } from 'graph-callrecords'
 *
 * const app = Fastify()
 * app.setValidatorCompiler(validatorCompiler())
 * app.post('/callRecords', { schema: { body: CallRecord } }, async (request) => request.body)
 * ```
 * @public
 */
export const validatorCompiler =
  (options: ParseOptions = {}): ValidatorCompiler =>
  ({ schema }) => {
    const parser = sharedParser(schema as TSchema)
    return (data) => {
      const result = parser.safeParse(data, options)
      return result.success ? { value: result.value } : { error: new CallRecordsParseError(result.issues, result.warnings) }
    }
  }
