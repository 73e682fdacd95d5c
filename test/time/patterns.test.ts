import { describe, expect, it } from 'vitest'
import { checkDuration, isDuration, isTimestamp, normalizeTimestamp, parseTimestamp } from '../../src/time/index.js'
import { DurationPattern, TimestampPattern } from '../../src/schema/edm.js'

const MB = 1_000_000
/** Generous bound: a linear scan of 1 MB takes a few milliseconds; a backtracking blow-up takes seconds or more. */
const BOUND_MS = 200

/** Best of 3 runs, so that a busy machine does not fail the test; a blow-up is slow on every run. */
function elapsed(run: () => unknown): number {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

const adversarialTimestamps: ReadonlyArray<readonly [string, string]> = [
  ['year then 1 MB of digits', `2020-${'1'.repeat(MB)}`],
  ['1 MB of fractional digits', `2020-01-01T00:00:00.${'1'.repeat(MB)}`],
  ['1 MB of fractional digits then Z', `2020-01-01T00:00:00.${'1'.repeat(MB)}Z`],
  ['valid timestamp repeated', '2020-01-01T00:00:00Z'.repeat(MB / 20)],
  ['1 MB of digits', '1'.repeat(MB)],
]

const adversarialDurations: ReadonlyArray<readonly [string, string]> = [
  ['P then 1 MB of digits', `P${'1'.repeat(MB)}`],
  ['PT then 1 MB of digits', `PT${'1'.repeat(MB)}`],
  ['PT, digits, dot, digits, no S', `PT${'1'.repeat(MB / 2)}.${'1'.repeat(MB / 2)}`],
  ['many components, out of order', `P1DT${'1H1M1S'.repeat(MB / 6)}`],
  ['1 MB of digits with a D at the end', `-P${'1'.repeat(MB)}D`],
  ['T then 1 MB of digits and a dot', `-P1DT${'9'.repeat(MB)}.`],
]

describe('patterns', () => {
  it('are anchored ECMA-262 sources without nested quantifiers', () => {
    for (const source of [TimestampPattern, DurationPattern]) {
      expect(source.startsWith('^')).toBe(true)
      expect(source.endsWith('$')).toBe(true)
      expect(() => new RegExp(source)).not.toThrow()
      // A quantified group is the shape of catastrophic backtracking; only optional groups are used.
      expect(source).not.toMatch(/\)[*+{]/)
    }
  })

  it('TimestampPattern checks each field range as far as a regex can', () => {
    const re = new RegExp(TimestampPattern)
    const accepted = ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59.9999999Z', '2020-02-25T21:00+02:00', '2020-02-25T21:00:24.5-23:59']
    for (const ok of accepted) expect(re.test(ok), ok).toBe(true)
    for (const bad of [
      '0000-01-01T00:00Z',
      '2020-13-01T00:00Z',
      '2020-00-01T00:00Z',
      '2020-01-00T00:00Z',
      '2020-01-32T00:00Z',
      '2020-01-01T24:00Z',
      '2020-01-01T00:60Z',
      '2020-01-01T00:00:60Z',
      '2020-01-01T00:00:00.Z',
      '2020-01-01T00:00:00.12345678Z',
      '2020-01-01T00:00+24:00',
      '2020-01-01T00:00+00:60',
      '2020-01-01T00:00z',
      '2020-01-01t00:00Z',
      '2020-01-01T00:00',
      '2020-01-01T00:00Z\n',
    ]) {
      expect(re.test(bad), bad).toBe(false)
    }
    // What a regex cannot see, the parser does.
    expect(re.test('2021-02-29T00:00Z')).toBe(true)
    expect(isTimestamp('2021-02-29T00:00Z')).toBe(false)
  })

  it('DurationPattern accepts the strict forms only', () => {
    const re = new RegExp(DurationPattern)
    for (const ok of ['PT0.016S', 'P1D', 'P1DT1H', '-PT1M2.5S', 'PT1H1M1S', 'P0D']) expect(re.test(ok), ok).toBe(true)
    const rejected = ['P', 'PT', 'P1DT', '-P', 'P1Y', 'P1M', 'P1W', 'PT1.5H', 'PT1S1M', '+PT1S', 'P1', 'PT1', 'pT1S']
    rejected.push('PT1S\n')
    for (const bad of rejected) expect(re.test(bad), bad).toBe(false)
  })
})

describe('linear time on 1 MB adversarial input', () => {
  const timestampRegex = new RegExp(TimestampPattern)
  const durationRegex = new RegExp(DurationPattern)

  it.each(adversarialTimestamps)('timestamp: %s', (_, text) => {
    expect(elapsed(() => expect(timestampRegex.test(text)).toBe(false))).toBeLessThan(BOUND_MS)
    expect(elapsed(() => expect(isTimestamp(text)).toBe(false))).toBeLessThan(BOUND_MS)
    expect(elapsed(() => parseTimestamp(text, { truncate: true }))).toBeLessThan(BOUND_MS)
    expect(elapsed(() => expect(() => normalizeTimestamp(text)).toThrow(RangeError))).toBeLessThan(BOUND_MS)
  })

  it.each(adversarialDurations)('duration: %s', (_, text) => {
    expect(elapsed(() => durationRegex.test(text))).toBeLessThan(BOUND_MS)
    expect(elapsed(() => expect(isDuration(text)).toBe(false))).toBeLessThan(BOUND_MS)
    expect(elapsed(() => checkDuration(text))).toBeLessThan(BOUND_MS)
  })
})
