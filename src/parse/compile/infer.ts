/**
 * Subtype inference for a polymorphic value without `@odata.type`, which Graph omits when the client
 * asks for `odata.metadata=none`. The value is read as a subtype when its properties fit exactly one
 * subtype and do not fit the declared type alone. A value fits a type when the type declares each of its
 * properties (annotations, keys with `@`, aside) or is open. Only values without `@odata.type` pay for it.
 */
import type { AnySchema } from './types.js'

interface Fit {
  readonly declared: ReadonlySet<string>
  readonly open: boolean
}

const fitOf = (member: AnySchema): Fit => ({
  declared: new Set(Object.keys(member.properties as Record<string, unknown>)),
  open: member.additionalProperties === true,
})

const fits = (fit: Fit, keys: readonly string[]): boolean => {
  if (fit.open) return true
  for (const key of keys) if (!fit.declared.has(key)) return false
  return true
}

/**
 * The function that names the member index a value without `@odata.type` is read as, or -1 when no
 * single subtype is the answer. An abstract declared type (not among `members`) declares the properties
 * that all its subtypes have.
 */
export const inferrer = (members: readonly AnySchema[], base: string): ((value: object) => number) => {
  const all = members.map(fitOf)
  const baseIndex = members.findIndex((m) => m.$id === base)
  const baseFit: Fit =
    baseIndex >= 0
      ? all[baseIndex]!
      : { declared: new Set([...all[0]!.declared].filter((key) => all.every((f) => f.declared.has(key)))), open: all.every((f) => f.open) }
  return (value) => {
    const keys = Object.keys(value).filter((key) => key.indexOf('@') < 0)
    if (fits(baseFit, keys)) return -1
    let found = -1
    for (let i = 0; i < all.length; i++) {
      if (i === baseIndex || !fits(all[i]!, keys)) continue
      if (found >= 0) return -1
      found = i
    }
    return found
  }
}
