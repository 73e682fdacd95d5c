/**
 * `graph-callrecords redact`: records in, the same records out with their personal data replaced; the
 * key never appears in standard output or standard error, whatever happens.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fixtures, ndjson, run } from './run.js'

const dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-redact-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const KEY = 'cli-secret-key-4f1d0c9a7b2e8d3f6a5c'
const keyFile = join(dir, 'redact.key')
writeFileSync(keyFile, `${KEY}\n`)
const shortKeyFile = join(dir, 'short.key')
writeFileSync(shortKeyFile, 'tiny-secret\n')

/** The key (or its start) nowhere in what the command wrote. */
const expectNoKey = (result: { stdout: string; stderr: string }, key = KEY) => {
  expect(result.stdout).not.toContain(key.slice(0, 10))
  expect(result.stderr).not.toContain(key.slice(0, 10))
}

describe('redact', () => {
  it('pseudonymizes the personal data of PSTN rows, the same value with the same token, and keeps the rest', () => {
    const result = run(['redact', '--key-file', keyFile, '--type', 'PstnCallLogRow', 'pstn.ndjson'])
    expect(result.status).toBe(0)
    const input = ndjson(readFileSync(join(fixtures, 'pstn.ndjson'), 'utf8'))
    const rows = ndjson(result.stdout)
    expect(rows).toHaveLength(input.length)
    expect(result.stdout).not.toMatch(/richard\.malk|Richard Malk|\+1234567890/)
    expect(rows[0]).toMatchObject({ id: input[0]!.id, duration: input[0]!.duration, destinationName: input[0]!.destinationName })
    expect(rows[0]!.userId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/)
    expect(rows[0]!.userId).not.toBe(input[0]!.userId)
    // Run twice: the same tokens (joins across runs work).
    expect(run(['redact', '--key-file', keyFile, '--type', 'PstnCallLogRow', 'pstn.ndjson']).stdout).toBe(result.stdout)
    expectNoKey(result)
  })

  it('masks or drops without a key, per category too', () => {
    const masked = ndjson(run(['redact', '--mode', 'mask', '--type', 'PstnCallLogRow', 'pstn.ndjson']).stdout)
    expect(masked[0]!.userDisplayName).toBe('redacted')
    const dropped = ndjson(run(['redact', '--mode', 'drop', '--categories', 'name=keep', '--type', 'PstnCallLogRow', 'pstn.ndjson']).stdout)
    expect(dropped[0]!.userDisplayName).toBe('Richard Malk')
    expect(dropped[0]!.callerNumber).toBeUndefined()
  })

  it('refuses to pseudonymize without a key file, or with a short key, and never shows the key', () => {
    const none = run(['redact', 'pstn.ndjson'])
    expect(none.status).toBe(2)
    expect(none.stderr).toContain('--key-file')
    const short = run(['redact', '--key-file', shortKeyFile, 'pstn.ndjson'])
    expect(short.status).toBe(2)
    expect(short.stderr).toContain('at least 16 bytes')
    expectNoKey(short, 'tiny-secret')
    const missing = run(['redact', '--key-file', join(dir, 'absent.key'), 'pstn.ndjson'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('ENOENT')
  })

  it('keeps the key out of every error: bad options, bad input, unreadable files', () => {
    for (const args of [['--categories', 'phone=drop'], ['--mode', 'scramble'], ['broken.ndjson'], ['absent.ndjson'], ['not-json.json']]) {
      const result = run(['redact', '--key-file', keyFile, ...args])
      expect(result.status, args.join(' ')).not.toBe(0)
      expectNoKey(result)
    }
  })

  it('reads standard input', () => {
    const result = run(['redact', '--key-file', keyFile, '--type', 'PstnCallLogRow', '-'], readFileSync(join(fixtures, 'pstn.ndjson')))
    expect(result.status).toBe(0)
    expect(ndjson(result.stdout).length).toBeGreaterThan(0)
    expectNoKey(result)
  })
})
