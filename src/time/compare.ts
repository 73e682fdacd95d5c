import { normalizeTimestamp } from './timestamp.js'

/**
 * Compares the instants of two `Edm.DateTimeOffset` strings (any valid form, see
 * {@link normalizeTimestamp}); throws a `RangeError` on an invalid one. Canonical forms are fixed-width
 * UTC, so comparing them as strings orders the instants, down to 100 ns.
 * @example `compareTimestamps('2020-02-25T21:00+02:00', '2020-02-25T19:00:00Z')` is `0`.
 * @public
 */
export function compareTimestamps(a: string, b: string): -1 | 0 | 1 {
  const x = normalizeTimestamp(a)
  const y = normalizeTimestamp(b)
  return x < y ? -1 : x > y ? 1 : 0
}
