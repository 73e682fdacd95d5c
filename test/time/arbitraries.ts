/**
 * fast-check generators and an independent oracle for the time tests. The oracle leans on luxon for
 * the calendar and adds the sub-millisecond digits itself, so it shares no code with src/time.
 */
import fc from 'fast-check'
import { DateTime } from 'luxon'

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Fields of a generated timestamp; `second` undefined means the `hh:mm` form. */
export interface TimestampFields {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number | undefined
  /** 0–7 digits; empty when there are no seconds. */
  fraction: string
  /** `Z`, or an offset in minutes written `±hh:mm`. */
  offset: 'Z' | number
}

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
export const monthDays = (y: number, m: number): number => (m === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31)

export type FieldTexts = Partial<Record<keyof TimestampFields | 'offsetHour' | 'offsetMinute', string>>

/** Writes the fields in the accepted form; `override` replaces the text of one field (for mutations). */
export function formatTimestamp(f: TimestampFields, override: FieldTexts = {}): string {
  let text = `${override.year ?? pad(f.year, 4)}-${override.month ?? pad(f.month)}-${override.day ?? pad(f.day)}`
  text += `T${override.hour ?? pad(f.hour)}:${override.minute ?? pad(f.minute)}`
  if (f.second !== undefined || override.second !== undefined) {
    text += `:${override.second ?? pad(f.second ?? 0)}`
    const fraction = override.fraction ?? f.fraction
    if (fraction !== '') text += `.${fraction}`
  }
  if (f.offset === 'Z' && override.offsetHour === undefined && override.offsetMinute === undefined) return `${text}Z`
  const minutes = f.offset === 'Z' ? 0 : f.offset
  const abs = Math.abs(minutes)
  const sign = minutes < 0 ? '-' : '+'
  return `${text}${sign}${override.offsetHour ?? pad(Math.floor(abs / 60))}:${override.offsetMinute ?? pad(abs % 60)}`
}

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''))

const anyFields = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(1, 2, 1900, 2000, 2020, 2021, 9998, 9999)),
    month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 12)),
    day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(1, 31)),
    hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 23)),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    fraction: digits(0, 7),
    offset: fc.oneof(
      fc.constant<'Z'>('Z'),
      fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
      fc.constantFrom(0, 60, -60, 330, -330, 23 * 60 + 59, -(23 * 60 + 59)),
    ),
  })
  .map((f) => ({
    ...f,
    day: Math.min(f.day, monthDays(f.year, f.month)),
    fraction: f.second === undefined ? '' : f.fraction,
  }))

/** The first and the last day of the range, where an offset can push the instant out of 0001–9999. */
const rangeEdgeFields = fc
  .tuple(anyFields, fc.boolean())
  .map(([f, first]): TimestampFields => (first ? { ...f, year: 1, month: 1, day: 1 } : { ...f, year: 9999, month: 12, day: 31 }))

/** Timestamps in every accepted shape, with extra weight on the edges of the calendar and of the range. */
export const timestampFields: fc.Arbitrary<TimestampFields> = fc.oneof({ arbitrary: anyFields, weight: 9 }, { arbitrary: rangeEdgeFields, weight: 1 })

/** The instant written, in 100 ns ticks since 1970, or undefined when it falls outside 0001–9999 in UTC. */
export function oracleTicks(f: TimestampFields): bigint | undefined {
  // luxon holds milliseconds: give it 3 digits at most, then add the rest of the fraction as ticks.
  const text = formatTimestamp(f, { fraction: f.fraction.slice(0, 3) })
  const dt = DateTime.fromISO(text, { setZone: true })
  if (!dt.isValid) throw new Error(`oracle: luxon rejects ${text}`)
  const utcYear = dt.toUTC().year
  if (utcYear < 1 || utcYear > 9999) return undefined
  return BigInt(dt.toMillis()) * 10_000n + BigInt(f.fraction.slice(3).padEnd(4, '0'))
}

/** Sign of a comparison, as -1, 0 or 1. */
export const sign = (x: number | bigint): -1 | 0 | 1 => (x < 0 ? -1 : x > 0 ? 1 : 0)

/** Strings close to valid timestamps: one character replaced, deleted or inserted. */
export const nearTimestamps: fc.Arbitrary<string> = fc
  .tuple(timestampFields, fc.nat(), fc.constantFrom('replace', 'delete', 'insert'), fc.constantFrom(...'0123456789-:+.TZtz Ê\u0000'))
  .map(([f, at, op, ch]) => {
    const text = formatTimestamp(f)
    const i = at % (text.length + 1)
    if (op === 'delete') return text.slice(0, i) + text.slice(i + 1)
    if (op === 'insert') return text.slice(0, i) + ch + text.slice(i)
    return text.slice(0, i) + ch + text.slice(i + 1)
  })
