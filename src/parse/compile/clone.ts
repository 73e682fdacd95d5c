/**
 * Copies a value that no schema describes (an undeclared property, an annotation, an open type's extra)
 * so that the output shares nothing with the input. The copy is depth-limited, which also ends cycles.
 */
import type { Context } from '../context.js'

/** Sets `key` on `target` as an own data property, even `__proto__`, without touching any prototype. */
export const setOwn = (target: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

export const cloneJson = (value: unknown, ctx: Context): unknown => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      if (Number.isFinite(value)) return value
      ctx.issue('not_json', 'a JSON value', value, 'JSON has no NaN or Infinity')
      return undefined
    case 'object': {
      if (value === null) return null
      if (ctx.depth >= ctx.maxDepth) {
        ctx.issue('too_deep', `at most ${ctx.maxDepth} levels of nesting`, value)
        return undefined
      }
      ctx.depth++
      let out: unknown
      if (Array.isArray(value)) {
        const array = new Array(value.length)
        for (let i = 0; i < value.length; i++) {
          const n = ctx.reports.length
          const item = value[i]
          if (item === undefined) ctx.issue('not_json', 'a JSON value', item)
          else array[i] = cloneJson(item, ctx)
          if (ctx.reports.length !== n) ctx.under(n, i)
        }
        out = array
      } else {
        const object: Record<string, unknown> = {}
        const source = value as Record<string, unknown>
        const keys = Object.keys(source)
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!
          const item = source[key]
          if (item === undefined) continue
          const n = ctx.reports.length
          setOwn(object, key, cloneJson(item, ctx))
          if (ctx.reports.length !== n) ctx.under(n, key)
        }
        out = object
      }
      ctx.depth--
      return out
    }
    default:
      ctx.issue('not_json', 'a JSON value', value)
      return undefined
  }
}
