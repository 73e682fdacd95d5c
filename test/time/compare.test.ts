import { describe, expect, it } from 'vitest'
import { compareTimestamps, toDateTime } from '../../src/time/index.js'

describe('compareTimestamps', () => {
  // [a, b, expected, rule exercised]
  const cases: ReadonlyArray<readonly [string, string, -1 | 0 | 1, string]> = [
    ['2020-02-25T21:00+02:00', '2020-02-25T19:00:00Z', 0, 'same instant, different offsets and shapes'],
    ['2020-02-25T19:00:00.0000001Z', '2020-02-25T19:00:00Z', 1, '100 ns later'],
    ['2020-02-25T19:00:00.5Z', '2020-02-25T19:00:00.4999999Z', 1, 'fraction lengths differ'],
    ['2020-02-26T00:30:00+01:00', '2020-02-25T23:45:00Z', -1, 'offset moves the day back'],
    ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59.9999999Z', -1, 'ends of the range'],
    ['2020-12-31T23:30:00-01:00', '2021-01-01T00:00:00Z', 1, 'offset moves the year forward'],
  ]
  it.each(cases)('%s vs %s is %d (%s)', (a, b, expected) => {
    expect(compareTimestamps(a, b)).toBe(expected)
    expect(compareTimestamps(b, a)).toBe(-expected || 0)
  })

  it('throws RangeError naming the invalid side', () => {
    expect(() => compareTimestamps('2021-02-29T00:00:00Z', '2021-01-01T00:00:00Z')).toThrow(RangeError)
    expect(() => compareTimestamps('2021-01-01T00:00:00Z', 'tomorrow')).toThrow('invalid timestamp "tomorrow"')
  })
})

describe('toDateTime', () => {
  it('gives a UTC luxon DateTime, truncated to milliseconds', () => {
    const dt = toDateTime('2020-02-25T21:00:24.5827999+02:00')
    expect(dt.isValid).toBe(true)
    expect(dt.zoneName).toBe('UTC')
    expect(dt.toISO()).toBe('2020-02-25T19:00:24.582Z')
  })

  it('handles the ends of the range', () => {
    expect(toDateTime('0001-01-01T00:00:00Z').toISO()).toBe('0001-01-01T00:00:00.000Z')
    expect(toDateTime('9999-12-31T23:59:59.9999999Z').toISO()).toBe('9999-12-31T23:59:59.999Z')
  })

  it('throws RangeError on invalid input', () => {
    expect(() => toDateTime('2021-02-29T00:00:00Z')).toThrow(RangeError)
  })
})
