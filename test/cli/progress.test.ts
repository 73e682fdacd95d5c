/**
 * The progress bar, seen as a person sees it: the command runs on a pseudo-terminal (util-linux
 * `script`), and what the terminal received is read back.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, root } from './run.js'

const hasScript = spawnSync('script', ['--version']).status === 0
const CLEAR = '\r\x1b[K'

const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`

/**
 * Runs the command on a terminal, reading `file` twice from standard input with a pause between (a
 * long run on little data), and returns everything the terminal showed.
 */
const onTerminal = (args: string[], file: string): { status: number | null; screen: string } => {
  const command = `(cat ${quote(file)}; sleep 1; cat ${quote(file)}) | ${[process.execPath, cli, ...args, '-'].map(quote).join(' ')}`
  const child = spawnSync('script', ['-qefc', command, '/dev/null'], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, COLUMNS: '100' } })
  return { status: child.status, screen: child.stdout }
}

describe.skipIf(!hasScript)('on a terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'progress-'))
  const file = join(dir, 'records.ndjson')
  const record = JSON.parse(readFileSync(join(root, 'examples/v1.0/CallRecord/get-2.legacy-2021.json'), 'utf8'))
  writeFileSync(file, Array.from({ length: 500 }, (_, i) => JSON.stringify({ ...record, id: `call-${i}` })).join('\n') + '\n')

  it('a long run shows a progress bar with bytes, records and rate, and clears it before the summary', () => {
    const { status, screen } = onTerminal(['validate'], file)
    expect(status).toBe(0)
    expect(screen).toContain(CLEAR)
    // Standard input has no known size: bytes read, records done, rate.
    expect(screen).toMatch(/[\d.]+ [kMG]?B\s+500 records\s+[\d.]+ [kMG]?B\/s/)
    expect(screen).toMatch(/1,000 records/)
  })

  it('--quiet shows none', () => {
    const { status, screen } = onTerminal(['validate', '--quiet'], file)
    expect(status).toBe(0)
    expect(screen).not.toContain(CLEAR)
  })
})
