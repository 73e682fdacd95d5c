/** Parsers of the JSON primitives, with the Edm rules that `x-edm-type` names. */
import { parseTimestamp } from '../../time/timestamp.js'
import { checkDuration } from '../../time/duration.js'
import type { Context } from '../context.js'
import type { AnySchema, ParseFn } from './types.js'
import { EDM_TYPE } from '../../schema/keywords.js'

const TIMESTAMP = 'a timestamp such as 2020-02-25T19:00:24.5820000Z (YYYY-MM-DDThh:mm[:ss[.fffffff]] then Z or ±hh:mm)'
const DURATION = 'an ISO 8601 duration such as PT0.016S'

export const compileString = (schema: AnySchema, strict: boolean): ParseFn => {
  const edm = schema[EDM_TYPE]
  if (edm === 'Edm.DateTimeOffset') {
    const options = { truncate: !strict }
    return (value, ctx) => {
      if (typeof value !== 'string') return ctx.issue('invalid_type', TIMESTAMP, value)
      const result = parseTimestamp(value, options)
      if (typeof result === 'string') return result
      if (result.ok) {
        ctx.warn('truncated_timestamp', 'at most 7 fractional digits', value, `kept ${result.value}`)
        return result.value
      }
      return ctx.issue('invalid_timestamp', TIMESTAMP, value, result.reason)
    }
  }
  if (edm === 'Edm.Duration') {
    return (value, ctx) => {
      if (typeof value !== 'string') return ctx.issue('invalid_type', DURATION, value)
      const result = checkDuration(value)
      if (typeof result === 'number') return value
      return ctx.issue('invalid_duration', DURATION, value, result.reason)
    }
  }
  const min: number | undefined = schema.minLength
  const max: number | undefined = schema.maxLength
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined
  if (min === undefined && max === undefined && pattern === undefined)
    return (value, ctx) => (typeof value === 'string' ? value : ctx.issue('invalid_type', 'a string', value))
  return (value, ctx) => {
    if (typeof value !== 'string') return ctx.issue('invalid_type', 'a string', value)
    if (min !== undefined && value.length < min) return ctx.issue('invalid_string', `a string of at least ${min} characters`, value)
    if (max !== undefined && value.length > max) return ctx.issue('invalid_string', `a string of at most ${max} characters`, value)
    if (pattern !== undefined && !pattern.test(value)) return ctx.issue('invalid_string', `a string matching ${schema.pattern}`, value)
    return value
  }
}

const INTEGER_TEXT = /^[+-]?\d{1,400}$/
const DECIMAL_TEXT = /^[+-]?(?:\d{1,400}(?:\.\d{0,400})?|\.\d{1,400})(?:[eE][+-]?\d{1,4})?$/

/** `Type.Number` and `Type.Integer`, with their bounds; Int64 and Decimal also as numeric strings in lenient mode. */
export const compileNumber = (schema: AnySchema, strict: boolean, integer: boolean): ParseFn => {
  const edm: string | undefined = schema[EDM_TYPE]
  const int64 = edm === 'Edm.Int64'
  const what = edm ? `${integer ? 'an integer' : 'a number'} (${edm})` : integer ? 'an integer' : 'a number'
  const minimum: number | undefined = schema.minimum
  const maximum: number | undefined = schema.maximum
  const exclusiveMinimum: number | undefined = schema.exclusiveMinimum
  const exclusiveMaximum: number | undefined = schema.exclusiveMaximum
  const multipleOf: number | undefined = schema.multipleOf
  const bounded = minimum !== undefined || maximum !== undefined || exclusiveMinimum !== undefined || exclusiveMaximum !== undefined || multipleOf !== undefined
  // OData's IEEE754Compatible format writes Int64 and Decimal as strings; Graph has been seen to do it.
  const fromString = !strict && (int64 || edm === 'Edm.Decimal')
  const text = integer ? INTEGER_TEXT : DECIMAL_TEXT

  const check = (value: number, ctx: Context, raw: unknown): unknown => {
    if (!Number.isFinite(value)) return ctx.issue('invalid_number', what, raw)
    if (integer && !Number.isInteger(value)) return ctx.issue('invalid_number', what, raw)
    if (int64 && !Number.isSafeInteger(value)) return ctx.issue('unsafe_integer', `${what} from -(2^53-1) to 2^53-1, so that it is exact`, raw)
    if (bounded) {
      if (minimum !== undefined && value < minimum) return ctx.issue('invalid_number', `${what} of at least ${minimum}`, raw)
      if (maximum !== undefined && value > maximum) return ctx.issue('invalid_number', `${what} of at most ${maximum}`, raw)
      if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) return ctx.issue('invalid_number', `${what} above ${exclusiveMinimum}`, raw)
      if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) return ctx.issue('invalid_number', `${what} below ${exclusiveMaximum}`, raw)
      if (multipleOf !== undefined && value % multipleOf !== 0) return ctx.issue('invalid_number', `${what} that is a multiple of ${multipleOf}`, raw)
    }
    return value
  }
  return (value, ctx) => {
    if (typeof value === 'number') return check(value, ctx, value)
    if (fromString && typeof value === 'string' && text.test(value)) {
      const n = ctx.reports.length
      const result = check(Number(value), ctx, value)
      if (ctx.reports.length === n) ctx.warn('numeric_string', `${what} as a JSON number`, value, 'converted')
      return result
    }
    return ctx.issue('invalid_type', what, value)
  }
}

export const compileBoolean = (): ParseFn => (value, ctx) => (typeof value === 'boolean' ? value : ctx.issue('invalid_type', 'a boolean', value))

export const compileNull = (): ParseFn => (value, ctx) => (value === null ? null : ctx.issue('invalid_type', 'null', value))

export const compileLiteral = (schema: AnySchema): ParseFn => {
  const constant = schema.const
  const shown = JSON.stringify(constant)
  return (value, ctx) => (value === constant ? value : ctx.issue('invalid_literal', shown, value))
}
