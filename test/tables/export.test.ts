import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/merge/canonicalJson.js'
import { latestRecords } from '../../src/merge/latestCallRecords.js'
import { GraphModelBeta } from '../../src/model/beta.js'
import { GraphModelV1 } from '../../src/model/v1.0.js'
import { callQuality } from '../../src/quality/callQuality.js'
import { tableLayout } from '../../src/tables/layout.js'
import { flattenRecord } from '../../src/tables/toTables.js'
import { callRecordVersion } from '../merge/records.js'
import { exportToMemory, type Exported } from './database.js'
import { exampleRecords } from './examples.js'

const models = { 'v1.0': GraphModelV1, beta: GraphModelBeta } as const
const isCall = (type: string) => type.endsWith('.callRecord')

describe.each(['v1.0', 'beta'] as const)('the documented %s examples in DuckDB', (version) => {
  const model = models[version]
  const tables = tableLayout(model)
  // Records export reads: call records and log rows (sessions and participants pages belong to a call).
  const records = exampleRecords(version).filter((e) => isCall(e.type) || tables.some((t) => t.parent === undefined && t.type === e.type))
  const latest = latestRecords(
    records.filter((e) => isCall(e.type)).map((e) => e.record),
    { model },
  ) as Record<string, unknown>[]
  let exported: Exported

  beforeAll(async () => {
    exported = await exportToMemory(model, records)
  })
  afterAll(() => exported.database.close())

  it('holds as many rows per table as the merged records flatten into', async () => {
    const expected: Record<string, number> = Object.fromEntries(tables.map((t) => [t.name, 0]))
    for (const record of latest) for (const [name, rows] of Object.entries(flattenRecord(model, record))) expected[name]! += rows.length
    // A log row is stored once per key: the legacy and current examples of a log share their ids.
    const keys = new Set<string>()
    for (const e of records.filter((r) => !isCall(r.type))) {
      for (const [name, rows] of Object.entries(flattenRecord(model, e.record, { type: e.type }))) {
        const table = tables.find((t) => t.name === name)!
        for (const row of rows) {
          const key = `${name}:${JSON.stringify(table.primaryKey.map((column) => row[column]))}`
          if (table.primaryKey.length > 0 && keys.has(key)) continue
          keys.add(key)
          expected[name]! += 1
        }
      }
    }
    const actual: Record<string, number> = {}
    for (const table of tables) actual[table.name] = Number((await exported.database.rows(`SELECT count(*) AS n FROM "${table.name}"`))[0]!.n)
    expect(actual).toEqual(expected)
    expect(actual.call_records).toBe(latest.length)
  })

  it('stores the merge of every version as the record', async () => {
    const stored = await exported.database.rows('SELECT "recordJson" FROM "call_records" ORDER BY "id"')
    expect(stored.map((row) => canonicalJson(JSON.parse(row.recordJson as string)))).toEqual(
      [...latest].sort((a, b) => String(a.id).localeCompare(String(b.id))).map(canonicalJson),
    )
  })

  it('has a parent row for every child row', async () => {
    for (const table of tables) {
      const parent = tables.find((t) => t.name === table.parent?.table)
      if (parent === undefined) continue
      const on = table.parentKey.map((column, i) => `p."${parent.primaryKey[i]}" = c."${column}"`).join(' AND ')
      const orphans = await exported.database.rows(`SELECT count(*) AS n FROM "${table.name}" c ANTI JOIN "${parent.name}" p ON ${on}`)
      expect(Number(orphans[0]!.n), `${table.name} rows without a ${parent.name} row`).toBe(0)
    }
  })

  it('counts as many poor streams in SQL as callQuality does', async () => {
    const rows = await exported.database.rows(`SELECT count(*) FILTER (WHERE "quality" = 'poor') AS poor, count(*) AS n FROM "streams"`)
    expect(Number(rows[0]!.poor)).toBe(latest.reduce((n, record) => n + callQuality(record).call.poor, 0))
    expect(Number(rows[0]!.n)).toBe(latest.reduce((n, record) => n + callQuality(record).streams.length, 0))
  })
})

describe('versions of a call in DuckDB', () => {
  const permutations = <T>(items: readonly T[]): T[][] =>
    items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]))

  it('exported in every order give the same database, the one of latestCallRecords', async () => {
    const type = 'microsoft.graph.callRecords.callRecord'
    await fc.assert(
      fc.asyncProperty(fc.array(callRecordVersion(), { minLength: 3, maxLength: 3 }), async (versions) => {
        let latest: Record<string, unknown>[]
        try {
          latest = latestRecords(versions as Record<string, unknown>[], { model: GraphModelV1 }) as Record<string, unknown>[]
        } catch {
          return fc.pre(false)
        }
        const dumps: string[] = []
        for (const order of permutations(versions)) {
          const exported = await exportToMemory(
            GraphModelV1,
            order.map((record) => ({ type, record: record as Record<string, unknown> })),
          )
          dumps.push(JSON.stringify(await exported.dump()))
          exported.database.close()
        }
        expect(new Set(dumps).size).toBe(1)
        const once = await exportToMemory(
          GraphModelV1,
          latest.map((record) => ({ type, record })),
        )
        expect(JSON.stringify(await once.dump())).toBe(dumps[0])
        once.database.close()
      }),
      {
        numRuns: 2,
        // Equal versions whose keys arrive in different orders: the stored JSON must not depend on it.
        examples: [
          [
            [
              { id: 'call-1', version: 1, participants_v2: [] },
              { id: 'call-1', version: 1, sessions: [] },
              { id: 'call-1', version: 1 },
            ],
          ],
        ],
      },
    )
  }, 240_000)
})
