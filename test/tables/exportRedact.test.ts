/**
 * `graph-callrecords export --redact`: the records are redacted before they are flattened, so that no
 * personal value of the input reaches a table, and the key reaches neither a table nor a message.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { root, run } from '../cli/run.js'

const inputs = ['CallRecord', 'PstnCallLogRowCollectionResponse', 'DirectRoutingLogRowCollectionResponse'].flatMap((folder) =>
  readdirSync(join(root, 'examples/v1.0', folder)).map((file) => join(root, 'examples/v1.0', folder, file)),
)
const dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-export-redact-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const KEY = 'export-secret-key-9c2e4a7d1b3f5e8a'
const keyFile = join(dir, 'export.key')
writeFileSync(keyFile, `${KEY}\n`)

/** Values of properties that hold personal data in every version (docs/personal-data.md), as found in the inputs. */
const PERSONAL = new Set(['callerNumber', 'calleeNumber', 'userPrincipalName', 'userDisplayName', 'displayName', 'ipAddress', 'macAddress', 'subnet'])
const personalValues = (value: unknown, out = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) personalValues(item, out)
  else if (typeof value === 'object' && value !== null)
    for (const [key, v] of Object.entries(value)) {
      if (PERSONAL.has(key) && typeof v === 'string' && v.length >= 6) out.add(v)
      else personalValues(v, out)
    }
  return out
}
const values = new Set(inputs.flatMap((file) => [...personalValues(JSON.parse(readFileSync(file, 'utf8')))]))
const csvText = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => readFileSync(join(folder, f), 'utf8'))
    .join('\n')

describe('export --redact', () => {
  it('the inputs hold personal values, and a plain export writes them into the tables', () => {
    expect(values.size).toBeGreaterThan(5)
    const plain = join(dir, 'plain')
    expect(run(['export', '--to', 'csv', plain, ...inputs, '-q'], undefined, root).status).toBe(0)
    const text = csvText(plain)
    expect([...values].filter((v) => text.includes(v)).length).toBeGreaterThan(0)
  }, 120_000)

  it('writes none of them with --redact, and never the key', () => {
    const clean = join(dir, 'clean')
    const result = run(['export', '--to', 'csv', clean, '--redact', '--key-file', keyFile, ...inputs, '-q'], undefined, root)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const text = csvText(clean)
    expect(text.length).toBeGreaterThan(1000)
    expect([...values].filter((v) => text.includes(v))).toEqual([])
    expect(text).not.toContain(KEY.slice(0, 10))
    expect(result.stdout + result.stderr).not.toContain(KEY.slice(0, 10))
  }, 120_000)

  it('refuses --redact in pseudonymize mode without a key, before it writes anything', () => {
    const target = join(dir, 'nokey')
    const result = run(['export', '--to', 'csv', target, '--redact', ...inputs], undefined, root)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--key-file')
  })
})
