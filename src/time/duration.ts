/**
 * `Edm.Duration` as Microsoft Graph sends it (OData ABNF `durationValue`, the day-time duration of
 * XML Schema): `[-]P[nD][T[nH][nM][n[.f]S]]`, for example `PT0.016S`.
 *
 * At least one component; `T` needs at least one of H, M, S after it; only seconds may carry a fraction;
 * years, months and weeks are not part of it (their length varies, so the value would not be a fixed span).
 * Parsed with `charCodeAt`, no regex, because call records carry several durations per media stream.
 */
import { Duration } from 'luxon'
import { invalidInputMessage, type TimeFailure } from './result.js'

/**
 * What {@link checkDuration} returns: the signed total in milliseconds on success (a number, so the
 * common case allocates nothing), or a {@link TimeFailure} naming the rule broken.
 * @public
 */
export type DurationResult = number | TimeFailure

const SHAPE = '[-]P[nD][T[nH][nM][n[.f]S]]'

const CH_P = 80
const CH_T = 84
const CH_D = 68
const CH_H = 72
const CH_M = 77
const CH_S = 83
const CH_DOT = 46

/** Components, filled by {@link scan} only when the caller asks (parseDuration builds a luxon Duration from them). */
interface Parts {
  days: number | undefined
  hours: number | undefined
  minutes: number | undefined
  seconds: number | undefined
  milliseconds: number | undefined
}

function fail(reason: string): TimeFailure {
  return { ok: false, reason }
}

/** Words the failure at a designator position: the common mistakes get their own message. */
function designatorProblem(code: number, inTime: boolean, text: string, i: number): TimeFailure {
  // 89 'Y', 87 'W'; 'M' before 'T' means months in ISO 8601.
  if (code === 89 || code === 87 || (code === CH_M && !inTime)) {
    const unit = code === 89 ? 'years' : code === 87 ? 'weeks' : 'months'
    return fail(`${unit} are not allowed in an Edm.Duration (only days, hours, minutes and seconds)`)
  }
  if (code >= 97 && code <= 122) {
    return fail(`lowercase designators are not accepted; found "${text.charAt(i)}" at position ${i}`)
  }
  if (code === CH_D && inTime) return fail('days ("D") must come before "T"')
  if ((code === CH_H || code === CH_S) && !inTime) return fail(`"${text.charAt(i)}" must come after "T"`)
  if (Number.isNaN(code)) return fail('a number must be followed by a designator (D, H, M or S); the input ends after it')
  return fail(`expected a designator (D, H, M or S) at position ${i}, found ${JSON.stringify(text.charAt(i))}`)
}

/**
 * One pass over the text. Returns the total in milliseconds or a failure; writes the components into
 * `parts` when given.
 */
