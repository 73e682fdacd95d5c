/**
 * Time rules of Microsoft Graph call records: `Edm.DateTimeOffset` timestamps and `Edm.Duration`
 * durations, strict parsing, canonical form, comparison and luxon conversion.
 */
export { compareTimestamps } from './compare.js'
export { checkDuration, durationToMilliseconds, isDuration, parseDuration, type DurationResult } from './duration.js'
export type { TimeFailure } from './result.js'
export {
  isTimestamp,
  normalizeTimestamp,
  parseTimestamp,
  type TimestampOptions,
  type TimestampResult,
  type TruncatedTimestamp,
} from './timestamp.js'
export { toDateTime } from './toDateTime.js'
