/**
 * latestCallRecords over 1,000, 10,000 and 100,000 versions (ten versions of each call): the time per
 * record must stay flat, and merging must cost less than parsing the same records. Then the cost of
 * `@graphCallRecords.sources`: ten times the entries must cost at most fifteen times the time.
 */
import { CallRecord, createParser, latestCallRecords, mergeCallRecords } from '../dist/index.js'

const parser = createParser(CallRecord)

/** Version `v` of call `c`: three sessions of two segments, values that change with the version. */
const version = (c: number, v: number): CallRecord => ({
  id: `call-${c}`,
  version: v,
  type: 'groupCall',
  modalities: v % 2 ? ['audio'] : ['audio', 'video'],
  lastModifiedDateTime: `2026-11-02T10:${String(v % 60).padStart(2, '0')}:00.0000000Z`,
  startDateTime: '2026-11-02T09:00:00.0000000Z',
  endDateTime: '2026-11-02T10:00:00.0000000Z',
  sessions: Array.from({ length: 3 }, (_, s) => ({
    id: `session-${s}`,
    modalities: ['audio'],
    startDateTime: '2026-11-02T09:00:00.0000000Z',
    endDateTime: `2026-11-02T09:${String(10 + v).padStart(2, '0')}:00.0000000Z`,
    isTest: false,
    segments: Array.from({ length: 2 }, (_, g) => ({
      id: `segment-${s}-${g}`,
      startDateTime: '2026-11-02T09:00:00.0000000Z',
      endDateTime: '2026-11-02T09:30:00.0000000Z',
      media: [{ label: 'main-audio', streams: [{ streamId: `${v}`, streamDirection: 'callerToCallee', averageJitter: 'PT0.016S', packetUtilization: v }] }],
    })),
  })),
})

/** `count` versions, ten of each call, in an order that mixes older and newer versions. */
const versions = (count: number): CallRecord[] => {
  const calls = count / 10
  const out: CallRecord[] = []
  for (let v = 1; v <= 10; v++) for (let c = 0; c < calls; c++) out.push(version(c, ((v * 7) % 10) + 1) as CallRecord)
  return out
}

const time = (fn: () => unknown): number => {
  const start = performance.now()
  fn()
  return performance.now() - start
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

// The records are built before timing: both sides then work on the same records already in memory.
console.log('| versions | merge µs/record | parse µs/record | merge ÷ parse |')
console.log('|---:|---:|---:|---:|')
const perRecord: number[] = []
for (const count of [1_000, 10_000, 100_000]) {
  const records = versions(count)
  const rounds = count === 100_000 ? 5 : 9
  const merge: number[] = []
  const parse: number[] = []
  for (let r = 0; r < rounds; r++) {
    merge.push(time(() => latestCallRecords(records)))
    parse.push(
      time(() => {
        for (const record of records) parser.safeParse(record)
      }),
    )
  }
  const m = median(merge) / count
  const p = median(parse) / count
  perRecord.push(m)
  console.log(`| ${count.toLocaleString('en-US')} | ${(m * 1000).toFixed(2)} | ${(p * 1000).toFixed(2)} | ${(m / p).toFixed(2)} |`)
}
const flat = perRecord[2]! / perRecord[0]!
console.log(`\ntime per record, 100,000 versions ÷ 1,000 versions: ${flat.toFixed(2)} (goal ≤ 1.3: ${flat <= 1.3 ? 'met' : 'NOT met'})`)

/** A record with `count` properties, each annotated as coming from an older version (forged or real). */
const annotated = (count: number): CallRecord => {
  const record: Record<string, unknown> = { id: 'call', version: 2 }
  const sources: Record<string, unknown> = {}
  for (let i = 0; i < count; i++) {
    record[`p${i}`] = i
    sources[`/p${i}`] = [1, null]
  }
  record['@graphCallRecords.sources'] = sources
  return record as CallRecord
}

const newer = { id: 'call', version: 3, type: 'groupCall' } as CallRecord
const sourcesTime = (count: number): number => {
  const record = annotated(count)
  const rounds: number[] = []
  for (let r = 0; r < 7; r++) rounds.push(time(() => mergeCallRecords(record, newer)))
  return median(rounds)
}
sourcesTime(2_000) // warm-up
const small = sourcesTime(2_000)
const large = sourcesTime(20_000)
const growth = large / small
console.log(`\n@graphCallRecords.sources: 2,000 entries ${small.toFixed(1)} ms, 20,000 entries ${large.toFixed(1)} ms`)
console.log(`time, 10× the entries ÷ 1×: ${growth.toFixed(2)} (goal ≤ 15: ${growth <= 15 ? 'met' : 'NOT met'})`)
