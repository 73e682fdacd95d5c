import { DateTime } from 'luxon'
import { invalidInputMessage } from './result.js'
import { normalizeTimestamp } from './timestamp.js'

/**
 * Converts an `Edm.DateTimeOffset` (OData ABNF, validated as by {@link normalizeTimestamp}) to a luxon
 * `DateTime` in zone UTC. Luxon holds milliseconds only, so digits past the 3rd are dropped (truncated,
 * toward the earlier instant); keep the canonical string when 100 ns precision matters.
 * @example `toDateTime('2020-02-25T21:00:24.5827+02:00').toISO()` is `'2020-02-25T19:00:24.582Z'`.
 * @public
 */
export function toDateTime(text: string): DateTime<true> {
  const result = DateTime.fromISO(normalizeTimestamp(text), { zone: 'utc' })
  // Not expected once the input is canonical; a guard in case luxon refuses a year it cannot hold.
  if (!result.isValid) {
    const why = result.invalidExplanation ?? result.invalidReason ?? 'unknown reason'
    throw new RangeError(invalidInputMessage('timestamp', text, `luxon rejects it: ${why}`))
  }
  return result
}
