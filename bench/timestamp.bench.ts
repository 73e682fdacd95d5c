/**
 * Speed of normalizeTimestamp against luxon on the same job (parse, convert to UTC, print ISO).
 * Run with `npx tsx bench/timestamp.bench.ts`. The goal is a ratio of at least 30.
 */
import { DateTime } from 'luxon'
import { Bench } from 'tinybench'
import { normalizeTimestamp } from '../dist/index.js'

/** About 100 timestamps in the forms Graph sends: canonical, 0/3/6/7 digits, no seconds, offsets. */
function sampleTimestamps(): string[] {
  const out: string[] = []
  const offsets = ['Z', 'Z', 'Z', '+00:00', '+02:00', '-05:30', '+05:45', '-08:00', '+13:00', '-11:00']
  const fractions = ['', '.5', '.582', '.582757', '.5827571', '.1234567', '.0000000', '.105', '.2589935', '']
  for (let i = 0; i < 100; i++) {
    const month = 1 + (i % 12)
    const day = 1 + ((i * 7) % 28)
    const hour = (i * 5) % 24
    const minute = (i * 13) % 60
    const second = (i * 17) % 60
    const p = (n: number): string => String(n).padStart(2, '0')
    const date = `${2019 + (i % 6)}-${p(month)}-${p(day)}T${p(hour)}:${p(minute)}`
    const offset = offsets[i % offsets.length] ?? 'Z'
    // Every 10th without seconds; the rest with seconds and a fraction of varying length.
    const time = i % 10 === 9 ? '' : `:${p(second)}${fractions[(i * 3) % fractions.length] ?? ''}`
    out.push(date + time + offset)
  }
  // Graph's "no value" and the far end of the range.
  out[0] = '0001-01-01T00:00:00Z'
  out[1] = '9999-12-31T23:59:59.9999999Z'
  return out
}

const samples = sampleTimestamps()
for (const s of samples) {
  // Both sides must agree on the instant, or the comparison is meaningless.
  const ours = DateTime.fromISO(normalizeTimestamp(s)).toMillis()
  const theirs = DateTime.fromISO(s, { setZone: true }).toMillis()
  if (ours !== theirs) throw new Error(`disagreement on ${s}`)
}

let sink = 0
const bench = new Bench({ time: 1000, warmupTime: 200 })
bench
  .add('normalizeTimestamp', () => {
    for (const s of samples) sink += normalizeTimestamp(s).length
  })
  .add('luxon fromISO().toUTC().toISO()', () => {
    for (const s of samples) sink += (DateTime.fromISO(s, { setZone: true }).toUTC().toISO() ?? '').length
  })

await bench.run()

const perTimestamp = (name: string): number => {
  const task = bench.getTask(name)
  const hz = task?.result?.throughput.mean
  if (hz === undefined) throw new Error(`no result for ${name}`)
  return hz * samples.length
}
const ours = perTimestamp('normalizeTimestamp')
const luxon = perTimestamp('luxon fromISO().toUTC().toISO()')
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(14)
console.log(`${samples.length} timestamps, mixed forms (sink ${sink > 0 ? 'ok' : 'empty'})`)
console.log(`${'task'.padEnd(34)}${'timestamps/s'.padStart(14)}`)
console.log(`${'normalizeTimestamp'.padEnd(34)}${fmt(ours)}`)
console.log(`${'luxon fromISO().toUTC().toISO()'.padEnd(34)}${fmt(luxon)}`)
const ratio = ours / luxon
console.log(`ratio (ours / luxon): ${ratio.toFixed(1)}x (goal >= 30x) ${ratio >= 30 ? 'met' : 'NOT met'}`)
