/** `Type.Array`: each item parsed by the item schema, its index added to the path of what it reports. */
import type { AnySchema, Compile, ParseFn } from './types.js'

export const compileArray = (schema: AnySchema, compile: Compile, output: boolean): ParseFn => {
  const item = compile(schema.items)
  const minItems: number | undefined = schema.minItems
  const maxItems: number | undefined = schema.maxItems
  return (value, ctx) => {
    if (!Array.isArray(value)) return ctx.issue('invalid_type', 'an array', value)
    if (minItems !== undefined && value.length < minItems) ctx.issue('invalid_array', `at least ${minItems} items`, value, `${value.length} items`)
    if (maxItems !== undefined && value.length > maxItems) ctx.issue('invalid_array', `at most ${maxItems} items`, value, `${value.length} items`)
    if (ctx.depth >= ctx.maxDepth) return ctx.issue('too_deep', `at most ${ctx.maxDepth} levels of nesting`, value)
    ctx.depth++
    const length = value.length
    const out = output ? new Array(length) : undefined
    const reports = ctx.reports
    for (let i = 0; i < length; i++) {
      const n = reports.length
      const result = item(value[i], ctx)
      if (out !== undefined) out[i] = result
      if (reports.length !== n) ctx.under(n, i)
    }
    ctx.depth--
    return out
  }
}
