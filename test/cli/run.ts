/** Runs the built command (`dist/cli/main.js`) as a child process, in test/fixtures/cli/. */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const root = join(import.meta.dirname, '../..')
export const cli = join(root, 'dist/cli/main.js')
export const fixtures = join(root, 'test/fixtures/cli')

export interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  /** The non-empty lines of standard output. */
  readonly lines: string[]
}

/** `graph-callrecords …args`, with `input` on standard input (empty when absent). */
export const run = (args: readonly string[], input?: string | Buffer, cwd = fixtures): Run => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (npm test builds before it runs the tests)`)
  const child = spawnSync(process.execPath, [cli, ...args], { cwd, input: input ?? '', encoding: 'utf8', maxBuffer: 1 << 28 })
  if (child.error) throw child.error
  return {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    lines: child.stdout.split('\n').filter((line) => line !== ''),
  }
}

/** Each line of NDJSON output, parsed. */
export const ndjson = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)

/** The canonical form of a timestamp: UTC, 7 fractional digits. */
export const CANONICAL_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/
