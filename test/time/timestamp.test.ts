import { describe, expect, it } from 'vitest'
import { isTimestamp, normalizeTimestamp, parseTimestamp } from '../../src/time/index.js'

// [input, canonical output, rule exercised]
const valid: ReadonlyArray<readonly [string, string, string]> = [
  ['2020-02-25T19:00:24Z', '2020-02-25T19:00:24.0000000Z', '0 fractional digits'],
  ['2020-02-25T21:00:24.582+02:00', '2020-02-25T19:00:24.5820000Z', '3 fractional digits, positive offset'],
  ['2020-02-25T19:00:24.582757Z', '2020-02-25T19:00:24.5827570Z', '6 fractional digits'],
  ['2020-02-25T18:52:21.2169889Z', '2020-02-25T18:52:21.2169889Z', '7 fractional digits, already canonical'],
  ['2020-02-25T19:00:24.5+00:00', '2020-02-25T19:00:24.5000000Z', '1 fractional digit, +00:00 is UTC'],
  ['2020-02-25T19:00:24-00:00', '2020-02-25T19:00:24.0000000Z', '-00:00 is UTC too'],
  ['2020-02-25T13:30:24-05:30', '2020-02-25T19:00:24.0000000Z', 'negative offset with minutes'],
  ['2020-02-25T19:00Z', '2020-02-25T19:00:00.0000000Z', 'no seconds'],
  ['2020-02-25T21:00+02:00', '2020-02-25T19:00:00.0000000Z', 'no seconds, with offset'],
  ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.0000000Z', 'Graph "no value", first instant of the range'],
  ['9999-12-31T23:59:59.9999999Z', '9999-12-31T23:59:59.9999999Z', 'last instant of the range'],
  ['2020-02-29T12:00:00Z', '2020-02-29T12:00:00.0000000Z', 'leap day, year divisible by 4'],
  ['2000-02-29T12:00:00Z', '2000-02-29T12:00:00.0000000Z', 'leap day, year divisible by 400'],
  ['2020-12-31T23:30:00-01:00', '2021-01-01T00:30:00.0000000Z', 'offset carries into the next year'],
  ['2021-03-01T00:30+01:00', '2021-02-28T23:30:00.0000000Z', 'offset borrows from March into a common February'],
  ['2020-03-01T00:30+01:00', '2020-02-29T23:30:00.0000000Z', 'offset borrows into a leap February'],
  ['2021-01-01T00:00:00+23:59', '2020-12-31T00:01:00.0000000Z', 'largest positive offset'],
  ['2020-12-31T23:59:59.9999999-23:59', '2021-01-01T23:58:59.9999999Z', 'largest negative offset'],
  ['0001-01-01T00:00:00-01:00', '0001-01-01T01:00:00.0000000Z', 'negative offset at the start of the range'],
  ['9999-12-31T23:59:59+01:00', '9999-12-31T22:59:59.0000000Z', 'positive offset at the end of the range'],
  ['0099-03-01T00:00:00Z', '0099-03-01T00:00:00.0000000Z', 'two-digit year stays a year of the first century'],
]

// [input, words the message must contain, rule exercised]
const invalid: ReadonlyArray<readonly [string, string, string]> = [
  ['2021-02-29T00:00:00Z', 'day 29 does not exist in February 2021', 'no leap day in a common year'],
  ['1900-02-29T00:00:00Z', 'day 29 does not exist in February 1900', 'century year not divisible by 400: common'],
  ['2021-04-31T00:00:00Z', 'day 31 does not exist in April 2021', '30-day month'],
  ['2021-01-01T24:00:00Z', 'hour 24 is out of range', '24:00 is not accepted'],
  ['2021-01-01T23:60:00Z', 'minute 60 is out of range', 'minute 60'],
  ['2016-12-31T23:59:60Z', 'second 60 is out of range', 'no leap seconds'],
  ['2021-13-01T00:00:00Z', 'month 13 is out of range', 'month 13'],
  ['2021-00-01T00:00:00Z', 'month 00 is out of range', 'month 00'],
  ['2021-01-00T00:00:00Z', 'day 00 is out of range', 'day 00'],
  ['2021-01-32T00:00:00Z', 'day 32 is out of range', 'day 32'],
  ['2021-01-01T00:00:00', 'missing time zone offset', 'offset is required'],
  ['2021-01-01T00:00', 'missing time zone offset', 'offset is required without seconds too'],
  ['0000-01-01T00:00:00Z', 'year 0000 is out of range', 'year 0000'],
  ['2021-01-01T00:00:00z', 'lowercase "z"', 'uppercase Z only'],
  ['2021-01-01t00:00:00Z', 'lowercase "t"', 'uppercase T only'],
  ['2021-01-01T00:00:00.12345678Z', '8 fractional digits; at most 7', 'more than 7 digits in strict mode'],
  ['', 'empty string', 'empty input'],
  ['2021-01-01T00:00:00Z ', 'unexpected characters after the time zone offset', 'trailing space'],
  ['2021-01-01T00:00:00Zabc', 'unexpected characters after the time zone offset', 'trailing garbage'],
  ['2021-01-01T00:00:00+24:00', 'offset hour 24 is out of range', 'offset +24:00'],
  ['2021-01-01T00:00:00+01:60', 'offset minute 60 is out of range', 'offset minute 60'],
  ['2021-01-01T00:00:00+0100', 'offset hour must be exactly 2 digits', 'offset needs its colon'],
  ['2021-01-01T00:00:00+01', 'expected ":" (the form is "±hh:mm") after the offset hour', 'offset needs minutes'],
  ['0001-01-01T00:00:00+01:00', 'year 0000', 'out of range after conversion (before 0001)'],
  ['9999-12-31T23:59:59.9999999-00:01', 'year 10000', 'out of range after conversion (after 9999)'],
  ['2021-01-01', 'missing time', 'date alone'],
  ['2021-01-01 00:00:00Z', 'expected "T" between the date and the time', 'space separator'],
  ['20210-01-01T00:00:00Z', 'year must be exactly 4 digits', '5-digit year'],
  ['-2021-01-01T00:00:00Z', 'year must be exactly 4 digits', 'signed year'],
  ['2021-1-01T00:00:00Z', 'month must be exactly 2 digits', '1-digit month'],
  ['2021-01-01T0:00:00Z', 'hour must be exactly 2 digits', '1-digit hour'],
  ['2021-01-01T00:000:00Z', 'minute must be exactly 2 digits', '3-digit minute'],
  ['2021-01-01T00:00:000Z', 'second must be exactly 2 digits', '3-digit second'],
  ['2021-01-01T00:00:00.Z', 'at least one fractional digit', 'dot without digits'],
  ['2021-01-01T00:00.5Z', 'a fraction needs seconds', 'fraction without seconds'],
  ['2021-01-01T00:00:00,5Z', 'expected "Z" or "±hh:mm"', 'comma as decimal separator'],
  ['2021-01-01T00:00:00.5UTC', 'expected "Z" or "±hh:mm"', 'zone name instead of offset'],
  ['２０２１-01-01T00:00:00Z', 'year must be exactly 4 digits', 'non-ASCII digits'],
]

