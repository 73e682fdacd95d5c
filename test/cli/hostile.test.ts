/**
 * The command line against hostile and unusual input: nothing is dropped, nothing is forged, nothing
 * reads its own output, nothing claims a success it did not have, and what cannot be read is named.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli, fixtures, ndjson, run } from './run.js'

const dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-hostile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const quote = (a: string): string => `'${a.replace(/'/g, `'\\''`)}'`
const command = (args: readonly string[]): string => [process.execPath, cli, ...args].map(quote).join(' ')
/** Runs a shell command line (for redirections and pipes); `status` is what the shell prints last. */
const shell = (script: string): { stdout: string; stderr: string; status: number | null } => {
  const child = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
  return { stdout: child.stdout, stderr: child.stderr, status: child.status }
}

const record = (id: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ id, version: 1, ...extra })

describe('line-or-document detection never drops a line', () => {
  it('reads the valid lines of NDJSON whose first line is broken and most other lines too', () => {
    const input = ['{"id": "broken", "version": ', record('kept'), '{"id": 1,', '[[[', ''].join('\n')
    const result = run(['validate'], input)
    expect(result.status).toBe(1)
    expect(result.lines.map((l) => l.slice(0, l.indexOf(': ')))).toEqual(['<stdin>:1', '<stdin>:3', '<stdin>:4'])
    expect(result.stderr).toContain('4 records (1 CallRecord): 1 valid, 3 invalid')
    expect(ndjson(run(['normalize'], input).stdout)).toEqual([{ id: 'kept', version: 1 }])
  })

  it('still reports a broken pretty-printed document once, at its fault', () => {
    const result = run(['validate', 'not-json.json'])
    expect(result.lines).toEqual([expect.stringMatching(/^not-json\.json:4: not valid JSON: /)])
  })
})

