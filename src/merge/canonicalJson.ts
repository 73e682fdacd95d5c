/**
 * JSON with object keys in code-unit order: two values that are deep-equal have the same text, so the
 * text gives a total order that does not depend on how a value was built.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const object = value as Record<string, unknown>
  const keys = Object.keys(object)
    .filter((k) => object[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(object[k])}`).join(',')}}`
}

/** Orders two values by their canonical JSON: negative, zero or positive. */
export const compareCanonical = (a: unknown, b: unknown): number => {
  if (a === b) return 0
  const x = canonicalJson(a)
  const y = canonicalJson(b)
  return x < y ? -1 : x > y ? 1 : 0
}
