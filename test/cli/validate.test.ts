import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fixtures, root, run } from './run.js'

interface Entry {
  kind: 'record' | 'page'
  file: string
  line: number
  index: number | null
  id: string | null
  type: string | null
  valid: boolean
  issues: { path: string; code: string; message: string }[]
  warnings: { path: string; code: string; message: string }[]
}
interface Report {
  records: Entry[]
  summary: { files: number; records: number; valid: number; invalid: number; warnings: number; types: Record<string, number>; unreadable: unknown[] }
}

const report = (args: string[], input?: string): Report & { status: number | null } => {
  const result = run(['validate', '--format', 'json', ...args], input)
  return { ...(JSON.parse(result.stdout) as Report), status: result.status }
}

describe('validate: exit status and issue lines', () => {
  it('exits 0 when every record is valid, with nothing on standard output and a summary on standard error', () => {
    const result = run(['validate', 'valid.ndjson'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^validate: 3 records \(3 CallRecord\): 3 valid, 0 invalid, 0 warnings; 1 input, /m)
  })

  it('reports a broken NDJSON line with its number and still reads the lines after it', () => {
    const result = run(['validate', 'broken.ndjson'])
    expect(result.status).toBe(1)
    expect(result.lines).toHaveLength(2)
    expect(result.lines[0]).toMatch(/^broken\.ndjson:3: not valid JSON: /)
    expect(result.lines[1]).toMatch(/^broken\.ndjson:6: \/startDateTime: expected a timestamp .*day 30 does not exist in February 2024/)
    expect(result.stderr).toContain('6 records (5 CallRecord): 4 valid, 2 invalid')
  })

  it('gives every issue of a record, warnings marked as such, at the line where the record starts', () => {
    const result = run(['validate', 'invalid.json'])
    expect(result.status).toBe(1)
    expect(result.lines).toEqual([
      expect.stringMatching(/^invalid\.json:1: \/endDateTime: expected a timestamp/),
      'invalid.json:1: /modalities: expected an array, received "audio"',
      expect.stringMatching(/^invalid\.json:1: warning: \/type: expected a member of microsoft\.graph\.callRecords\.callType .*read as unknownFutureValue/),
    ])
    expect(result.stderr).toContain('0 valid, 1 invalid, 1 warning;')
  })

  it('--quiet hides warnings and the summary', () => {
    const result = run(['validate', '--quiet', 'invalid.json'])
    expect(result.status).toBe(1)
    expect(result.lines).toHaveLength(2)
    expect(result.stdout).not.toContain('warning')
    expect(result.stderr).toBe('')
  })

  it('--strict turns a relaxation into an issue', () => {
    const result = run(['validate', '--strict', 'invalid.json'])
    expect(result.lines).toContainEqual(expect.stringMatching(/^invalid\.json:1: \/type: expected a member of microsoft\.graph\.callRecords\.callType/))
    expect(result.stdout).not.toContain('warning')
  })

  it('gives the line where each element of a JSON array starts', () => {
    const result = run(['validate', 'array.json'])
    expect(result.status).toBe(1)
    expect(result.lines).toEqual(['array.json:13: /version: expected an integer (Edm.Int64), received "two"'])
    expect(readFileSync(join(fixtures, 'array.json'), 'utf8').split('\n')[12]).toBe('  {')
  })

  it('reads the items of a Graph page as records, each at its own line', () => {
    const result = run(['validate', 'page.json'])
    expect(result.status).toBe(1)
    expect(result.lines).toEqual([expect.stringMatching(/^page\.json:16: \/lastModifiedDateTime: expected a timestamp .*received "yesterday"/)])
    expect(result.stderr).toContain('2 records (2 CallRecord): 1 valid, 1 invalid')
  })

  it('reads NDJSON of pages, CRLF line endings and a byte order mark', () => {
    expect(run(['validate', 'pages.ndjson']).stderr).toContain('3 records (3 CallRecord): 3 valid')
    const crlf = run(['validate', 'crlf.ndjson'])
    expect(crlf.status).toBe(0)
    expect(crlf.stderr).toContain('2 records (2 CallRecord): 2 valid')
  })

  it('reports a multi-line document that is not JSON at the line of the fault', () => {
    const result = run(['validate', 'not-json.json'])
    expect(result.status).toBe(1)
    expect(result.lines).toEqual([expect.stringMatching(/^not-json\.json:4: not valid JSON: .*\(column 23\)$/)])
  })

  it('tells NDJSON whose first line is broken from a multi-line document', () => {
    const result = run(['validate', 'first-line-broken.ndjson'])
    expect(result.status).toBe(1)
    expect(result.lines).toEqual([expect.stringMatching(/^first-line-broken\.ndjson:1: not valid JSON: /)])
    expect(result.stderr).toContain('3 records (2 CallRecord): 2 valid, 1 invalid')
  })

  it('exits 2 when an input cannot be read, after reading the others', () => {
    const result = run(['validate', 'missing.ndjson', 'valid.ndjson'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^missing\.ndjson: cannot read: ENOENT/m)
    expect(result.stderr).toContain('3 records (3 CallRecord): 3 valid')
  })

  it('prints no progress bar when standard error is not a terminal', () => {
    const result = run(['validate', 'broken.ndjson'])
    expect(result.stderr).not.toContain('\r')
    expect(result.stderr).not.toContain('\x1b[')
  })
})

describe('validate: standard input', () => {
  const array = readFileSync(join(fixtures, 'array.json'), 'utf8')
  const broken = readFileSync(join(fixtures, 'broken.ndjson'), 'utf8')

  it('reads standard input when no file is given', () => {
    const result = run(['validate'], array)
    expect(result.status).toBe(1)
    expect(result.lines).toEqual(['<stdin>:13: /version: expected an integer (Edm.Int64), received "two"'])
  })

  it('reads standard input for "-", among files', () => {
    const result = run(['validate', 'valid.ndjson', '-'], broken)
    expect(result.status).toBe(1)
    expect(result.lines.map((line) => line.slice(0, line.indexOf(': '))).sort()).toEqual(['<stdin>:3', '<stdin>:6'])
    expect(result.stderr).toContain('9 records (8 CallRecord): 7 valid, 2 invalid')
  })

  it('exits 0 on an empty input', () => {
    const result = run(['validate'], '')
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('0 records')
  })

  it('streams NDJSON that arrives in many chunks, lines longer than a chunk included', () => {
    const record = (i: number, extra = {}) => JSON.stringify({ id: `call-${i}`, version: 1, type: 'groupCall', ...extra })
    const lines = Array.from({ length: 20_000 }, (_, i) => record(i))
    lines[10_000] = record(10_000, { joinWebUrl: `https://teams.example/${'x'.repeat(3_000_000)}` })
    lines[15_000] = '{"id": "broken"'
    lines[19_999] = record(19_999, { version: -1.5 })
    const result = run(['validate'], `${lines.join('\n')}\n`)
    expect(result.status).toBe(1)
    expect(result.lines).toEqual([expect.stringMatching(/^<stdin>:15001: not valid JSON: /), expect.stringMatching(/^<stdin>:20000: \/version: /)])
    expect(result.stderr).toContain('20,000 records (19,999 CallRecord): 19,998 valid, 2 invalid')
  })
})

describe('validate --format json', () => {
  it('gives file, line, index, id, type, validity, issues and warnings of every record, and a summary', () => {
    const { records, summary, status } = report(['broken.ndjson', 'valid.ndjson'])
    expect(status).toBe(1)
    expect(records).toHaveLength(9)
    expect(records.slice(0, 6).map((r) => [r.file, r.line, r.index, r.valid])).toEqual([
      ['broken.ndjson', 1, 0, true],
      ['broken.ndjson', 2, 1, true],
      ['broken.ndjson', 3, 2, false],
      ['broken.ndjson', 5, 3, true],
      ['broken.ndjson', 6, 4, false],
      ['broken.ndjson', 7, 5, true],
    ])
    expect(records[2]).toMatchObject({ kind: 'record', id: null, type: null, issues: [{ path: '', code: 'invalid_json' }] })
    expect(records[4]).toMatchObject({
      id: '55555555-0000-0000-0000-000000000005',
      type: 'CallRecord',
      issues: [{ path: '/startDateTime', code: 'invalid_timestamp' }],
      warnings: [],
    })
    expect(records[6]).toMatchObject({ file: 'valid.ndjson', line: 1, index: 0, valid: true })
    expect(summary).toMatchObject({ files: 2, records: 9, valid: 7, invalid: 2, warnings: 0, types: { CallRecord: 8 }, unreadable: [] })
  })

  it('lists warnings with valid records', () => {
    const { records } = report(['-'], JSON.stringify({ id: 'x', version: 1, type: 'conferenceCall' }))
    expect(records).toMatchObject([{ file: '<stdin>', line: 1, valid: true, issues: [], warnings: [{ path: '/type', code: 'unknown_enum_member' }] }])
  })

  it('is valid JSON for an empty input', () => {
    const { records, summary, status } = report([], '')
    expect(status).toBe(0)
    expect(records).toEqual([])
    expect(summary.records).toBe(0)
  })
})

describe('validate: record types', () => {
  it('tells sessions from a page whose @odata.context says so', () => {
    const { records, status } = report(['sessions.json'])
    expect(status).toBe(0)
    expect(records.map((r) => r.type)).toEqual(['Session'])
  })

  it('tells rows of getPstnCalls by their properties', () => {
    const { records, status } = report(['pstn.ndjson'])
    expect(status).toBe(0)
    expect(records.map((r) => r.type)).toEqual(['PstnCallLogRow'])
  })

  it('--type names the type of every record; a page type stands for its items', () => {
    expect(report(['--type', 'SessionCollectionResponse', 'sessions.json']).records.map((r) => r.type)).toEqual(['Session'])
    const forced = report(['--type', 'Session', 'valid.ndjson'])
    expect(forced.records.map((r) => r.type)).toEqual(['Session', 'Session', 'Session'])
    // A call record read as a session: its call-record properties are not a session's.
    expect(forced.records[0]!.warnings.map((w) => w.path)).toContain('/version')
  })

  it('checks the control information of a page', () => {
    const page = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#communications/callRecords',
      '@odata.count': 'many',
      value: [{ id: 'x', version: 1 }],
    }
    const text = run(['validate', '-'], JSON.stringify(page))
    expect(text.status).toBe(1)
    expect(text.lines).toEqual([expect.stringMatching(/^<stdin>:1: \/@odata\.count: /)])
    const { records } = report(['-'], JSON.stringify(page))
    expect(records.map((r) => [r.kind, r.type, r.valid])).toEqual([
      ['page', 'CallRecordCollectionResponse', false],
      ['record', 'CallRecord', true],
    ])
  })
})

describe('validate: the documented examples', () => {
  it('accepts every v1.0 example and tells their types apart without --type', () => {
    const { records, status } = report(
      [
        ...[
          'CallRecord',
          'CallRecordCollectionResponse',
          'SessionCollectionResponse',
          'ParticipantCollectionResponse',
          'PstnCallLogRowCollectionResponse',
          'DirectRoutingLogRowCollectionResponse',
          'ChangeNotificationCollection',
        ].map((folder) => join(root, 'examples/v1.0', folder)),
      ].flatMap((dir) => readdir(dir)),
    )
    expect(status).toBe(0)
    expect(new Set(records.map((r) => r.type))).toEqual(
      new Set(['CallRecord', 'Session', 'Participant', 'PstnCallLogRow', 'DirectRoutingLogRow', 'ChangeNotification']),
    )
  })

  it('accepts the beta examples with --api-version beta', () => {
    const dir = join(root, 'examples/beta/CallRecord')
    const result = run(['validate', '--strict', '--api-version', 'beta', ...readdir(dir)])
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('4 records (4 CallRecord): 4 valid')
  })
})

describe('validate: a multi-line document read whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-callrecords-cli-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('gives the lines of a large pretty-printed page', () => {
    const value = Array.from({ length: 500 }, (_, i) => ({
      id: `call-${i}`,
      version: i === 321 ? 'x' : 1,
      modalities: ['audio'],
      note: 'a "quoted" \\ value, [with] {brackets}',
    }))
    const text = JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#communications/callRecords', value }, null, 2)
    const file = join(dir, 'page.json')
    writeFileSync(file, text)
    const { records } = report([file])
    const lines = text.split('\n')
    for (const record of records) expect(lines[record.line - 1]).toBe('    {')
    expect(records[321]).toMatchObject({ valid: false, id: 'call-321' })
    expect(lines[records[321]!.line]).toBe('      "id": "call-321",')
  })
})

function readdir(dir: string): string[] {
  return readdirSync(dir).map((file) => join(dir, file))
}