describe('normalizeTimestamp', () => {
  it.each(valid)('%s → %s (%s)', (input, output) => {
    expect(normalizeTimestamp(input)).toBe(output)
    expect(isTimestamp(input)).toBe(true)
    expect(parseTimestamp(input)).toBe(output)
  })

  it.each(invalid)('%j is rejected: %s (%s)', (input, words) => {
    expect(isTimestamp(input)).toBe(false)
    const result = parseTimestamp(input)
    expect(typeof result).toBe('object')
    expect(result).toMatchObject({ ok: false })
    expect(() => normalizeTimestamp(input)).toThrow(RangeError)
    expect(() => normalizeTimestamp(input)).toThrow(words)
  })

  it('names the rule and quotes the input in the message', () => {
    expect(() => normalizeTimestamp('2021-02-29T00:00:00Z')).toThrow('invalid timestamp "2021-02-29T00:00:00Z": day 29 does not exist in February 2021')
  })

  it('cuts a long input short in the message', () => {
    const long = `2020-${'1'.repeat(10_000)}`
    expect(() => normalizeTimestamp(long)).toThrow(/^invalid timestamp "2020-1{55}"… \(10005 characters\): /)
  })

  it('returns a canonical input as the same string', () => {
    // Built at run time, so that identity is not an accident of interned literals.
    const canonical = ['2020-02-25T18:52:21.', '2169889Z'].join('')
    expect(normalizeTimestamp(canonical)).toBe(canonical)
    expect(Object.is(parseTimestamp(canonical), canonical)).toBe(true)
  })

  it('reports non-strings from JavaScript callers as RangeError', () => {
    expect(() => normalizeTimestamp(undefined as unknown as string)).toThrow(RangeError)
    expect(() => normalizeTimestamp(20200225 as unknown as string)).toThrow('expected a string, got number')
    expect(isTimestamp(null as unknown as string)).toBe(false)
  })
})

describe('parseTimestamp with truncation', () => {
  it('cuts digits beyond 7 (no rounding) and says so', () => {
    expect(parseTimestamp('2020-02-25T19:00:24.58275799Z', { truncate: true })).toEqual({
      ok: true,
      value: '2020-02-25T19:00:24.5827579Z',
      truncated: true,
    })
    expect(parseTimestamp('9999-12-31T23:59:59.99999999999Z', { truncate: true })).toEqual({
      ok: true,
      value: '9999-12-31T23:59:59.9999999Z',
      truncated: true,
    })
    expect(parseTimestamp('2020-02-25T21:00:24.123456789+02:00', { truncate: true })).toEqual({
      ok: true,
      value: '2020-02-25T19:00:24.1234567Z',
      truncated: true,
    })
  })

  it('returns a bare string when nothing was cut', () => {
    expect(parseTimestamp('2020-02-25T19:00:24.5827579Z', { truncate: true })).toBe('2020-02-25T19:00:24.5827579Z')
    expect(parseTimestamp('2020-02-25T19:00Z', { truncate: true })).toBe('2020-02-25T19:00:00.0000000Z')
  })

  it('rejects more than 7 digits in strict mode, with the rule', () => {
    expect(parseTimestamp('2020-02-25T19:00:24.58275799Z')).toEqual({
      ok: false,
      reason: '8 fractional digits; at most 7 are allowed (100 ns precision)',
    })
  })

  it('still checks every other rule', () => {
    expect(parseTimestamp('2021-02-29T19:00:24.58275799Z', { truncate: true })).toMatchObject({ ok: false })
    expect(parseTimestamp('2020-02-25T19:00:24.5827579x9Z', { truncate: true })).toMatchObject({ ok: false })
  })
})