describe('reports escape what comes from the input', () => {
  const forged = 'x.json:1: /id: forged'
  const input = `${JSON.stringify({ id: 'a', version: 1, [`k\n${forged}`]: 1, '\u001b[31mred': 2, '\u009b31mc1': 3, 'rtl\u202e': 4 })}\n`

  it('keeps every issue on its own line, with no control character', () => {
    const result = run(['validate', '--strict'], input)
    expect(result.status).toBe(1)
    expect(result.lines).toHaveLength(4)
    for (const line of result.lines) expect(line).toMatch(/^<stdin>:1: \//)
    expect(result.lines).not.toContain(forged)
    expect(result.stdout).toContain('/k\\nx.json:1: ~1id: forged')
    expect(result.stdout).toContain('/\\u001b[31mred')
    expect(result.stdout).not.toMatch(/[\u001b\u009b\u202e]/)
  })

  it('escapes warnings on standard error, file names, and the JSON report', () => {
    const lenient = run(['normalize'], input)
    expect(lenient.stderr).toContain('/\\u001b[31mred')
    expect(lenient.stderr).not.toMatch(/[\u001b\u009b\u202e]/)
    const file = join(dir, 'evil\n\u001b[2Jname.ndjson')
    writeFileSync(file, '{"id": 5}\n')
    const named = run(['validate', file])
    expect(named.lines).toHaveLength(1)
    expect(named.stdout).toContain('evil\\n\\u001b[2Jname.ndjson:1: ')
    const report = run(['validate', '--format', 'json'], input)
    expect(report.stdout).not.toMatch(/[\u001b\u009b\u202e]/)
    const parsed = JSON.parse(report.stdout) as { records: { warnings: { path: string }[] }[] }
    expect(parsed.records[0]!.warnings.map((w) => w.path)).toContain('/\u009b31mc1')
  })
})

describe('an output that is one of the inputs is refused', () => {
  const copy = (name: string): string => {
    const file = join(dir, name)
    copyFileSync(join(fixtures, 'valid.ndjson'), file)
    return file
  }

  it('`normalize f >> f` exits 2 before reading, and leaves f as it was', () => {
    const file = copy('append.ndjson')
    const before = readFileSync(file, 'utf8')
    const result = shell(`${command(['normalize', file])} >> ${quote(file)}`)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/standard output is the input .*append\.ndjson/)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('`normalize f > f` exits 2 and says that the shell emptied f; so does standard input', () => {
    const file = copy('truncate.ndjson')
    const result = shell(`${command(['normalize', file])} > ${quote(file)}`)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('the shell has already emptied it')
    const stdin = copy('stdin.ndjson')
    expect(shell(`${command(['validate'])} < ${quote(stdin)} >> ${quote(stdin)}`).status).toBe(2)
  })

  it('--output naming an input exits 2 and does not truncate it', () => {
    const file = copy('output.ndjson')
    const before = readFileSync(file, 'utf8')
    const result = run(['normalize', file, '--output', file])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--output .*output\.ndjson is the input/)
    expect(readFileSync(file, 'utf8')).toBe(before)
    const elsewhere = join(dir, 'elsewhere.ndjson')
    expect(run(['normalize', file, '-o', elsewhere]).status).toBe(0)
    expect(ndjson(readFileSync(elsewhere, 'utf8'))).toHaveLength(3)
  })
})

describe('an output that cannot be written is an error exit', () => {
  it('validate exits 3 and claims no result when its reader closes the pipe', () => {
    const file = join(dir, 'many-invalid.ndjson')
    writeFileSync(file, Array.from({ length: 50_000 }, (_, i) => record(`call-${i}`, { version: 'x' })).join('\n'))
    const result = shell(`${command(['validate', file])} | head -n 1 > /dev/null; echo "status=\${PIPESTATUS[0]}"`)
    expect(result.stdout).toBe('status=3\n')
    expect(result.stderr).toMatch(/^validate: standard output was closed by its reader \(EPIPE\): reading stopped/m)
    expect(result.stderr).not.toMatch(/\d invalid/)
  })

  it('normalize exits 3 when --output cannot take the data', () => {
    const result = run(['normalize', 'valid.ndjson', '--output', '/dev/full'])
    expect(result.status).toBe(3)
    expect(result.stderr).toMatch(/\/dev\/full could not be written \(ENOSPC/)
  })
})

describe('input that is not UTF-8 text, too long, or not a file', () => {
  const json = `${record('a')}\n${record('b')}\n`

  it('names UTF-16 by its byte order mark or its NUL bytes, and exits 2', () => {
    for (const [input, name] of [
      [Buffer.from(`\ufeff${json}`, 'utf16le'), 'UTF-16 (little-endian) text'],
      [Buffer.from(json, 'utf16le'), 'UTF-16 (little-endian) text without a byte order mark'],
      [Buffer.from(`\ufeff${json}`, 'utf16le').swap16(), 'UTF-16 (big-endian) text'],
    ] as const) {
      const result = run(['validate'], input)
      expect(result.status).toBe(2)
      expect(result.stderr).toContain(`<stdin>: cannot read: ${name}: only UTF-8 is read`)
      expect(result.stderr).not.toContain('Unexpected token')
    }
  })

  it('stops at once on /dev/zero, as binary data', () => {
    const result = run(['validate', '/dev/zero'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('/dev/zero: cannot read: binary data (NUL bytes), not text')
  })

  it('reports a line that is not UTF-8 with its number and reads the others', () => {
    const input = Buffer.concat([Buffer.from(`${record('a')}\n`), Buffer.from('{"id": "caf\xe9", "version": 1}\n', 'latin1'), Buffer.from(`${record('c')}\n`)])
    const result = run(['validate'], input)
    expect(result.status).toBe(1)
    expect(result.lines).toEqual([expect.stringMatching(/^<stdin>:2: not UTF-8 text/)])
    expect(result.stderr).toContain('3 records (2 CallRecord): 2 valid, 1 invalid')
  })

  it('bounds the length of a line: reports it with its number, then reads the rest', () => {
    const input = [record('a'), record('long', { joinWebUrl: 'x'.repeat(5000) }), record('c'), ''].join('\n')
    const result = run(['validate', '--max-line', '1K'], input)
    expect(result.status).toBe(1)
    expect(result.lines).toEqual(['<stdin>:2: line longer than 1 KiB (--max-line to raise the limit): skipped to its end'])
    expect(result.stderr).toContain('3 records (2 CallRecord): 2 valid, 1 invalid')
    expect(run(['validate'], input).status).toBe(0)
  })

  it('drops an endless line as it comes instead of holding it', () => {
    const result = run(['validate', '--max-line', '1M'], Buffer.alloc(3 * 2 ** 20 + 7, 'x'))
    expect(result.status).toBe(1)
    expect(result.lines).toEqual(['<stdin>:1: line longer than 1 MiB (--max-line to raise the limit): skipped to its end'])
    expect(run(['validate', '--max-line', 'lots']).stderr).toContain('option --max-line needs a size in bytes')
  })

  it('does not exit 0 for a directory, on standard input or named', () => {
    const fd = openSync('/', 'r')
    try {
      const child = spawnSync(process.execPath, [cli, 'validate'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' })
      expect(child.status).toBe(2)
      expect(child.stderr).toContain('<stdin>: cannot read: a directory, not a file')
    } finally {
      closeSync(fd)
    }
    expect(run(['validate', dir]).status).toBe(2)
  })
})
