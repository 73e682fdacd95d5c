/**
 * A JavaScript condition that accepts, without a call, a value its schema takes as it is: a plain
 * string, a boolean, a finite number, an Int32, a safe Int64, a member of an enum, or null beside one
 * of those. The generated object parser tests it first and calls the full parser only when it fails
 * (to report, or to normalize), so the common property costs a `typeof`.
 */
import { Kind } from '@sinclair/typebox'
import { isEnum } from '../../schema/isEnum.js'
import type { AnySchema } from './types.js'
import { EDM_TYPE, GRAPH_BASE } from '../../schema/keywords.js'

/** `x` is the value; `sets` collects the member sets that enum conditions refer to as `s<index>`. */
export const inlineCheck = (schema: AnySchema, sets: Set<string>[]): string | undefined => {
  const edm: string | undefined = schema[EDM_TYPE]
  switch (schema[Kind]) {
    case 'String':
      return schema.pattern === undefined &&
        schema.minLength === undefined &&
        schema.maxLength === undefined &&
        schema.format === undefined &&
        (edm === undefined || edm === 'Edm.String')
        ? `typeof x === 'string'`
        : undefined
    case 'Boolean':
      return `typeof x === 'boolean'`
    case 'Null':
      return `x === null`
    case 'Number':
      return bounded(schema) ? undefined : `(typeof x === 'number' && x - x === 0)`
    case 'Integer':
      if (edm === 'Edm.Int32') return `(typeof x === 'number' && (x | 0) === x)`
      if (edm === 'Edm.Int64') return `(typeof x === 'number' && Number.isSafeInteger(x))`
      return bounded(schema) ? undefined : `(typeof x === 'number' && Number.isInteger(x))`
    case 'Union': {
      if (schema[GRAPH_BASE] !== undefined) return undefined
      const members = schema.anyOf as AnySchema[]
      const rest = members.filter((m) => m[Kind] !== 'Null')
      const orNull = rest.length < members.length ? 'x === null || ' : ''
      if (isEnum(rest)) {
        sets.push(new Set(rest.map((m) => m.const as string)))
        return `(${orNull}(typeof x === 'string' && s${sets.length - 1}.has(x)))`
      }
      if (rest.length !== 1) return undefined
      const inner = inlineCheck(rest[0]!, sets)
      return inner === undefined ? undefined : `(${orNull}${inner})`
    }
    default:
      return undefined
  }
}

const bounded = (schema: AnySchema): boolean =>
  schema.minimum !== undefined ||
  schema.maximum !== undefined ||
  schema.exclusiveMinimum !== undefined ||
  schema.exclusiveMaximum !== undefined ||
  schema.multipleOf !== undefined
