import fc from 'fast-check'
import { Duration } from 'luxon'
import { describe, expect, it } from 'vitest'
import { checkDuration, durationToMilliseconds, isDuration, parseDuration } from '../../src/time/index.js'
import { DurationPattern } from '../../src/schema/edm.js'

// [input, milliseconds, rule exercised]
const valid: ReadonlyArray<readonly [string, number, string]> = [
  ['PT0.016S', 16, 'seconds with 3 fractional digits, as Graph sends jitter'],
  ['PT0.5S', 500, 'one fractional digit'],
  ['PT10S', 10_000, 'whole seconds'],
  ['PT1M', 60_000, 'minutes alone'],
  ['PT1H', 3_600_000, 'hours alone'],
  ['P1D', 86_400_000, 'days alone, a day is 24 hours'],
  ['P1DT2H3M4.005S', 93_784_005, 'every component'],
  ['PT36H', 129_600_000, 'hours beyond a day are kept as hours'],
  ['PT0S', 0, 'zero'],
  ['-PT0S', 0, 'negative zero is zero'],
  ['-P1DT0.5S', -86_400_500, 'negative duration'],
  ['PT0.0161S', 16.1, 'digits beyond milliseconds stay as a fractional millisecond'],
  ['PT1.0000001S', 1000.0001, '7 fractional digits'],
  ['P0D', 0, 'zero days'],
  ['PT000001S', 1000, 'leading zeros'],
]

// [input, words the message must contain, rule exercised]
const invalid: ReadonlyArray<readonly [string, string, string]> = [
  ['', 'empty string', 'empty input'],
  ['P', 'no component', '"P" alone'],
  ['PT', '"T" must be followed', '"PT" alone'],
  ['P1DT', '"T" must be followed', '"T" with nothing after it'],
  ['-P', 'no component', 'sign alone'],
  ['P1Y', 'years are not allowed', 'no years'],
  ['P1M', 'months are not allowed', 'no months (M before T)'],
  ['P1W', 'weeks are not allowed', 'no weeks'],
  ['PT1.5H', 'only seconds may have a fraction', 'fraction on hours'],
  ['P1.5D', 'only seconds may have a fraction', 'fraction on days'],
  ['PT1S2M', 'out of order', 'order H, M, S'],
  ['PT1H1H', 'repeated', 'a component twice'],
  ['P1H', '"H" must come after "T"', 'time component before T'],
  ['PT1D', 'days ("D") must come before "T"', 'days after T'],
  ['+PT1S', 'a leading "+" is not accepted', 'only "-" as sign'],
  ['P-1D', 'only the whole duration may be negative', 'no sign inside'],
  ['pt1s', 'lowercase "p"', 'uppercase only'],
  ['PT1s', 'lowercase designators', 'uppercase designators only'],
  ['PT1', 'must be followed by a designator', 'number without designator'],
  ['PT1.S', 'at least one digit after "."', 'dot without digits'],
  ['PT.5S', 'expected a number', 'digits before the dot'],
  ['PT1,5S', 'expected a designator', 'comma as decimal separator'],
  ['PT1S ', 'expected a number', 'trailing space'],
  ['1D', 'expected "P"', 'missing P'],
  ['PTT1S', '"T" appears twice', 'T twice'],
  [`P${'9'.repeat(20)}D`, 'too large', 'beyond 2^53-1 milliseconds'],
]

describe('durations', () => {
  it.each(valid)('%s is %d ms (%s)', (input, millis) => {
    expect(durationToMilliseconds(input)).toBeCloseTo(millis, 9)
    expect(checkDuration(input)).toBe(durationToMilliseconds(input))
    expect(isDuration(input)).toBe(true)
    expect(parseDuration(input).toMillis()).toBeCloseTo(millis, 9)
    expect(new RegExp(DurationPattern).test(input)).toBe(true)
  })

  it('is exact for up to 3 fractional digits', () => {
    expect(durationToMilliseconds('PT0.016S')).toBe(16)
    expect(durationToMilliseconds('P1DT2H3M4.005S')).toBe(93_784_005)
    expect(Object.is(durationToMilliseconds('-PT0S'), 0)).toBe(true)
  })

  it.each(invalid)('%j is rejected: %s (%s)', (input, words) => {
    expect(isDuration(input)).toBe(false)
    expect(checkDuration(input)).toMatchObject({ ok: false })
    expect(() => durationToMilliseconds(input)).toThrow(RangeError)
    expect(() => durationToMilliseconds(input)).toThrow(words)
    expect(() => parseDuration(input)).toThrow(RangeError)
  })

  it('quotes the input in the message', () => {
    expect(() => parseDuration('P1Y')).toThrow('invalid duration "P1Y": years are not allowed in an Edm.Duration (only days, hours, minutes and seconds)')
  })

  it('parseDuration keeps the components written, like luxon', () => {
    expect(parseDuration('PT1.5S').toObject()).toEqual({ seconds: 1, milliseconds: 500 })
    expect(parseDuration('-P1DT2H').toObject()).toEqual({ days: -1, hours: -2 })
    expect(parseDuration('PT0.0161S').toObject()).toEqual({ seconds: 0, milliseconds: 16.1 })
  })
})

/** Durations in every accepted shape, with their components; at most 3 fractional digits when `maxFraction` is 3. */
const durationText = (maxFraction: number): fc.Arbitrary<string> =>
  fc
    .record({
      negative: fc.boolean(),
      days: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
      hours: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      minutes: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      seconds: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
      fraction: fc.stringMatching(new RegExp(`^(\\.\\d{1,${maxFraction}})?$`)),
    })
    .filter((d) => d.days !== undefined || d.hours !== undefined || d.minutes !== undefined || d.seconds !== undefined)
    .map((d) => {
      const time =
        (d.hours !== undefined ? `${d.hours}H` : '') +
        (d.minutes !== undefined ? `${d.minutes}M` : '') +
        (d.seconds !== undefined ? `${d.seconds}${d.fraction}S` : '')
      return `${d.negative ? '-' : ''}P${d.days !== undefined ? `${d.days}D` : ''}${time === '' ? '' : `T${time}`}`
    })

describe('duration laws', () => {
  it('durationToMilliseconds agrees with luxon for up to 3 fractional digits', () => {
    fc.assert(
      fc.property(durationText(3), (text) => {
        const luxon = Duration.fromISO(text)
        expect(luxon.isValid).toBe(true)
        expect(durationToMilliseconds(text)).toBe(luxon.toMillis())
        expect(parseDuration(text).toObject()).toEqual(luxon.toObject())
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps more fractional digits as a fractional millisecond', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.stringMatching(/^\d{4,9}$/), (seconds, digits) => {
        const expected = seconds * 1000 + Number(`${digits.slice(0, 3)}.${digits.slice(3)}`)
        expect(durationToMilliseconds(`PT${seconds}.${digits}S`)).toBeCloseTo(expected, 6)
      }),
    )
  })

  it('accepts exactly what DurationPattern accepts, short of the magnitude limit', () => {
    const regex = new RegExp(DurationPattern)
    const alphabet = fc.constantFrom(...'PTDHMSYW.-+0159 ps')
    const text = fc.oneof(fc.string({ unit: alphabet, maxLength: 14 }), durationText(7), fc.string())
    fc.assert(
      fc.property(text, (t) => {
        const result = checkDuration(t)
        if (typeof result === 'number') expect(regex.test(t)).toBe(true)
        else if (regex.test(t)) expect(result.reason).toContain('too large')
        try {
          durationToMilliseconds(t)
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError)
        }
      }),
      { numRuns: 5000 },
    )
  })
})
