/**
 * `Edm.DateTimeOffset` as Microsoft Graph sends it: strict parsing and the canonical UTC form.
 *
 * Accepted (OData ABNF `dateTimeOffsetValue`, uppercase `T` and `Z` only):
 * `YYYY-MM-DDThh:mm[:ss[.fraction]]` then `Z` or `±hh:mm`, year 0001–9999.
 * Canonical output: UTC, `Z`, exactly 7 fractional digits (.NET round-trip form, 100 ns), for example
 * `2020-02-25T19:00:24.5820000Z`.
 *
 * The parser reads characters with `charCodeAt` and converts with integer arithmetic: no regex, no
 * `Date`, no luxon, because it runs once per timestamp of every call record.
 */
import { MONTH_NAMES, daysInMonth } from './calendar.js'
import { invalidInputMessage, type TimeFailure } from './result.js'

/**
 * A success of {@link parseTimestamp} where fractional digits beyond the 7th were dropped (only when
 * the caller allowed it). It is an object so that the plain success stays a bare string.
 * @public
 */
export interface TruncatedTimestamp {
  /** Always `true`: tells this success from a {@link TimeFailure}. */
  readonly ok: true
  /** The canonical form, with the fraction cut (not rounded) to 7 digits. */
  readonly value: string
  /** Always `true`: digits beyond the 7th were dropped. */
  readonly truncated: true
}

/**
 * What {@link parseTimestamp} returns: the canonical string on success (the common case allocates
 * nothing else), a {@link TruncatedTimestamp} when digits beyond 7 were dropped, or a
 * {@link TimeFailure} naming the rule broken.
 * @public
 */
export type TimestampResult = string | TruncatedTimestamp | TimeFailure

