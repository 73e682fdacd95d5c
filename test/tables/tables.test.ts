import { TypeCompiler } from '@sinclair/typebox/compiler'
import { describe, expect, it } from 'vitest'
import { GraphModelBeta } from '../../src/model/beta.js'
import { GraphModelV1 } from '../../src/model/v1.0.js'
import { callQuality } from '../../src/quality/callQuality.js'
import { tableLayout } from '../../src/tables/layout.js'
import { toSqlDdl, toTables } from '../../src/tables/v1.0.js'
import { toSqlDdl as toSqlDdlBeta, toTables as toTablesBeta } from '../../src/tables/beta.js'
import { exampleRecords } from './examples.js'

const models = { 'v1.0': GraphModelV1, beta: GraphModelBeta } as const
const count = (value: unknown): number => (Array.isArray(value) ? value.length : 0)
const all = [...exampleRecords('v1.0'), ...exampleRecords('beta')]

describe('toTables on every documented example', () => {
  it.each(all.map((example, i) => ({ ...example, i })))('$file #$i: every row is valid for its table schema', ({ apiVersion, type, record }) => {
    const rows = (apiVersion === 'beta' ? toTablesBeta : toTables)(record, { type, parentKey: { callRecordId: 'call' } })
    const tables = tableLayout(models[apiVersion])
    expect(Object.keys(rows).length).toBeGreaterThan(0)
    for (const [name, tableRows] of Object.entries(rows)) {
      const table = tables.find((t) => t.name === name)!
      const check = TypeCompiler.Compile(table.schema)
      for (const row of tableRows) expect([...check.Errors(row)].map((e) => `${name}${e.path}: ${e.message}`)).toEqual([])
    }
  })

  it.each(all.filter((e) => e.type.endsWith('.callRecord')))('$file: one row per value at every level, keyed by its parents', ({ apiVersion, record }) => {
    const rows = (apiVersion === 'beta' ? toTablesBeta : toTables)(record)
    const sessions = (record.sessions as Record<string, unknown>[] | undefined) ?? []
    const segments = sessions.flatMap((s) => (s.segments as Record<string, unknown>[] | undefined) ?? [])
    const media = segments.flatMap((s) => (s.media as Record<string, unknown>[] | undefined) ?? [])
    expect(rows.call_records).toHaveLength(1)
    expect(rows.sessions?.length ?? 0).toBe(sessions.length)
    expect(rows.segments?.length ?? 0).toBe(segments.length)
    expect(rows.media?.length ?? 0).toBe(media.length)
    expect(rows.streams?.length ?? 0).toBe(media.reduce((n, m) => n + count(m.streams), 0))
    expect(rows.participants?.length ?? 0).toBe(count(record.participants_v2))
    for (const row of [...(rows.sessions ?? []), ...(rows.streams ?? []), ...(rows.participants ?? [])]) expect(row.callRecordId).toBe(record.id)
    expect((rows.streams ?? []).map((row) => row.quality)).toEqual(callQuality(record).streams.map((s) => s.quality))
  })

  it('turns durations into milliseconds, keeps timestamps, names nested columns by their path', () => {
    const record = exampleRecords('v1.0').find((e) => e.file === 'v1.0/CallRecord/get-2.legacy-2021.json')!.record
    const rows = toTables(record)
    const stream = rows.streams![0]!
    const source = ((record.sessions as any[])[0].segments[0].media[0].streams as any[])[0] as Record<string, unknown>
    expect(typeof source.averageJitter).toBe('string')
    expect(stream.averageJitter).toBeCloseTo(Number(/PT([\d.]+)S/.exec(source.averageJitter as string)![1]) * 1000, 6)
    expect(stream.mediaIndex).toBe(0)
    expect(stream.index).toBe(0)
    const segment = rows.segments![0]!
    const caller = (record.sessions as any[])[0].segments[0].caller
    expect(segment.caller_userAgent_platform).toBe(caller.userAgent.platform ?? null)
    expect(segment.caller_odataType).toBe(caller['@odata.type'])
    expect(rows.call_records![0]!.startDateTime).toBe(record.startDateTime)
    expect(rows.call_records![0]!.modalities).toBe(JSON.stringify(record.modalities))
    expect(JSON.parse(rows.call_records![0]!.recordJson as string)).toEqual(record)
  })

  it('does not change the record', () => {
    for (const { apiVersion, type, record } of all) {
      const before = structuredClone(record)
      ;(apiVersion === 'beta' ? toTablesBeta : toTables)(record, { type, parentKey: { callRecordId: 'c' } })
      expect(record).toEqual(before)
    }
  })

  it('the beta entry defaults to beta, and a type with no table is a clear error', () => {
    const sms = exampleRecords('beta').find((e) => e.type.endsWith('smsLogRow'))!
    expect(toTablesBeta(sms.record, { type: sms.type }).sms_messages).toHaveLength(1)
    expect(() => toTables(sms.record, { type: sms.type })).toThrow(/no table holds microsoft.graph.callRecords.smsLogRow in Graph v1.0/)
  })
})

describe('the layout', () => {
  it.each(['v1.0', 'beta'] as const)('%s: columns come from the model, each table keyed by its parents', (version) => {
    const tables = tableLayout(models[version])
    const streams = tables.find((t) => t.name === 'streams')!
    expect(streams.primaryKey).toEqual(['callRecordId', 'sessionId', 'segmentId', 'mediaIndex', 'index'])
    // Every primitive property of mediaStream is a column of the same name.
    const primitives = models[version].types['microsoft.graph.callRecords.mediaStream']!.properties.filter((p) => !p.collection)
    for (const property of primitives) expect(streams.columns.map((c) => c.name)).toContain(property.name)
    for (const table of tables) {
      const parent = tables.find((t) => t.name === table.parent?.table)
      if (parent !== undefined) expect(table.parentKey).toHaveLength(parent.primaryKey.length)
    }
  })

  it('writes DDL with primary and foreign keys in both dialects', () => {
    const duck = toSqlDdl({ dialect: 'duckdb' })
    expect(duck).toContain('CREATE TABLE "streams" (')
    expect(duck).toContain('"averageJitter" DOUBLE')
    expect(duck).toContain('"startDateTime" TIMESTAMPTZ')
    expect(duck).toContain(
      'FOREIGN KEY ("callRecordId", "sessionId", "segmentId", "mediaIndex") REFERENCES "media" ("callRecordId", "sessionId", "segmentId", "index")',
    )
    const pg = toSqlDdlBeta({ dialect: 'postgres' })
    expect(pg).toContain('CREATE TABLE "sms_messages" (')
    expect(pg).toContain('"recordJson" jsonb')
    expect(() => toSqlDdl({ dialect: 'oracle' as 'duckdb' })).toThrow(/unknown SQL dialect/)
  })
})