function scan(text: string, parts: Parts | null): DurationResult {
  if (typeof text !== 'string') return fail(`expected a string, got ${text === null ? 'null' : typeof text}`)
  const len = text.length
  if (len === 0) return fail(`empty string; expected ${SHAPE}`)
  let i = 0
  const negative = text.charCodeAt(0) === 45
  if (negative) i = 1
  const p = text.charCodeAt(i)
  if (p !== CH_P) {
    if (p === 43) return fail('a leading "+" is not accepted; only "-" may precede "P"')
    if (p === 112) return fail('lowercase "p" is not accepted; a duration starts with uppercase "P"')
    return fail(`expected "P" at position ${i}; the form is ${SHAPE}`)
  }
  i++
  let total = 0
  let components = 0
  let inTime = false
  // The last unit read, as an order rank: D=1, H=2, M=3, S=4. Each must be greater than the previous.
  let rank = 0
  while (i < len) {
    const c = text.charCodeAt(i)
    if (c === CH_T) {
      if (inTime) return fail(`"T" appears twice (position ${i})`)
      inTime = true
      i++
      if (i === len) return fail('"T" must be followed by at least one of hours, minutes or seconds')
      continue
    }
    // A component: digits, then for seconds an optional fraction, then its designator.
    const start = i
    let n = 0
    let d = c - 48
    while (d >= 0 && d <= 9) {
      // Past 2^53 the total is refused anyway; stop the arithmetic, keep scanning the syntax.
      if (n <= Number.MAX_SAFE_INTEGER) n = n * 10 + d
      d = text.charCodeAt(++i) - 48
    }
    if (i === start) {
      if (c === 45 && i > 0) return fail('only the whole duration may be negative: "-" goes before "P"')
      return fail(`expected a number at position ${i}, found ${JSON.stringify(text.charAt(i))}`)
    }
    let fracMs = 0
    let hasFraction = false
    if (text.charCodeAt(i) === CH_DOT) {
      const fracStart = ++i
      // First 3 digits are whole milliseconds (exact); further digits are a sub-millisecond part,
      // kept to 15 digits (a double holds no more).
      let whole = 0
      let sub = 0
      let subScale = 1
      d = text.charCodeAt(i) - 48
      while (d >= 0 && d <= 9) {
        const k = i - fracStart
        if (k < 3) whole = whole * 10 + d
        else if (k < 18) {
          sub = sub * 10 + d
          subScale *= 10
        }
        d = text.charCodeAt(++i) - 48
      }
      const fracLen = i - fracStart
      if (fracLen === 0) return fail('expected at least one digit after "."')
      if (fracLen < 3) whole *= fracLen === 1 ? 100 : 10
      fracMs = subScale === 1 ? whole : whole + sub / subScale
      hasFraction = true
    }
    const u = text.charCodeAt(i)
    let unitRank: number
    let factor: number
    if (u === CH_D && !inTime) {
      unitRank = 1
      factor = 86_400_000
    } else if (u === CH_H && inTime) {
      unitRank = 2
      factor = 3_600_000
    } else if (u === CH_M && inTime) {
      unitRank = 3
      factor = 60_000
    } else if (u === CH_S && inTime) {
      unitRank = 4
      factor = 1000
    } else {
      return designatorProblem(u, inTime, text, i)
    }
    if (hasFraction && unitRank !== 4) return fail('only seconds may have a fraction')
    if (unitRank <= rank) {
      return fail(`"${text.charAt(i)}" is repeated or out of order; the order is D, then T, then H, M, S`)
    }
    rank = unitRank
    components++
    total += n * factor + fracMs
    if (parts !== null) {
      const value = negative && n !== 0 ? -n : n
      if (unitRank === 1) parts.days = value
      else if (unitRank === 2) parts.hours = value
      else if (unitRank === 3) parts.minutes = value
      else {
        parts.seconds = value
        if (hasFraction) parts.milliseconds = negative && fracMs !== 0 ? -fracMs : fracMs
      }
    }
    i++
  }
  if (components === 0) {
    return fail(`no component; at least one of days, hours, minutes or seconds is required (${SHAPE})`)
  }
  // Beyond 2^53 ms a double no longer counts single milliseconds; refuse rather than round silently.
  if (!(total <= Number.MAX_SAFE_INTEGER)) {
    return fail('too large: the total exceeds 2^53-1 milliseconds (about 285,616 years)')
  }
  return negative && total !== 0 ? -total : total
}

/**
 * Checks an `Edm.Duration` (OData ABNF `durationValue`) without throwing, for the hot path of a
 * parser: returns the signed total in milliseconds, or a {@link TimeFailure} naming the rule broken.
 * A day counts 24 hours, as in OData and .NET `TimeSpan`.
 * @example `checkDuration('PT0.016S')` is `16`; `checkDuration('PT')` is a failure.
 * @public
 */
export function checkDuration(text: string): DurationResult {
  return scan(text, null)
}

/**
 * Whether a string is a valid `Edm.Duration` (OData ABNF `durationValue`, no years, months or weeks).
 * @example `isDuration('P1DT2H')` is `true`, `isDuration('P1Y')` is `false`.
 * @public
 */
export function isDuration(text: string): boolean {
  return typeof scan(text, null) === 'number'
}

/**
 * Total milliseconds of an `Edm.Duration` (OData ABNF `durationValue`), a day being 24 hours; exact
 * for up to 3 fractional digits of seconds, further digits stay as a fractional millisecond. Throws a
 * `RangeError` naming the rule broken.
 * @example `durationToMilliseconds('-P1DT0.5S')` is `-86400500`; `durationToMilliseconds('PT0.0161S')` is about `16.1`.
 * @public
 */
export function durationToMilliseconds(text: string): number {
  const result = scan(text, null)
  if (typeof result === 'number') return result
  throw new RangeError(invalidInputMessage('duration', text, result.reason))
}

/**
 * Parses an `Edm.Duration` (OData ABNF `durationValue`) into a luxon `Duration` with the components
 * written (days, hours, minutes, seconds, milliseconds; fractional milliseconds beyond 3 digits), all
 * negative for a leading `-`, like luxon's own `Duration.fromISO`. Throws a `RangeError` naming the rule broken.
 * @example `parseDuration('PT1.5S').toObject()` is `{ seconds: 1, milliseconds: 500 }`.
 * @public
 */
export function parseDuration(text: string): Duration {
  const parts: Parts = {
    days: undefined,
    hours: undefined,
    minutes: undefined,
    seconds: undefined,
    milliseconds: undefined,
  }
  const result = scan(text, parts)
  if (typeof result !== 'number') throw new RangeError(invalidInputMessage('duration', text, result.reason))
  // Only the components written, so that toObject() and toISO() reflect the input.
  const units: { [K in keyof Parts]?: number } = {}
  for (const key of ['days', 'hours', 'minutes', 'seconds', 'milliseconds'] as const) {
    const value = parts[key]
    if (value !== undefined) units[key] = value
  }
  return Duration.fromObject(units)
}
