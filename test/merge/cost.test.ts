/**
 * The cost of `@graphCallRecords.sources`: read once per merge, so that a record carrying many entries
 * (forged or real) merges in near-linear time. Bounded, not timed: the limit is generous on purpose
 * (the quadratic scan took 55 s for 20,000 entries); the ratio lives in bench/merge.bench.ts.
 */
import { describe, expect, it } from 'vitest'
import { mergeCallRecords, type CallRecord } from '../../src/index.js'

/** A record with `count` properties, each annotated as coming from an older version. */
const forged = (count: number): Record<string, unknown> => {
  const record: Record<string, unknown> = { id: 'c', version: 2 }
  const sources: Record<string, unknown> = {}
  for (let i = 0; i < count; i++) {
    record[`p${i}`] = i
    sources[`/p${i}`] = [1, null]
  }
  record['@graphCallRecords.sources'] = sources
  return record
}

describe('a record carrying many annotated parts', () => {
  it('merges 20,000 forged entries within a few seconds, keeping each', () => {
    const start = performance.now()
    const merged = mergeCallRecords(forged(20_000) as CallRecord, { id: 'c', version: 3, extra: true } as CallRecord) as Record<string, unknown>
    expect(performance.now() - start).toBeLessThan(10_000)
    expect(Object.keys(merged['@graphCallRecords.sources'] as object)).toHaveLength(20_000)
  })
})
