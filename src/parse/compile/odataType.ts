/**
 * `@odata.type` of a value whose declared type has no subtypes here (a session, a segment): it may only
 * name that type. Naming another type is `unknown_odata_type`, the rule polymorphic values follow:
 * an issue in strict mode; in lenient mode the value is read as its declared type, with a warning, and
 * the name is kept as it is.
 */
import type { AnySchema, ParseFn } from './types.js'

/** Whether `property` is the `ODataType(name)` of the object type `name`: a string with the pattern `^#?name$`. */
export const isODataTypeOf = (property: AnySchema, name: unknown): name is string =>
  typeof name === 'string' && typeof property.pattern === 'string' && property.pattern.startsWith('^#?') && new RegExp(property.pattern, 'u').test(name)

export const compileODataType = (name: string, strict: boolean): ParseFn => {
  const hashed = `#${name}`
  const expected = `${hashed} (or ${name})`
  return (value, ctx) => {
    if (value === hashed || value === name) return value
    // A non-string names no type at all: an issue in both modes, as for a polymorphic value.
    if (strict || typeof value !== 'string') return ctx.issue('unknown_odata_type', expected, value)
    ctx.warn('unknown_odata_type', expected, value, `read as ${name}; kept as it is`)
    return value
  }
}
