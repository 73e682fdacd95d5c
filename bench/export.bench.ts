/**
 * Throughput and memory of `graph-callrecords export --to duckdb` on NDJSON, run as the built command
 * (`npm run build` first). Run with `npx tsx bench/export.bench.ts [records]`.
 *
 * - Throughput: `export` against `validate` on the same file (the same reading and checking; export
 *   adds flattening, merging with stored versions and the DuckDB writes), both as child processes, each
 *   into a new database, best of 3. Goal: a ratio of at least 0.5.
 * - Memory: the peak resident set size of `export` on the file and on ten times the file (the same
 *   calls' versions ten times over, so the database stays the size of one). Goal: at most 1.2.
 *
 * No assertion: the numbers depend on the machine.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist/cli/main.js')
if (!existsSync(cli)) {
  console.error('dist/cli/main.js is missing: run npm run build')
  process.exit(1)
}

const count = Number(process.argv[2] ?? 400)
const dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-export-bench-'))
process.on('exit', () => rmSync(dir, { recursive: true, force: true }))

/** `count` versions of `count / 4` calls, from a documented record with 1 to 4 copies of its sessions. */
const generate = (): Buffer => {
  const template = JSON.parse(readFileSync(join(root, 'examples/v1.0/CallRecord/get-2.legacy-2021.json'), 'utf8'))
  const sessions = template.sessions as { id: string }[]
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const hex = Math.floor(i / 4)
      .toString(16)
      .padStart(12, '0')
    const copies = 1 + (i % 4)
    lines.push(
      JSON.stringify({
        ...template,
        id: `e523d2ed-2966-4b6b-925b-${hex}`,
        version: 1 + (i % 4),
        lastModifiedDateTime: `2020-02-25T19:${String(i % 60).padStart(2, '0')}:24.582757Z`,
        sessions: Array.from({ length: copies }, (_, copy) =>
          sessions.map((s) => ({ ...s, id: `${s.id.slice(0, 24)}${String(copy).padStart(12, '0')}` })),
        ).flat(),
      }),
    )
  }
  return Buffer.from(`${lines.join('\n')}\n`)
}

const data = generate()
const small = join(dir, 'records.ndjson')
const large = join(dir, 'records-x10.ndjson')
writeFileSync(small, data)
const fd = openSync(large, 'w')
for (let i = 0; i < 10; i++) writeSync(fd, data)
closeSync(fd)

const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxRSS='+process.resourceUsage().maxRSS+'\\n'))`
let databases = 0
const run = (args: string[]): { seconds: number; stderr: string } => {
  const t = performance.now()
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited with ${child.status}: ${child.stderr.slice(0, 2000)}`)
  return { seconds: (performance.now() - t) / 1000, stderr: child.stderr }
}
const exportArgs = (file: string): string[] => [cli, 'export', '--quiet', '--to', 'duckdb', join(dir, `db-${databases++}.duckdb`), file]
const best = (args: () => string[], times = 3): number => Math.min(...Array.from({ length: times }, () => run(args()).seconds))
const maxRss = (file: string): number => Number(/maxRSS=(\d+)/.exec(run(['--import', REPORT_RSS, ...exportArgs(file)]).stderr)![1]) / 1024

const validate = best(() => [cli, 'validate', '--quiet', small])
const exported = best(() => exportArgs(small))
const rss = maxRss(small)
const rssLarge = maxRss(large)

const mb = data.length / 1e6
const row = (name: string, value: string, goal = ''): string => `| ${name.padEnd(44)} | ${value.padStart(12)} | ${goal.padEnd(8)} |`
console.log(`${count} records, ${mb.toFixed(1)} MB`)
console.log(row('measure', 'value', 'goal'))
console.log(row('-'.repeat(44), '-'.repeat(12), '-'.repeat(8)))
console.log(row('validate, wall time', `${(count / validate).toFixed(0)} rec/s`))
console.log(row('export --to duckdb, wall time', `${(count / exported).toFixed(0)} rec/s`))
console.log(row('throughput ratio export / validate', `${(validate / exported).toFixed(2)}x`, '>= 0.5x'))
console.log(row(`peak RSS of export, ${mb.toFixed(1)} MB input`, `${rss.toFixed(0)} MB`))
console.log(row(`peak RSS of export, ${(mb * 10).toFixed(1)} MB input (x10)`, `${rssLarge.toFixed(0)} MB`))
console.log(row('memory ratio x10 / x1', `${(rssLarge / rss).toFixed(2)}x`, '<= 1.2x'))
