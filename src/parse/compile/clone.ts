/**
 * Copies a value that no schema describes (an undeclared property, an annotation, an open type's extra)
 * so that the output shares nothing with the input. The copy is depth-limited; a value met again inside
 * itself is a cycle (an issue), and a value met again elsewhere at the same depth (the same object in
 * two places) takes the copy already made, so that shared values cost their size once, not once per path.
 */
import type { Context } from '../context.js'
import { isPlainObject } from './plain.js'

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
    case 'object':
      return value === null ? null : cloneContainer(value, ctx)
    default:
      ctx.issue('not_json', 'a JSON value', value)
      return undefined
  }
}

const cloneContainer = (value: object, ctx: Context): unknown => {
  const array = Array.isArray(value)
  if (!array && !isPlainObject(value)) {
    ctx.issue('not_json', 'a JSON value', value, 'JSON holds plain objects and arrays only')
    return undefined
  }
  if (ctx.depth >= ctx.maxDepth) {
    ctx.issue('too_deep', `at most ${ctx.maxDepth} levels of nesting`, value)
    return undefined
  }
  const copying = ctx.copying ?? (ctx.copying = new Set())
  if (copying.has(value)) {
    ctx.issue('cycle', 'a value that does not contain itself', value, 'it is met again inside itself')
    return undefined
  }
  const copies = ctx.copies
  const byDepth = copies?.get(value)
  if (byDepth !== undefined && byDepth.has(ctx.depth)) return byDepth.get(ctx.depth)
  copying.add(value)
  ctx.depth++
  let out: unknown
  if (array) {
    const source = value as unknown[]
    const copy = new Array(source.length)
    for (let i = 0; i < source.length; i++) {
      const n = ctx.reports.length
      const item = source[i]
      if (item === undefined) ctx.issue('not_json', 'a JSON value', item)
      else copy[i] = cloneJson(item, ctx)
      if (ctx.reports.length !== n) ctx.under(n, i)
    }
    out = copy
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
  copying.delete(value)
  const all = copies ?? (ctx.copies = new Map())
  const done = byDepth ?? new Map<number, unknown>()
  if (byDepth === undefined) all.set(value, done)
  done.set(ctx.depth, out)
  return out
}
