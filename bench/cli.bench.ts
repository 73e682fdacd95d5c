/**
 * Throughput and memory of `graph-callrecords validate` on NDJSON, run as the built command
 * (`npm run build` first). Run with `npx tsx bench/cli.bench.ts [records]`.
 *
 * - Throughput: `validate` against a plain Node loop that reads the same file line by line (readline)
 *   and `JSON.parse`s each line, both as child processes, best of 5. Goal: a ratio of at least 0.5.
 *   Printed twice: on wall time, and with each side's startup (Node, module loading; measured on an
 *   empty input) taken out, which is the rate at which records go through once the command runs.
 * - Memory: the peak resident set size of `validate` on the file and on ten times the file (the
 *   child reports `process.resourceUsage().maxRSS` when it exits). Goal: a ratio of at most 1.2,
 *   the sign that NDJSON is streamed.
 *
 * No assertion: the numbers depend on the machine.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist/cli/main.js')
if (!existsSync(cli)) {
  console.error('dist/cli/main.js is missing: run npm run build')
  process.exit(1)
}

const count = Number(process.argv[2] ?? 2000)
const dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-bench-'))
process.on('exit', () => rmSync(dir, { recursive: true, force: true }))

/** `count` versions of `count / 4` calls, built from a documented record with 1 to 4 copies of its sessions. */
const generate = (): Buffer => {
  const template = JSON.parse(readFileSync(join(root, 'examples/v1.0/CallRecord/get-2.legacy-2021.json'), 'utf8'))
  const sessions = template.sessions as { id: string }[]
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const call = Math.floor(i / 4)
    const hex = call.toString(16).padStart(12, '0')
    const copies = 1 + (i % 4)
    const record = {
      ...template,
      id: `e523d2ed-2966-4b6b-925b-${hex}`,
      version: 1 + (i % 4),
      lastModifiedDateTime: `2020-02-25T19:${String(i % 60).padStart(2, '0')}:24.582757Z`,
      sessions: Array.from({ length: copies }, (_, copy) =>
        sessions.map((s) => ({ ...s, id: `${s.id.slice(0, 24)}${String(copy).padStart(12, '0')}` })),
      ).flat(),
    }
    lines.push(JSON.stringify(record))
  }
  return Buffer.from(`${lines.join('\n')}\n`)
}

const started = performance.now()
const data = generate()
const small = join(dir, 'records.ndjson')
const large = join(dir, 'records-x10.ndjson')
writeFileSync(small, data)
const fd = openSync(large, 'w')
for (let i = 0; i < 10; i++) writeSync(fd, data)
closeSync(fd)
const mb = data.length / 1e6
console.log(
  `generated ${count} records, ${mb.toFixed(1)} MB (and ${(statSync(large).size / 1e6).toFixed(0)} MB for x10) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)

const BASELINE = `
const { createReadStream } = require('node:fs')
const { createInterface } = require('node:readline')
let records = 0
const lines = createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })
lines.on('line', (line) => { if (line.trim()) { JSON.parse(line); records++ } })
lines.on('close', () => process.stderr.write(records + ' records\\n'))
`
/** Prints the peak RSS (kB) of the process when it exits. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxRSS='+process.resourceUsage().maxRSS+'\\n'))`

const run = (args: string[]): { seconds: number; stderr: string; status: number | null } => {
  const t = performance.now()
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
  return { seconds: (performance.now() - t) / 1000, stderr: child.stderr, status: child.status }
}

const best = (args: string[], times = 5): number => {
  let fastest = Infinity
  for (let i = 0; i < times; i++) {
    const result = run(args)
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr.slice(0, 2000)}`)
    fastest = Math.min(fastest, result.seconds)
  }
  return fastest
}

const maxRss = (file: string): number => {
  const result = run(['--import', REPORT_RSS, cli, 'validate', '--quiet', file])
  const match = /maxRSS=(\d+)/.exec(result.stderr)
  if (result.status !== 0 || !match) throw new Error(`validate exited with ${result.status}: ${result.stderr.slice(0, 2000)}`)
  return Number(match[1]) / 1024
}

const empty = join(dir, 'empty.ndjson')
writeFileSync(empty, '')
const baseline = best(['-e', BASELINE, small])
const ours = best([cli, 'validate', '--quiet', small])
// Each side's fixed cost (starting Node, loading modules), measured on an empty input.
const baselineStartup = best(['-e', BASELINE, empty])
const oursStartup = best([cli, 'validate', '--quiet', empty])
const rss = maxRss(small)
const rssLarge = maxRss(large)

const rate = (seconds: number): string => `${(mb / seconds).toFixed(1)} MB/s`
const row = (name: string, value: string, note = ''): string => `| ${name.padEnd(48)} | ${value.padStart(12)} | ${note.padEnd(8)} |`
console.log()
console.log(row('measure', 'value', 'goal'))
console.log(row('-'.repeat(48), '-'.repeat(12), '-'.repeat(8)))
console.log(row('readline + JSON.parse, wall time', rate(baseline)))
console.log(row('graph-callrecords validate, wall time', rate(ours)))
console.log(row('throughput ratio, wall time', `${(baseline / ours).toFixed(2)}x`, '>= 0.5x'))
console.log(row('startup: readline + JSON.parse, empty input', `${(baselineStartup * 1000).toFixed(0)} ms`))
console.log(row('startup: validate, empty input', `${(oursStartup * 1000).toFixed(0)} ms`))
console.log(row('readline + JSON.parse, startup excluded', rate(baseline - baselineStartup)))
console.log(row('graph-callrecords validate, startup excluded', rate(ours - oursStartup)))
console.log(row('throughput ratio, startup excluded', `${((baseline - baselineStartup) / (ours - oursStartup)).toFixed(2)}x`, '>= 0.5x'))
console.log(row(`peak RSS of validate, ${mb.toFixed(0)} MB input`, `${rss.toFixed(0)} MB`))
console.log(row(`peak RSS of validate, ${(mb * 10).toFixed(0)} MB input (x10)`, `${rssLarge.toFixed(0)} MB`))
console.log(row('memory ratio x10 / x1', `${(rssLarge / rss).toFixed(2)}x`, '<= 1.2x'))
