import fc from 'fast-check'
import { DateTime, FixedOffsetZone } from 'luxon'
import { describe, expect, it } from 'vitest'
import { compareTimestamps, isTimestamp, normalizeTimestamp, parseTimestamp } from '../../src/time/index.js'
import { TimestampPattern } from '../../src/schema/edm.js'
import { formatTimestamp, monthDays, nearTimestamps, oracleTicks, pad, sign, timestampFields, type TimestampFields } from './arbitraries.js'

const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/
const timestampRegex = new RegExp(TimestampPattern)

/** Generated fields whose instant is inside 0001–9999 in UTC, with the oracle's ticks. */
const inRange = timestampFields
  .map((fields) => ({ fields, ticks: oracleTicks(fields) }))
  .filter((x): x is { fields: TimestampFields; ticks: bigint } => x.ticks !== undefined)

describe('timestamp laws', () => {
  it('agrees with luxon at millisecond precision and keeps the sub-millisecond digits', () => {
    fc.assert(
      fc.property(timestampFields, (fields) => {
        const input = formatTimestamp(fields)
        const ticks = oracleTicks(fields)
        if (ticks === undefined) {
          // The instant leaves 0001–9999 once converted to UTC.
          expect(() => normalizeTimestamp(input)).toThrow(/converted to UTC the instant falls in year (0000|10000)/)
          return
        }
        const output = normalizeTimestamp(input)
        expect(output).toMatch(CANONICAL)
        const expectedMillis = DateTime.fromISO(formatTimestamp(fields, { fraction: fields.fraction.slice(0, 3) }), {
          setZone: true,
        }).toMillis()
        expect(DateTime.fromISO(output).toMillis()).toBe(expectedMillis)
        if (fields.fraction.length <= 3) {
          expect(DateTime.fromISO(output).toMillis()).toBe(DateTime.fromISO(input).toMillis())
        }
        // All written fractional digits survive, padded to 7.
        expect(output.slice(20, 27)).toBe(fields.fraction.padEnd(7, '0'))
      }),
      { numRuns: 2000 },
    )
  })

  it('is idempotent, and a canonical string comes back as is', () => {
    fc.assert(
      fc.property(inRange, ({ fields }) => {
        const once = normalizeTimestamp(formatTimestamp(fields))
        expect(normalizeTimestamp(once)).toBe(once)
        expect(Object.is(parseTimestamp(once), once)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it('orders canonical strings as their instants (string order = time order, to 100 ns)', () => {
    fc.assert(
      fc.property(inRange, inRange, (a, b) => {
        const x = normalizeTimestamp(formatTimestamp(a.fields))
        const y = normalizeTimestamp(formatTimestamp(b.fields))
        const instantOrder = sign(a.ticks - b.ticks)
        expect(sign(x < y ? -1 : x > y ? 1 : 0)).toBe(instantOrder)
        expect(compareTimestamps(formatTimestamp(a.fields), formatTimestamp(b.fields))).toBe(instantOrder)
      }),
      { numRuns: 2000 },
    )
  })

  it('finds the same instant equal whatever the offset it is written in', () => {
    fc.assert(
      fc.property(inRange, fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }), ({ fields, ticks }, offset) => {
        // The same instant written in another offset: shift the wall clock with luxon, keep the fraction.
        const millis = ticks / 10_000n - (ticks % 10_000n < 0n ? 1n : 0n) // floor division
        const shifted = DateTime.fromMillis(Number(millis), { zone: FixedOffsetZone.instance(offset) })
        fc.pre(shifted.year >= 1 && shifted.year <= 9999)
        const again = formatTimestamp({
          year: shifted.year,
          month: shifted.month,
          day: shifted.day,
          hour: shifted.hour,
          minute: shifted.minute,
          second: shifted.second,
          fraction: `${pad(shifted.millisecond, 3)}${fields.fraction.slice(3).padEnd(4, '0')}`,
          offset,
        })
        expect(compareTimestamps(formatTimestamp(fields), again)).toBe(0)
        expect(normalizeTimestamp(again)).toBe(normalizeTimestamp(formatTimestamp(fields)))
      }),
      { numRuns: 500 },
    )
  })

  it('rejects a field made out of range, naming the field', () => {
    type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'offsetHour' | 'offsetMinute' | 'fraction'
    const twoDigits = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map(String)
    const mutate = (field: Field, text: fc.Arbitrary<string>, words: string) => text.map((t) => ({ field, text: t, words }))
    const mutation = fc.oneof(
      mutate('year', fc.constant('0000'), 'year 0000'),
      mutate('month', fc.oneof(fc.constant('00'), twoDigits(13, 99)), 'month'),
      mutate('day', fc.oneof(fc.constant('00'), twoDigits(32, 99)), 'day'),
      mutate('hour', twoDigits(24, 99), 'hour'),
      mutate('minute', twoDigits(60, 99), 'minute'),
      mutate('second', twoDigits(60, 99), 'second'),
      mutate('offsetHour', twoDigits(24, 99), 'offset hour'),
      mutate('offsetMinute', twoDigits(60, 99), 'offset minute'),
      mutate('fraction', fc.stringMatching(/^\d{8,20}$/), 'fractional digits'),
    )
    fc.assert(
      fc.property(timestampFields, mutation, (fields, { field, text, words }) => {
        // A fraction needs seconds to be written at all.
        const base = field === 'fraction' ? { ...fields, second: fields.second ?? 0 } : fields
        const input = formatTimestamp(base, { [field]: text })
        expect(isTimestamp(input)).toBe(false)
        expect(() => normalizeTimestamp(input)).toThrow(RangeError)
        expect(() => normalizeTimestamp(input)).toThrow(words)
      }),
      { numRuns: 2000 },
    )
  })

  it('rejects a day past the end of its month', () => {
    const shortMonth = timestampFields.filter((f) => monthDays(f.year, f.month) < 31)
    fc.assert(
      fc.property(shortMonth, fc.integer({ min: 1, max: 3 }), (fields, extra) => {
        const day = monthDays(fields.year, fields.month) + extra
        fc.pre(day <= 31)
        const input = formatTimestamp({ ...fields, day })
        expect(() => normalizeTimestamp(input)).toThrow(`day ${day} does not exist in`)
      }),
    )
  })

  it('throws nothing but RangeError on any string, and the checker never throws', () => {
    const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 40 }), nearTimestamps)
    fc.assert(
      fc.property(anyString, (text) => {
        const result = parseTimestamp(text)
        expect(() => parseTimestamp(text, { truncate: true })).not.toThrow()
        expect(isTimestamp(text)).toBe(typeof result === 'string')
        try {
          expect(normalizeTimestamp(text)).toBe(result)
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('accepts exactly what the pattern accepts, apart from calendar days and the UTC range', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearTimestamps,
          timestampFields.map((f) => formatTimestamp(f)),
        ),
        (text) => {
          const matches = timestampRegex.test(text)
          if (isTimestamp(text)) expect(matches).toBe(true)
          else if (matches) {
            // Only what a regex cannot see: the day of the month or the range after conversion.
            const result = parseTimestamp(text)
            expect(result).toMatchObject({ ok: false })
            const reason = typeof result === 'object' && !result.ok ? result.reason : ''
            expect(reason).toMatch(/does not exist in|converted to UTC/)
          }
        },
      ),
      { numRuns: 3000 },
    )
  })
})