/** `PAD2[n]` is `n` on two digits, for 0–99 (error messages only). */
const PAD2: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`))

const SHAPE = 'YYYY-MM-DDThh:mm[:ss[.fraction]] followed by "Z" or "±hh:mm"'

const CH_0 = 48
const CH_T = 84 // 'T'
const CH_Z = 90 // 'Z'
const CH_COLON = 58
const CH_DASH = 45
const CH_PLUS = 43
const CH_DOT = 46

/** Whether a char code is an ASCII digit; NaN (past the end of the string) is not. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Two digits at `i` as a number, or -1. */
function twoDigitsAt(text: string, i: number): number {
  const a = text.charCodeAt(i) - CH_0
  const b = text.charCodeAt(i + 1) - CH_0
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/** Describes what stands at `i`, for messages. */
function found(text: string, i: number): string {
  return i >= text.length ? 'the end of the input' : JSON.stringify(text.charAt(i))
}

function fail(reason: string): TimeFailure {
  return { ok: false, reason }
}

/** The failure for a wrong character at `i` after a field: a digit there means the field is too long. */
function afterField(field: string, separator: string, text: string, i: number): TimeFailure {
  if (isDigit(text.charCodeAt(i))) return fail(`${field} must be exactly 2 digits`)
  return fail(`expected ${separator} after the ${field} at position ${i}, found ${found(text, i)}`)
}

/**
 * The canonical string, built in one call: a single flat allocation, where concatenation would make
 * a rope of many small strings (measured about 3× slower).
 */
function canonical(text: string, year: number, month: number, day: number, minuteOfDay: number, hasSeconds: boolean, fracLen: number): string {
  const hour = (minuteOfDay / 60) | 0
  const minute = minuteOfDay - hour * 60
  return String.fromCharCode(
    CH_0 + ((year / 1000) | 0),
    CH_0 + (((year / 100) | 0) % 10),
    CH_0 + (((year / 10) | 0) % 10),
    CH_0 + (year % 10),
    CH_DASH,
    CH_0 + ((month / 10) | 0),
    CH_0 + (month % 10),
    CH_DASH,
    CH_0 + ((day / 10) | 0),
    CH_0 + (day % 10),
    CH_T,
    CH_0 + ((hour / 10) | 0),
    CH_0 + (hour % 10),
    CH_COLON,
    CH_0 + ((minute / 10) | 0),
    CH_0 + (minute % 10),
    CH_COLON,
    hasSeconds ? text.charCodeAt(17) : CH_0,
    hasSeconds ? text.charCodeAt(18) : CH_0,
    CH_DOT,
    fracLen > 0 ? text.charCodeAt(20) : CH_0,
    fracLen > 1 ? text.charCodeAt(21) : CH_0,
    fracLen > 2 ? text.charCodeAt(22) : CH_0,
    fracLen > 3 ? text.charCodeAt(23) : CH_0,
    fracLen > 4 ? text.charCodeAt(24) : CH_0,
    fracLen > 5 ? text.charCodeAt(25) : CH_0,
    fracLen > 6 ? text.charCodeAt(26) : CH_0,
    CH_Z,
  )
}

/**
 * How {@link parseTimestamp} reads a timestamp.
 * @public
 */
export interface TimestampOptions {
  /**
   * Cut a fraction of more than 7 digits to 7 and say so with a {@link TruncatedTimestamp}, as lenient
   * parsers do; by default such a timestamp is a {@link TimeFailure}.
   */
  readonly truncate?: boolean
}

const NO_OPTIONS: TimestampOptions = {}

/**
 * Parses an `Edm.DateTimeOffset` (OData ABNF `dateTimeOffsetValue`, as Graph sends it) without
 * throwing, for the hot path of a parser: returns the canonical UTC string with 7 fractional digits,
 * or a {@link TimeFailure} naming the rule broken, or (only with `truncate`) a
 * {@link TruncatedTimestamp} when more than 7 fractional digits were cut.
 * An input that is already canonical is returned as is (the same string).
 * @example
 * ```ts
 * const r = parseTimestamp('2020-02-25T21:00:24.582+02:00')
 * if (typeof r === 'string') use(r) // '2020-02-25T19:00:24.5820000Z'
 * else if (r.ok) use(r.value) // truncated
 * else report(r.reason)
 * ```
 * @public
 */
export function parseTimestamp(text: string, options: TimestampOptions = NO_OPTIONS): TimestampResult {
  const allowTruncation = options.truncate === true
  // JavaScript callers may pass anything; the check is nearly free.
  if (typeof text !== 'string') return fail(`expected a string, got ${text === null ? 'null' : typeof text}`)
  const len = text.length
  if (len === 0) return fail(`empty string; expected ${SHAPE}`)

  // Each character is read once; a wrong one is looked at again only to word the failure.
  // Date: YYYY-MM-DD at positions 0–9.
  const y12 = twoDigitsAt(text, 0)
  const y34 = twoDigitsAt(text, 2)
  if (y12 < 0 || y34 < 0) return fail(`year must be exactly 4 digits; expected ${SHAPE}`)
  if (text.charCodeAt(4) !== CH_DASH) {
    if (isDigit(text.charCodeAt(4))) return fail('year must be exactly 4 digits (0001–9999)')
    return fail(`expected "-" after the year at position 4, found ${found(text, 4)}`)
  }
  let year = y12 * 100 + y34
  if (year === 0) return fail('year 0000 is out of range (0001–9999)')

  let month = twoDigitsAt(text, 5)
  if (month < 0) return fail('month must be exactly 2 digits')
  if (text.charCodeAt(7) !== CH_DASH) return afterField('month', '"-"', text, 7)
  if (month < 1 || month > 12) return fail(`month ${PAD2[month]} is out of range (01–12)`)

  let day = twoDigitsAt(text, 8)
  if (day < 0) return fail('day must be exactly 2 digits')
  const t = text.charCodeAt(10)
  if (t !== CH_T) {
    if (len === 10) return fail('missing time: a DateTimeOffset needs "T" then hh:mm after the date')
    if (t === 116) return fail('lowercase "t" is not accepted; the separator must be uppercase "T"')
    return afterField('day', '"T" between the date and the time', text, 10)
  }
  if (day < 1 || day > 31) return fail(`day ${PAD2[day]} is out of range (01–31)`)
  const monthDays = daysInMonth(year, month)
  if (day > monthDays) {
    return fail(`day ${day} does not exist in ${MONTH_NAMES[month - 1]} ${PAD2[(year / 100) | 0]}${PAD2[year % 100]}`)
  }

  // Time: hh:mm at positions 11–15.
  const hour = twoDigitsAt(text, 11)
  if (hour < 0) return fail('hour must be exactly 2 digits')
  if (text.charCodeAt(13) !== CH_COLON) return afterField('hour', '":"', text, 13)
  if (hour > 23) return fail(`hour ${hour} is out of range (00–23)`)
  const minute = twoDigitsAt(text, 14)
  if (minute < 0) return fail('minute must be exactly 2 digits')
  if (minute > 59) return fail(`minute ${minute} is out of range (00–59)`)

  // Optional :ss[.fraction], then the offset at `pos`.
  let pos = 16
  let sign = text.charCodeAt(16)
  let hasSeconds = false
  let fracLen = 0
  let truncated = false
  if (sign === CH_COLON) {
    const second = twoDigitsAt(text, 17)
    if (second < 0) return fail('second must be exactly 2 digits')
    if (second > 59) return fail(`second ${second} is out of range (00–59; leap seconds are not accepted)`)
    hasSeconds = true
    pos = 19
    sign = text.charCodeAt(19)
    if (sign === CH_DOT) {
      pos = 20
      sign = text.charCodeAt(20)
      while (isDigit(sign)) sign = text.charCodeAt(++pos)
      fracLen = pos - 20
      if (fracLen === 0) return fail('expected at least one fractional digit after "."')
      if (fracLen > 7) {
        if (!allowTruncation) return fail(`${fracLen} fractional digits; at most 7 are allowed (100 ns precision)`)
        truncated = true
      }
    } else if (isDigit(sign)) {
      return fail('second must be exactly 2 digits')
    }
  } else if (isDigit(sign)) {
    return fail('minute must be exactly 2 digits')
  }

  // Offset: Z or ±hh:mm.
  let offsetMinutes = 0
  if (sign === CH_Z) {
    pos += 1
  } else if (sign === CH_PLUS || sign === CH_DASH) {
    const oh = twoDigitsAt(text, pos + 1)
    if (oh < 0) return fail('offset hour must be exactly 2 digits, as in "+hh:mm"')
    if (text.charCodeAt(pos + 3) !== CH_COLON) {
      return afterField('offset hour', '":" (the form is "±hh:mm")', text, pos + 3)
    }
    if (oh > 23) return fail(`offset hour ${oh} is out of range (00–23)`)
    const om = twoDigitsAt(text, pos + 4)
    if (om < 0) return fail('offset minute must be exactly 2 digits, as in "+hh:mm"')
    if (om > 59) return fail(`offset minute ${om} is out of range (00–59)`)
    offsetMinutes = sign === CH_DASH ? -(oh * 60 + om) : oh * 60 + om
    pos += 6
  } else if (pos >= len) {
    return fail('missing time zone offset: expected "Z" or "±hh:mm" at the end')
  } else if (sign === 122) {
    return fail('lowercase "z" is not accepted; the UTC designator must be uppercase "Z"')
  } else if (!hasSeconds && sign === CH_DOT) {
    return fail('a fraction needs seconds before it (hh:mm:ss.fraction)')
  } else {
    return fail(`expected "Z" or "±hh:mm" (the time zone offset) at position ${pos}, found ${found(text, pos)}`)
  }
  if (pos !== len) {
    if (isDigit(text.charCodeAt(pos))) return fail('offset minute must be exactly 2 digits, as in "+hh:mm"')
    return fail(`unexpected characters after the time zone offset, from position ${pos}`)
  }

  // Fast path: already canonical, return the very same string.
  if (fracLen === 7 && sign === CH_Z) return text

  // |offset| < 24 h, so the UTC date moves by at most one day.
  let minuteOfDay = hour * 60 + minute - offsetMinutes
  if (minuteOfDay < 0) {
    minuteOfDay += 1440
    if (--day === 0) {
      if (--month === 0) {
        month = 12
        if (--year === 0) return fail('converted to UTC the instant falls in year 0000, before 0001-01-01T00:00:00Z')
      }
      day = daysInMonth(year, month)
    }
  } else if (minuteOfDay >= 1440) {
    minuteOfDay -= 1440
    if (++day > monthDays) {
      day = 1
      if (++month === 13) {
        month = 1
        if (++year === 10000) {
          return fail('converted to UTC the instant falls in year 10000, after 9999-12-31T23:59:59.9999999Z')
        }
      }
    }
  }
  const value = canonical(text, year, month, day, minuteOfDay, hasSeconds, fracLen)
  return truncated ? { ok: true, value, truncated: true } : value
}

/**
 * Normalizes an `Edm.DateTimeOffset` (OData ABNF, as Graph sends it) to the canonical UTC form with
 * 7 fractional digits (.NET round-trip form); throws a `RangeError` that names the rule broken and
 * quotes the input. More than 7 fractional digits is an error here; use {@link parseTimestamp} to allow truncation.
 * @example `normalizeTimestamp('2020-02-25T21:00:24.582+02:00')` returns `'2020-02-25T19:00:24.5820000Z'`.
 * @public
 */
export function normalizeTimestamp(text: string): string {
  const result = parseTimestamp(text)
  if (typeof result === 'string') return result
  if (result.ok) return result.value // not reached without truncation; keeps the types honest
  throw new RangeError(invalidInputMessage('timestamp', text, result.reason))
}

/**
 * Whether a string is a valid `Edm.DateTimeOffset` in the strict terms of {@link normalizeTimestamp}
 * (OData ABNF, at most 7 fractional digits, in range after conversion to UTC).
 * @example `isTimestamp('2020-02-29T00:00:00Z')` is `true`, `isTimestamp('2021-02-29T00:00:00Z')` is `false`.
 * @public
 */
export function isTimestamp(text: string): boolean {
  return typeof parseTimestamp(text) === 'string'
}
