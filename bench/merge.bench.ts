/**
 * latestCallRecords over 1,000, 10,000 and 100,000 versions (ten versions of each call): the time per
 * record must stay flat, and merging must cost less than parsing the same records.
 */
import { CallRecord, createParser, latestCallRecords } from '../dist/index.js'

const parser = createParser(CallRecord)

/** Version `v` of call `c`: three sessions of two segments, values that change with the version. */
const version = (c: number, v: number) => ({
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
const versions = (count: number) => {
  const calls = count / 10
  const out = []
  for (let v = 1; v <= 10; v++) for (let c = 0; c < calls; c++) out.push(version(c, ((v * 7) % 10) + 1))
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
    parse.push(time(() => {
      for (const record of records) parser.safeParse(record)
    }))
  }
  const m = median(merge) / count
  const p = median(parse) / count
  perRecord.push(m)
  console.log(`| ${count.toLocaleString('en-US')} | ${(m * 1000).toFixed(2)} | ${(p * 1000).toFixed(2)} | ${(m / p).toFixed(2)} |`)
}
const flat = perRecord[2]! / perRecord[0]!
console.log(`\ntime per record, 100,000 versions ÷ 1,000 versions: ${flat.toFixed(2)} (goal ≤ 1.3: ${flat <= 1.3 ? 'met' : 'NOT met'})`)
