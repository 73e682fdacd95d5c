import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CANONICAL_TIMESTAMP, fixtures, ndjson, run } from './run.js'

const TIMESTAMPS = ['startDateTime', 'endDateTime', 'lastModifiedDateTime'] as const

describe('normalize', () => {
  it('writes each valid record as parsed, one a line, with canonical timestamps', () => {
    const result = run(['normalize', 'valid.ndjson'])
    expect(result.status).toBe(0)
    const records = ndjson(result.stdout)
    expect(records.map((r) => r.id)).toEqual([
      '11111111-0000-0000-0000-000000000001',
      '22222222-0000-0000-0000-000000000002',
      'e523d2ed-2966-4b6b-925b-754a88034cc5',
    ])
    for (const record of records) for (const key of TIMESTAMPS) expect(record[key]).toMatch(CANONICAL_TIMESTAMP)
    // 2024-05-01T09:00:00+02:00, 2024-05-01T09:30:00.5+02:00 and 2020-02-25T19:00:24.582757Z
    expect(records[0]).toMatchObject({ startDateTime: '2024-05-01T07:00:00.0000000Z', endDateTime: '2024-05-01T07:30:00.5000000Z' })
    expect(records[2]!.lastModifiedDateTime).toBe('2020-02-25T19:00:24.5827570Z')
    expect(result.stderr).toContain('3 valid, 0 invalid, 0 warnings; 3 written')
  })

  it('reports invalid records and broken lines on standard error, skips them, writes the rest and exits 1', () => {
    const result = run(['normalize', 'broken.ndjson'])
    expect(result.status).toBe(1)
    expect(ndjson(result.stdout).map((r) => r.id)).toEqual([
      '11111111-0000-0000-0000-000000000001',
      '22222222-0000-0000-0000-000000000002',
      '44444444-0000-0000-0000-000000000004',
      '66666666-0000-0000-0000-000000000006',
    ])
    expect(result.stderr).toMatch(/^broken\.ndjson:3: not valid JSON: /m)
    expect(result.stderr).toMatch(/^broken\.ndjson:6: \/startDateTime: /m)
    expect(result.stderr).toContain('4 written')
  })

  it('writes the items of pages and arrays, from standard input too', () => {
    expect(ndjson(run(['normalize', 'page.json']).stdout).map((r) => r.id)).toEqual(['11111111-0000-0000-0000-000000000001'])
    const input = readFileSync(join(fixtures, 'array.json'))
    const result = run(['normalize'], input)
    expect(result.status).toBe(1)
    expect(ndjson(result.stdout)).toHaveLength(2)
    expect(result.stderr).toMatch(/^<stdin>:13: \/version: /m)
  })

  it('turns lenient relaxations into data, with warnings on standard error unless --quiet', () => {
    const input = JSON.stringify({ id: 'x', version: '7', type: 'conferenceCall', startDateTime: '2024-05-01T07:00:00.123456789Z' })
    const result = run(['normalize', '-'], input)
    expect(result.status).toBe(0)
    expect(ndjson(result.stdout)).toEqual([{ id: 'x', version: 7, type: 'unknownFutureValue', startDateTime: '2024-05-01T07:00:00.1234567Z' }])
    expect(result.stderr.match(/^<stdin>:1: warning: /gm)).toHaveLength(3)
    expect(run(['normalize', '--quiet', '-'], input).stderr).toBe('')
    const strict = run(['normalize', '--strict', '-'], input)
    expect(strict.status).toBe(1)
    expect(strict.stdout).toBe('')
  })
})

describe('merge', () => {
  const CALL = 'aaaaaaaa-0000-0000-0000-00000000000a'
  const OTHER = 'bbbbbbbb-0000-0000-0000-00000000000b'

  it('writes one merged record per call id, in order of first appearance, with the highest version’s values', () => {
    const result = run(['merge', 'versions.ndjson'])
    expect(result.status).toBe(0)
    const records = ndjson(result.stdout)
    expect(records.map((r) => r.id)).toEqual([CALL, OTHER])
    expect(records[0]).toMatchObject({
      version: 3,
      type: 'groupCall', // version 3's, over 1's peerToPeer and 2's unknown
      lastModifiedDateTime: '2024-05-01T12:00:00.0000000Z',
      joinWebUrl: 'https://teams.example/v2', // version 3 has none: version 2's, over version 1's
      sessions: [
        { id: 's1', isTest: false },
        { id: 's2', isTest: true },
      ],
    })
    expect(records[1]).toMatchObject({ version: 2, lastModifiedDateTime: '2024-05-02T10:00:00.0000000Z' })
    expect(result.stderr).toContain('5 records (5 CallRecord): 5 valid, 0 invalid, 0 warnings; 2 call records written')
  })

  it('gives the same records whatever the order of the versions', () => {
    const lines = readFileSync(join(fixtures, 'versions.ndjson'), 'utf8').trim().split('\n')
    const forward = ndjson(run(['merge', 'versions.ndjson']).stdout)
    const backward = ndjson(run(['merge'], `${[...lines].reverse().join('\n')}\n`).stdout)
    expect(backward.map((r) => r.id)).toEqual([OTHER, CALL])
    expect([...backward].reverse()).toEqual(forward)
  })

  it('merges versions spread over several inputs and shapes; a version seen twice changes nothing', () => {
    const lines = readFileSync(join(fixtures, 'versions.ndjson'), 'utf8').trim().split('\n')
    const page = JSON.stringify({ value: lines.slice(2).map((line) => JSON.parse(line)) }, null, 2)
    const result = run(['merge', '-', 'versions.ndjson'], page)
    expect(result.status).toBe(0)
    expect(ndjson(result.stdout)).toEqual(ndjson(run(['merge', 'versions.ndjson']).stdout))
    expect(result.stderr).toContain('8 records (8 CallRecord): 8 valid')
  })

  it('reports and skips invalid records, broken lines and records that are not call records', () => {
    const result = run(['merge', 'broken.ndjson', 'sessions.json'])
    expect(result.status).toBe(1)
    expect(ndjson(result.stdout).map((r) => r.id)).toEqual([
      '11111111-0000-0000-0000-000000000001',
      '22222222-0000-0000-0000-000000000002',
      '44444444-0000-0000-0000-000000000004',
      '66666666-0000-0000-0000-000000000006',
    ])
    expect(result.stderr).toMatch(/^broken\.ndjson:3: not valid JSON: /m)
    expect(result.stderr).toMatch(/^broken\.ndjson:6: \/startDateTime: /m)
    expect(result.stderr).toMatch(/^sessions\.json:4: \(root\): not a call record \(it looks like a Session\)/m)
  })

  it('skips call records without an id, and in strict mode without a version', () => {
    const input = [{ version: 1 }, { id: 'a' }, { id: 'a', version: 2 }].map((r) => JSON.stringify(r)).join('\n')
    const lenient = run(['merge'], input)
    expect(lenient.status).toBe(1)
    expect(lenient.stderr).toMatch(/^<stdin>:1: \/id: a call record without an id cannot be merged/m)
    expect(ndjson(lenient.stdout)).toEqual([{ id: 'a', version: 2 }])
    const strict = run(['merge', '--strict'], input)
    expect(strict.stderr).toMatch(/^<stdin>:2: \/version: a call record without a version cannot be merged in strict mode/m)
    expect(ndjson(strict.stdout)).toEqual([{ id: 'a', version: 2 }])
  })
})
