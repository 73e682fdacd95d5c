import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { callQuality } from '../../src/quality/callQuality.js'
import { root, run } from '../cli/run.js'
import { exampleRecords } from './examples.js'

const folder = join(root, 'examples/v1.0/CallRecord')
const inputs = readdirSync(folder).map((file) => join(folder, file))
const records = exampleRecords('v1.0').filter((e) => e.file.startsWith('v1.0/CallRecord/'))

describe('graph-callrecords quality', () => {
  it('counts every stream per kind as callQuality does, for machines', () => {
    const result = run(['quality', '--format', 'json', '-q', ...inputs], undefined, root)
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as { calls: number; byKind: Record<string, { good: number; poor: number; unclassified: number }> }
    expect(report.calls).toBe(records.length)
    for (const kind of ['audio', 'video', 'videoBasedScreenSharing'] as const) {
      const expected = records.map((e) => callQuality(e.record).byKind[kind])
      expect(report.byKind[kind]).toMatchObject({
        good: expected.reduce((n, s) => n + s.good, 0),
        poor: expected.reduce((n, s) => n + s.poor, 0),
        unclassified: expected.reduce((n, s) => n + s.unclassified, 0),
      })
    }
  })

  it('prints a table for people, and refuses a --top that is not a whole number', () => {
    const result = run(['quality', '-q', ...inputs], undefined, root)
    expect(result.lines[0]).toMatch(/^streams\s+good\s+poor\s+unclassified\s+poor rate$/)
    expect(result.lines.map((line) => line.split(/\s+/)[0])).toEqual(expect.arrayContaining(['audio', 'video', 'videoBasedScreenSharing', 'all']))
    expect(run(['quality', '--top', 'x', ...inputs], undefined, root).status).toBe(2)
  })
})
